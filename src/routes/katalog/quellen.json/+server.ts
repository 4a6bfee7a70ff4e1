import { json } from '@sveltejs/kit';
import { catalogFiles } from '$lib/server/catalog';
import { sourcesSlice } from '$lib/view/catalog-slice';
import type { RequestHandler } from './$types';

export const prerender = true;

/** Every state and solution with its name and sources, for the page about this tool. */
export const GET: RequestHandler = () => json(sourcesSlice(catalogFiles));
