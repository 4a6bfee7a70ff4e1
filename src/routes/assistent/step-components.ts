/**
 * The steps after the recommendation, fetched when first shown (they carry most of the
 * assistant's code and the engine's planning part; the questions and the recommendation need none
 * of it). `preloadStep` starts the fetch early –
 * while the state's catalog files are still on their way – so both arrive together instead of
 * one after the other.
 */
import type { StepId } from '$lib/wizard/steps';

export const laterSteps = {
	bausteine: () => import('./steps/BlocksStep.svelte'),
	luecken: () => import('./steps/GapsStep.svelte'),
	loesungen: () => import('./steps/SolutionsStep.svelte'),
	massnahmen: () => import('./steps/PlanStep.svelte'),
	ergebnis: () => import('./steps/ResultStep.svelte')
} as const;

export function preloadStep(step: StepId): void {
	if (step in laterSteps) void laterSteps[step as keyof typeof laterSteps]();
}
