/** Loads and assembles a catalog folder; throws InputError with the catalog's problems. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleCatalog, type Catalog } from '../../src/lib/domain';
import { InputError, readCatalogFiles } from './input';

/**
 * The shipped catalog folder: the nearest `catalog/` above this module. Found by looking, not
 * by a fixed relative path, because the same code runs from scripts/cli/ (tests, development)
 * and bundled as bin/baukasten.js.
 */
function findCatalogDir(): string {
	let dir = dirname(fileURLToPath(import.meta.url));
	for (;;) {
		if (existsSync(join(dir, 'catalog', 'catalog.json'))) return join(dir, 'catalog');
		const parent = dirname(dir);
		if (parent === dir) return join(dirname(fileURLToPath(import.meta.url)), 'catalog');
		dir = parent;
	}
}

export const catalogDirDefault = findCatalogDir();

const loaded = new Map<string, Catalog>();

/** Loads a catalog folder once per process (tests run the CLI in-process thousands of times). */
export function loadCatalogFromDir(dir: string): Catalog {
	const cached = loaded.get(dir);
	if (cached) return cached;
	const { catalog, problems } = assembleCatalog(readCatalogFiles(dir));
	if (!catalog) throw new InputError(problems);
	loaded.set(dir, catalog);
	return catalog;
}
