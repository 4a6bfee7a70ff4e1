import { error, json } from '@sveltejs/kit';
import { catalog, catalogFiles } from '$lib/server/catalog';
import { blockSlice } from '$lib/view/catalog-slice';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Per block, the scenario, state and solution files cut down to it (`katalog/baustein/<id>.json`). */
export const entries: EntryGenerator = () => catalog.blocks.map((block) => ({ id: block.id }));

export const GET: RequestHandler = ({ params }) => {
	if (!catalog.blocks.some((b) => b.id === params.id)) error(404, params.id);
	return json(blockSlice(catalogFiles, params.id));
};
