/** Loads and assembles a catalog folder; throws InputError with the catalog's problems. */
import { fileURLToPath } from 'node:url';
import { assembleCatalog, type Catalog } from '../../src/lib/domain';
import { InputError, readCatalogFiles } from './input';

export const catalogDirDefault = fileURLToPath(new URL('../../catalog/', import.meta.url));

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
