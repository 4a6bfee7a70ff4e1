/**
 * The catalog as the browser fetches it: in parts, so that each page loads only what it shows.
 * The manifest is written at build time (`katalog/verzeichnis.json`) and names the files of each
 * part; the directory names every state and solution, so that a page can list them and check
 * references without loading their files.
 */
import type { CatalogDirectory } from '$lib/domain/catalog';
import { fileKind, type CatalogFile } from '$lib/domain/catalog-file-kinds';

export interface CatalogManifest {
	/** Metadata, categories, phases and blocks: every page needs them. */
	core: string[];
	/** The Maßnahmenplan's files. */
	planning: string[];
	/** state id -> file */
	states: Record<string, string>;
	/** solution id -> file */
	solutions: Record<string, string>;
	directory: CatalogDirectory;
}

const coreKinds = new Set(['meta', 'categories', 'phases', 'blocks']);

export function catalogManifest(
	files: CatalogFile[],
	directory: CatalogDirectory
): CatalogManifest {
	const manifest: CatalogManifest = {
		core: [],
		planning: [],
		states: {},
		solutions: {},
		directory
	};
	for (const { path, data } of files) {
		const kind = fileKind(path);
		if (!kind) continue;
		const id = (data as { id?: string }).id ?? '';
		if (coreKinds.has(kind)) manifest.core.push(path);
		// The scenarios come in one response without their reasoning (`katalog/szenarien.json`).
		else if (kind === 'scenario') continue;
		else if (kind === 'state') manifest.states[id] = path;
		else if (kind === 'solution') manifest.solutions[id] = path;
		else manifest.planning.push(path);
	}
	for (const list of [manifest.core, manifest.planning]) list.sort();
	return manifest;
}
