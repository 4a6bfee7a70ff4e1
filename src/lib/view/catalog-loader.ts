/**
 * Loads the parts of the catalog a page shows and puts them together. Pass SvelteKit's `fetch`
 * from a `load` function: while the site is prerendered its responses are written into the page,
 * so the browser starts without a second request; on a later navigation the browser fetches the
 * static JSON files once and keeps them for the rest of the visit.
 */
import { browser } from '$app/environment';
import { base } from '$app/paths';
import type { Catalog } from '$lib/domain/catalog';
import type { CatalogFile } from '$lib/domain/catalog-file-kinds';
import type { BlocksFile } from '$lib/schema/types';
import { composeCatalog } from '$lib/domain/compose-catalog';
import type { CatalogManifest } from './catalog-manifest';
import { yieldToMain } from './yield-to-main';

export interface CatalogNeeds {
	/**
	 * Every scenario, without the reasoning of its block assignments (`katalog/szenarien.json`,
	 * see `scenariosSlice`): a quarter of the files, in one response.
	 */
	scenarios?: boolean;
	/** State files to load: `all`, or ids (unknown ids are left out; the directory has them all). */
	states?: 'all' | readonly (string | undefined)[];
	solutions?: 'all' | readonly (string | undefined)[];
	planning?: boolean;
	/**
	 * Every scenario, state and solution, each cut down to this block (see `catalog-slice`):
	 * for the block's page. Replaces `scenarios`, `states` and `solutions`.
	 */
	block?: string;
	/**
	 * The assistant's files for this state in one response (`katalog/assistent/<state>.json`):
	 * the state, every solution and the plan's files. Fourteen requests on a slow line cost the
	 * carrier seconds; one costs one round trip.
	 */
	assistant?: string;
	/** Every state and solution with its name and sources only (`katalog/quellen.json`). */
	sources?: boolean;
}

type Fetch = typeof fetch;

const files = new Map<string, Promise<unknown>>();
const catalogs = new Map<string, Catalog>();

function fetchJson(fetch: Fetch, path: string): Promise<unknown> {
	const request = async () => {
		// Each file is read in a task of its own: a page asks for its files together, and SvelteKit
		// answers a prerendered page's requests at once from the page, so all 21 files of /laender
		// were parsed in one task (145 ms at 4x CPU in a trace).
		if (browser) await yieldToMain();
		const response = await fetch(`${base}/katalog/${path}`);
		if (!response.ok) throw new Error(`katalog/${path}: HTTP ${response.status}`);
		const data = (await response.json()) as unknown;
		// Reading a large file is a piece of work of its own (see yieldToMain).
		if (browser) await yieldToMain();
		return data;
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

function loadManifest(fetch: Fetch): Promise<CatalogManifest> {
	return fetchJson(fetch, 'verzeichnis.json') as Promise<CatalogManifest>;
}

function pick(byId: Record<string, string>, wanted: CatalogNeeds['states']): string[] {
	if (wanted === 'all') return Object.values(byId);
	return [...new Set(wanted ?? [])].flatMap((id) => (id && byId[id] ? [byId[id]] : []));
}

/** The file paths a page with these needs loads, in a stable order. */
function filesFor(manifest: CatalogManifest, needs: CatalogNeeds): string[] {
	return [
		...manifest.core,
		...(needs.planning ? manifest.planning : []),
		...pick(manifest.states, needs.states),
		...pick(manifest.solutions, needs.solutions)
	].sort();
}

/**
 * The slices these needs ask for, each one response (cached under its own path). A block's slice
 * only once the blocks are known: an unknown block has none, so its page finds no block and
 * answers 404.
 */
function slicesFor(manifest: CatalogManifest, needs: CatalogNeeds, blocks?: BlocksFile): string[] {
	return [
		needs.scenarios && 'szenarien.json',
		needs.assistant && manifest.states[needs.assistant] && `assistent/${needs.assistant}.json`,
		needs.block &&
			blocks?.blocks.some((b) => b.id === needs.block) &&
			`baustein/${needs.block}.json`,
		needs.sources && 'quellen.json'
	].filter((slice): slice is string => !!slice);
}

/**
 * The catalog with the core (metadata, categories, phases, blocks), the directory of all states
 * and solutions, and the parts named in `needs`. The same needs give the same object during a
 * visit, so indexes built for it are reused. Call it once per page load: a prerendered page
 * carries every response its load fetched.
 */
export async function loadCatalog(fetch: Fetch, needs: CatalogNeeds = {}): Promise<Catalog> {
	const manifest = await loadManifest(fetch);
	const paths = filesFor(manifest, needs);
	const key = [
		...paths,
		needs.scenarios ? 'szenarien' : '',
		needs.block ? `baustein/${needs.block}` : '',
		needs.assistant ? `assistent/${needs.assistant}` : '',
		needs.sources ? 'quellen' : ''
	].join('|');
	const known = browser ? catalogs.get(key) : undefined;
	if (known) return known;
	const loaded = await Promise.all(
		paths.map(async (path) => ({ path, data: await fetchJson(fetch, path) }))
	);
	const blocks = loaded.find((f) => f.path === 'blocks.json')?.data as BlocksFile | undefined;
	const slices = await Promise.all(
		slicesFor(manifest, needs, blocks).map((slice) => fetchJson(fetch, slice))
	);
	for (const files of slices) loaded.push(...(files as CatalogFile[]));
	if (browser) await yieldToMain();
	const catalog = composeCatalog(loaded, manifest.directory);
	if (browser) catalogs.set(key, catalog);
	return catalog;
}

/**
 * Starts fetching the files `loadCatalog` will need for these needs, without waiting for them and
 * without putting anything together: a later `loadCatalog` with the same needs finds them on their
 * way. For a guess made early (the assistant's state before the assistant has started). Resolves
 * once the requests are sent; a failed fetch is forgotten here and tried again by `loadCatalog`.
 */
export async function prefetchCatalog(fetch: Fetch, needs: CatalogNeeds): Promise<void> {
	if (!browser) return;
	const ignore = () => {};
	try {
		const manifest = await loadManifest(fetch);
		// Without the blocks file a block's slice cannot be checked: it is left to `loadCatalog`.
		for (const path of [...filesFor(manifest, needs), ...slicesFor(manifest, needs)])
			fetchJson(fetch, path).catch(ignore);
	} catch {
		// No directory: `loadCatalog` will say so.
	}
}
