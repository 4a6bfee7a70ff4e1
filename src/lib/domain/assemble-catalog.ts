/**
 * Puts the catalog files together: validates each against its schema, then checks the integrity
 * of the whole (ids unique and resolvable, every scenario has every phase, every solution rates
 * every block, every source reference resolves). Returns the catalog only when there are no
 * problems.
 */
import type {
	BlocksFile,
	CatalogMeta,
	CategoriesFile,
	PhasesFile,
	Scenario,
	Solution,
	State
} from '../schema/types';
import type { Catalog } from './catalog';
import { fileKind, requiredFiles, validators, type CatalogFile } from './catalog-files';
import { composeCatalog, of, planningOf, single } from './compose-catalog';
import { checkIntegrity } from './catalog-integrity';
import { textStartsLikeAFormula } from './catalog-text';
import { problem, type Problem } from './problem';
import { schemaProblems } from './schema-errors';

export interface AssembledCatalog {
	catalog?: Catalog;
	problems: Problem[];
}

export function assembleCatalog(files: CatalogFile[]): AssembledCatalog {
	const problems: Problem[] = [];
	const valid = new Map<string, { kind: string; data: unknown }>();
	for (const file of files) {
		const kind = fileKind(file.path);
		if (!kind) {
			problems.push(
				problem(
					file.path,
					'',
					'Diese Datei gehört nicht in den Katalog.',
					'This file does not belong in the catalog.'
				)
			);
			continue;
		}
		const found = schemaProblems(validators[kind], file.data, file.path);
		if (!found.length) found.push(...textStartsLikeAFormula(file.path, file.data));
		if (found.length) problems.push(...found);
		else valid.set(file.path, { kind, data: file.data });
	}
	for (const path of requiredFiles) {
		if (!files.some((f) => f.path === path)) {
			problems.push(
				problem(path, '', 'Die Datei fehlt im Katalog.', 'The file is missing from the catalog.')
			);
		}
	}
	if (!files.some((f) => fileKind(f.path) === 'scenario'))
		problems.push(
			problem(
				'scenarios/',
				'',
				'Der Katalog enthält kein Szenario.',
				'The catalog contains no scenario.'
			)
		);
	if (problems.length) return { problems };

	const integrity = checkIntegrity({
		meta: single<CatalogMeta>(valid, 'meta'),
		categories: single<CategoriesFile>(valid, 'categories').categories,
		phases: single<PhasesFile>(valid, 'phases').phases,
		blocks: single<BlocksFile>(valid, 'blocks').blocks,
		scenarios: of<Scenario>(valid, 'scenario'),
		states: of<State>(valid, 'state'),
		solutions: of<Solution>(valid, 'solution'),
		planning: planningOf(valid)
	});
	if (integrity.problems.length) return { problems: integrity.problems };
	return { catalog: composeCatalog(files), problems: [] };
}
