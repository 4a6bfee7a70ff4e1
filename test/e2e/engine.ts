/**
 * The domain engine and the shipped catalog on the test's (Node) side, so browser tests can
 * compare what the page shows with what the engine computes.
 */
import { fileURLToPath } from 'node:url';
import { readCatalogFiles } from '../../scripts/cli/input';
import { assembleCatalog, type Catalog } from '../../src/lib/domain';

const dir = fileURLToPath(new URL('../../catalog/', import.meta.url));

function load(): Catalog {
	const { catalog, problems } = assembleCatalog(readCatalogFiles(dir));
	if (!catalog) throw new Error(JSON.stringify(problems));
	return catalog;
}

export const catalog = load();
export * from '../../src/lib/domain';
export { gapStatusLabel } from '../../src/lib/i18n/vocabulary';
