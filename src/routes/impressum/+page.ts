import { loadCatalog } from '$lib/view/catalog-loader';
import type { PageLoad } from './$types';

/** The page lists the sources of every state and solution: their names and sources suffice. */
export const load: PageLoad = async ({ fetch }) => ({
	catalog: await loadCatalog(fetch, { sources: true })
});
