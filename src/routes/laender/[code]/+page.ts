import { error } from '@sveltejs/kit';
import { catalog } from '$lib/catalog';
import { indexCatalog } from '$lib/domain';
import type { EntryGenerator, PageLoad } from './$types';

/** One prerendered page per state of the catalog. */
export const entries: EntryGenerator = () => catalog.states.map((state) => ({ code: state.id }));

export const load: PageLoad = ({ params }) => {
	const state = indexCatalog(catalog).state.get(params.code);
	if (!state) error(404, `Land ${params.code}`);
	return { state };
};
