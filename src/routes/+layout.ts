import { browser } from '$app/environment';
import { yieldToMain } from '$lib/view/yield-to-main';
import type { LayoutLoad } from './$types';

// Every page is prerendered to static HTML (adapter-static); there is no server. Each page loads
// the catalog parts it shows in its own load function (see `$lib/view/catalog-loader`).
export const prerender = true;

// In the browser, SvelteKit's start and the hydration of the page would run as one long task;
// loads run before hydration, so a pause here splits them.
export const load: LayoutLoad = async () => {
	if (browser) await yieldToMain();
	return {};
};
