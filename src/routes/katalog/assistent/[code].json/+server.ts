import { error, json } from '@sveltejs/kit';
import { catalog, catalogFiles } from '$lib/server/catalog';
import { fileKind } from '$lib/domain/catalog-file-kinds';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Per state, what the assistant needs once the state is chosen, in one response. */
export const entries: EntryGenerator = () => catalog.states.map((state) => ({ code: state.id }));

const planningKinds = new Set(['dependencies', 'funding', 'staffing', 'costs', 'cooperation']);

export const GET: RequestHandler = ({ params }) => {
	if (!catalog.states.some((s) => s.id === params.code)) error(404, params.code);
	return json(
		catalogFiles.filter(({ path, data }) => {
			const kind = fileKind(path) ?? '';
			if (kind === 'state') return (data as { id: string }).id === params.code;
			return kind === 'solution' || planningKinds.has(kind);
		})
	);
};
