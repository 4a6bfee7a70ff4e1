/** Loads and assembles a catalog folder; throws InputError with the catalog's problems. */
import { fileURLToPath } from 'node:url';
import { assembleCatalog, type Catalog } from '../../src/lib/domain';
import { InputError, readCatalogFiles } from './input';

export const catalogDirDefault = fileURLToPath(new URL('../../catalog/', import.meta.url));

export function loadCatalogFromDir(dir: string): Catalog {
	const { catalog, problems } = assembleCatalog(readCatalogFiles(dir));
	if (!catalog) throw new InputError(problems);
	return catalog;
}
