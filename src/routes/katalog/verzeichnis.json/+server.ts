import { json } from '@sveltejs/kit';
import { manifest } from '$lib/server/catalog';

export const prerender = true;

/** What a page reads first: which files make up each part, and every state and solution by name. */
export function GET() {
	return json(manifest);
}
