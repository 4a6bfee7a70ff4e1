/**
 * What the assistant loads of the catalog: the scenarios from the start; for the steps after the
 * recommendation also the chosen state, every solution (the solution step offers them all, and
 * gaps name those that close them) and the plan's files. The questions and the recommendation
 * never wait for the second part, and it does not arrive in the middle of drawing them: it is
 * fetched ahead (`wizardPrefetch`) and put together only when a later step is opened.
 */
import type { Profile } from '$lib/schema/types';
import { stepIndex, type StepId } from '$lib/wizard/steps';
import type { CatalogNeeds } from './catalog-loader';

/** Steps that show the state's services, the solutions or the plan. */
const needsStateFiles = (step: StepId) => stepIndex(step) > stepIndex('empfehlung');

/** What the assistant's catalog must hold to show `step` for this profile. */
export function wizardNeeds(profile: Partial<Profile> | undefined, step: StepId): CatalogNeeds {
	if (!profile?.state || !needsStateFiles(step)) return { scenarios: true };
	return { scenarios: true, assistant: profile.state };
}

/**
 * What to fetch ahead once the state is known, so that the step after the recommendation opens
 * without waiting: the files of the steps after it.
 */
export function wizardPrefetch(profile: Partial<Profile> | undefined): CatalogNeeds | undefined {
	return profile?.state ? wizardNeeds(profile, 'ergebnis') : undefined;
}
