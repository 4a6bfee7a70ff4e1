/**
 * What the assistant loads of the catalog: the scenarios from the start; once a state is chosen,
 * that state, every solution (the solution step offers them all, and gaps name those that close
 * them) and the plan's files. Only the steps after the recommendation need the second part, so
 * the questions never wait for it.
 */
import type { Profile } from '$lib/schema/types';
import { stepIndex, type StepId } from '$lib/wizard/steps';
import type { CatalogNeeds } from './catalog-loader';

export function wizardNeeds(profile: Partial<Profile> | undefined): CatalogNeeds {
	if (!profile?.state) return { scenarios: true };
	return { scenarios: true, assistant: profile.state };
}

/** Steps that show the state's services, the solutions or the plan. */
export const needsStateFiles = (step: StepId) => stepIndex(step) > stepIndex('empfehlung');
