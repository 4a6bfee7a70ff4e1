import { loadCatalog } from '$lib/view/catalog-loader';
import type { PageLoad } from './$types';

/** The overview compares every state. */
export const load: PageLoad = async ({ fetch }) => ({
	catalog: await loadCatalog(fetch, { states: 'all' })
});
