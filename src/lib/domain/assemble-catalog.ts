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
import { checkIntegrity } from './catalog-integrity';
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

	const of = <T>(kind: string) =>
		[...valid].filter(([, v]) => v.kind === kind).map(([path, v]) => ({ path, data: v.data as T }));
	const single = <T>(kind: string) => of<T>(kind)[0]!.data;
	const meta = single<CatalogMeta>('meta');
	const scenarios = of<Scenario>('scenario');
	const states = of<State>('state');
	const solutions = of<Solution>('solution');
	const categories = single<CategoriesFile>('categories').categories;
	const phases = single<PhasesFile>('phases').phases;
	const blocks = single<BlocksFile>('blocks').blocks;

	const integrity = checkIntegrity({
		meta,
		categories,
		phases,
		blocks,
		scenarios,
		states,
		solutions
	});
	if (integrity.problems.length) return { problems: integrity.problems };

	const catalog: Catalog = {
		meta,
		categories,
		phases,
		blocks,
		scenarios: scenarios
			.map((s) => s.data)
			.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)),
		states: states.map((s) => s.data).sort((a, b) => a.id.localeCompare(b.id)),
		solutions: solutions.map((s) => s.data).sort((a, b) => a.name.localeCompare(b.name, 'de')),
		sources: integrity.sources
	};
	return { catalog, problems: [] };
}
