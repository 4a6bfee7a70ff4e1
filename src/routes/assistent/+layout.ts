import { loadCatalog } from '$lib/view/catalog-loader';
import type { LayoutLoad } from './$types';

/**
 * The questions and the recommendation need the scenarios only. The chosen state's file, the
 * solutions and the plan's files are fetched as soon as a state is chosen (see `wizardNeeds`).
 */
export const load: LayoutLoad = async ({ fetch }) => ({
	catalog: await loadCatalog(fetch, { scenarios: true })
});
