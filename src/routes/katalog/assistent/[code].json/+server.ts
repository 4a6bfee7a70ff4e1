import { error, json } from '@sveltejs/kit';
import { catalog, catalogFiles } from '$lib/server/catalog';
import { assistantSlice } from '$lib/view/catalog-slice';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Per state, what the assistant needs once the state is chosen, in one response. */
export const entries: EntryGenerator = () => catalog.states.map((state) => ({ code: state.id }));

export const GET: RequestHandler = ({ params }) => {
	if (!catalog.states.some((s) => s.id === params.code)) error(404, params.code);
	return json(assistantSlice(catalogFiles, params.code));
};
