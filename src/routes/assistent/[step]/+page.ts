import { error, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { isStepId, stepIds } from '$lib/wizard/steps';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => stepIds.map((step) => ({ step }));

export const load: PageLoad = ({ params }) => {
	// Bookmarks of the retired "Land und Phase" screen open the recommendation that follows it.
	if (params.step === 'land-und-phase')
		redirect(307, resolve('/assistent/[step]', { step: 'empfehlung' }));
	if (!isStepId(params.step)) error(404, 'Unbekannter Schritt / unknown step');
	return { step: params.step };
};
