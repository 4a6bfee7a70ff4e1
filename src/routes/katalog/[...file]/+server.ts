import { error, json } from '@sveltejs/kit';
import { catalogFiles } from '$lib/server/catalog';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Each checked catalog file, unchanged, at `katalog/<path>` (e.g. `katalog/states/sh.json`). */
export const entries: EntryGenerator = () => catalogFiles.map(({ path }) => ({ file: path }));

export const GET: RequestHandler = ({ params }) => {
	const file = catalogFiles.find(({ path }) => path === params.file);
	if (!file) error(404, params.file);
	return json(file.data);
};
