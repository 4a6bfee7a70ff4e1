import { loadCatalog } from '$lib/view/catalog-loader';
import type { PageLoad } from './$types';

/** Every solution can be chosen; the chosen state's file is loaded as the carrier picks it. */
export const load: PageLoad = async ({ fetch }) => ({
	catalog: await loadCatalog(fetch, { scenarios: true, solutions: 'all' })
});
