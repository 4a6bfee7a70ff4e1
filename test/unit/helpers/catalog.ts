/** The shipped catalog for tests, read from disk with the CLI's reader, plus ways to break it. */
import { fileURLToPath } from 'node:url';
import jsonPatch, { type Operation } from 'fast-json-patch';
import { readCatalogFiles } from '../../../scripts/cli/input';
import { assembleCatalog, type Catalog, type CatalogFile } from '../../../src/lib/domain';

export const catalogDir = fileURLToPath(new URL('../../../catalog/', import.meta.url));

/** A fresh deep copy of the shipped catalog's files. */
export function catalogFiles(): CatalogFile[] {
	return readCatalogFiles(catalogDir);
}

let cached: Catalog | undefined;

/** The shipped catalog, assembled once per test file. Throws with the problems if it is broken. */
export function realCatalog(): Catalog {
	if (cached) return cached;
	const { catalog, problems } = assembleCatalog(catalogFiles());
	if (!catalog) throw new Error(JSON.stringify(problems, null, 2));
	return (cached = catalog);
}

/** The shipped catalog's files with a JSON Patch applied to one file (or a file added/removed). */
export function patchedFiles(file: string, patch: Operation[]): CatalogFile[] {
	const files = catalogFiles();
	const target = files.find((f) => f.path === file);
	if (!target) throw new Error(`No catalog file ${file}`);
	target.data = jsonPatch.applyPatch(target.data, patch, false, true).newDocument;
	return files;
}
