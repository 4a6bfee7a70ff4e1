import { error } from '@sveltejs/kit';
import { indexCatalog } from '$lib/view/states';
import { loadCatalog } from '$lib/view/catalog-loader';
import type { PageLoad } from './$types';

/** A state's page shows that state's services against the scenarios' blocks. */
export const load: PageLoad = async ({ params, fetch }) => {
	const catalog = await loadCatalog(fetch, { states: [params.code] });
	const state = indexCatalog(catalog).state.get(params.code);
	if (!state) error(404, `Land ${params.code}`);
	return { catalog, state };
};
