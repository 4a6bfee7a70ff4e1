import { error } from '@sveltejs/kit';
import { isStepId, stepIds } from '$lib/wizard/steps';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => stepIds.map((step) => ({ step }));

export const load: PageLoad = ({ params }) => {
	if (!isStepId(params.step)) error(404, 'Unbekannter Schritt / unknown step');
	return { step: params.step };
};
