import { loadCatalog } from '$lib/view/catalog-loader';
import type { LayoutLoad } from './$types';

// Every page is prerendered to static HTML (adapter-static); there is no server.
export const prerender = true;

/** The catalog's core (metadata, categories, phases, blocks) and directory: every page shows some. */
export const load: LayoutLoad = async ({ fetch }) => ({ catalog: await loadCatalog(fetch) });
