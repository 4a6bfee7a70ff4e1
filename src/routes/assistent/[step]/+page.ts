import { browser } from '$app/environment';
import { error, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import type { Profile } from '$lib/schema/types';
import { likelyState } from '$lib/storage/likely-state';
import { prefetchCatalog } from '$lib/view/catalog-loader';
import { wizardNeeds } from '$lib/view/wizard-needs';
import { isStepId, stepIds, type StepId } from '$lib/wizard/steps';
import { preloadStep } from '../step-components';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => stepIds.map((step) => ({ step }));

export const load: PageLoad = ({ fetch, params }) => {
	// Bookmarks of the retired "Land und Phase" screen open the recommendation that follows it.
	if (params.step === 'land-und-phase')
		redirect(307, resolve('/assistent/[step]', { step: 'empfehlung' }));
	if (!isStepId(params.step)) error(404, 'Unbekannter Schritt / unknown step');
	if (browser) prefetchStep(fetch, params.step);
	return { step: params.step };
};

/**
 * A carrier who comes back to a step after the recommendation (reload, bookmark) would otherwise
 * wait for the assistant to start before their state's file and the step's code were even asked
 * for. Both start here, while SvelteKit starts, from a guess at the configuration this tab
 * continues; the state's file first, as over HTTP/1.1 it would wait behind the step's dozen small
 * files.
 */
function prefetchStep(fetch: typeof globalThis.fetch, step: StepId) {
	// Any stored text: a code the directory does not know fetches nothing.
	const state = likelyState() as Profile['state'] | undefined;
	const needs = wizardNeeds({ state }, step);
	const sent = needs.assistant ? prefetchCatalog(fetch, needs) : Promise.resolve();
	void sent.then(() => preloadStep(step));
}
