import { loadCatalog } from '$lib/view/catalog-loader';
import type { PageLoad } from './$types';

/** The block list filters by who provides a block in the scenarios. */
export const load: PageLoad = async ({ fetch }) => ({
	catalog: await loadCatalog(fetch, { scenarios: true })
});
