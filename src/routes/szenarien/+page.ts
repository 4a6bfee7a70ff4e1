import { loadCatalog } from '$lib/view/catalog-loader';
import type { PageLoad } from './$types';

/** The scenarios side by side, per phase. */
export const load: PageLoad = async ({ fetch }) => ({
	catalog: await loadCatalog(fetch, { scenarios: true })
});
