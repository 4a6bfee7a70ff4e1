import { json } from '@sveltejs/kit';
import { catalogFiles } from '$lib/server/catalog';
import { scenariosSlice } from '$lib/view/catalog-slice';
import type { RequestHandler } from './$types';

export const prerender = true;

/** Every scenario without the reasoning of its block assignments, in one response. */
export const GET: RequestHandler = () => json(scenariosSlice(catalogFiles));
