import { loadCatalog } from '$lib/view/catalog-loader';
import type { PageLoad } from './$types';

/** The scenarios side by side, per phase. */
export const load: PageLoad = async ({ fetch, parent }) => ({
	catalog: await loadCatalog(fetch, { scenarios: true }, (await parent()).catalog)
});
