import { loadCatalog } from '$lib/view/catalog-loader';
import type { PageLoad } from './$types';

/** Coverage of every state; the solutions are loaded when configurations are aggregated. */
export const load: PageLoad = async ({ fetch }) => ({
	catalog: await loadCatalog(fetch, { scenarios: true, states: 'all' })
});
