/**
 * Loads the parts of the catalog a page shows and puts them together. Pass SvelteKit's `fetch`
 * from a `load` function: while the site is prerendered its responses are written into the page,
 * so the browser starts without a second request; on a later navigation the browser fetches the
 * static JSON files once and keeps them for the rest of the visit.
 */
import { browser } from '$app/environment';
import { base } from '$app/paths';
import type { Catalog } from '$lib/domain/catalog';
import { composeCatalog } from '$lib/domain/compose-catalog';
import type { CatalogManifest } from './catalog-manifest';

export interface CatalogNeeds {
	scenarios?: boolean;
	/** State files to load: `all`, or ids (unknown ids are left out; the directory has them all). */
	states?: 'all' | readonly (string | undefined)[];
	solutions?: 'all' | readonly (string | undefined)[];
	planning?: boolean;
}

type Fetch = typeof fetch;

const files = new Map<string, Promise<unknown>>();
const catalogs = new Map<string, Catalog>();
/** The files each composed catalog was made of, so that a page can extend its layout's catalog. */
const sourceFiles = new WeakMap<Catalog, Map<string, unknown>>();
const manifests = new WeakMap<Catalog, CatalogManifest>();

function fetchJson(fetch: Fetch, path: string): Promise<unknown> {
	const request = async () => {
		const response = await fetch(`${base}/katalog/${path}`);
		if (!response.ok) throw new Error(`katalog/${path}: HTTP ${response.status}`);
		return response.json() as Promise<unknown>;
	};
	// Prerendering must call `fetch` on every page, or the response is missing from that page.
	if (!browser) return request();
	let pending = files.get(path);
	if (!pending) {
		pending = request();
		files.set(path, pending);
		pending.catch(() => files.delete(path));
	}
	return pending;
}

export function loadManifest(fetch: Fetch): Promise<CatalogManifest> {
	return fetchJson(fetch, 'verzeichnis.json') as Promise<CatalogManifest>;
}

function pick(byId: Record<string, string>, wanted: CatalogNeeds['states']): string[] {
	if (wanted === 'all') return Object.values(byId);
	return [...new Set(wanted ?? [])].flatMap((id) => (id && byId[id] ? [byId[id]] : []));
}

/** The file paths a page with these needs loads, in a stable order. */
export function filesFor(manifest: CatalogManifest, needs: CatalogNeeds): string[] {
	return [
		...manifest.core,
		...(needs.scenarios ? manifest.scenarios : []),
		...(needs.planning ? manifest.planning : []),
		...pick(manifest.states, needs.states),
		...pick(manifest.solutions, needs.solutions)
	].sort();
}

/**
 * The catalog with the core (metadata, categories, phases, blocks), the directory of all states
 * and solutions, and the parts named in `needs`. Files that `parent` (the layout's catalog)
 * already holds are not fetched again, so a prerendered page carries each file once. The same
 * needs give the same object during a visit, so indexes built for it are reused.
 */
export async function loadCatalog(
	fetch: Fetch,
	needs: CatalogNeeds = {},
	parent?: Catalog
): Promise<Catalog> {
	const manifest = (parent && manifests.get(parent)) ?? (await loadManifest(fetch));
	const paths = filesFor(manifest, needs);
	const key = paths.join('|');
	const known = browser ? catalogs.get(key) : undefined;
	if (known) return known;
	const have = (parent && sourceFiles.get(parent)) ?? new Map<string, unknown>();
	const loaded = await Promise.all(
		paths.map(async (path) => ({
			path,
			data: have.has(path) ? have.get(path) : await fetchJson(fetch, path)
		}))
	);
	const catalog = composeCatalog(loaded, manifest.directory);
	sourceFiles.set(catalog, new Map(loaded.map((f) => [f.path, f.data])));
	manifests.set(catalog, manifest);
	if (browser) catalogs.set(key, catalog);
	return catalog;
}
