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
	CooperationFile,
	CostsFile,
	DependenciesFile,
	FundingFile,
	PhasesFile,
	StaffingFile,
	Scenario,
	Solution,
	SourceDefinition,
	State
} from '../schema/types';
import type { Catalog, Planning } from './catalog';
import { fileKind, requiredFiles, validators, type CatalogFile } from './catalog-files';
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

type Kinded = Map<string, { kind: string; data: unknown }>;

const of = <T>(files: Kinded, kind: string) =>
	[...files].filter(([, v]) => v.kind === kind).map(([path, v]) => ({ path, data: v.data as T }));
const single = <T>(files: Kinded, kind: string) => of<T>(files, kind)[0]!.data;

function planningOf(files: Kinded): Planning & { files: PlanningFiles } {
	const dependencies = single<DependenciesFile>(files, 'dependencies');
	const funding = single<FundingFile>(files, 'funding');
	const staffing = single<StaffingFile>(files, 'staffing');
	const costs = single<CostsFile>(files, 'costs');
	const cooperation = single<CooperationFile>(files, 'cooperation');
	return {
		dependencies: dependencies.dependencies,
		funding: funding.programmes,
		staffing,
		costs: costs.costs,
		cooperation,
		files: { dependencies, funding, staffing, costs, cooperation }
	};
}

export interface PlanningFiles {
	dependencies: DependenciesFile;
	funding: FundingFile;
	staffing: StaffingFile;
	costs: CostsFile;
	cooperation: CooperationFile;
}

/**
 * Puts files together that are known to be valid, without checking them again: the app's
 * bundle uses this, because its catalog was checked when the site was built (and by
 * `npm run catalog:check`), so the browser need not carry the catalog's validators.
 */
export function composeCatalog(files: CatalogFile[]): Catalog {
	const kinded: Kinded = new Map(
		files.map((f) => [f.path, { kind: fileKind(f.path) ?? '', data: f.data }])
	);
	const meta = single<CatalogMeta>(kinded, 'meta');
	const states = of<State>(kinded, 'state').map((s) => s.data);
	const solutions = of<Solution>(kinded, 'solution').map((s) => s.data);
	const sources = new Map<string, SourceDefinition>();
	const { files: planningFiles, ...planning } = planningOf(kinded);
	for (const list of [
		meta.sources,
		...states.map((s) => s.sources),
		...solutions.map((s) => s.sources),
		...Object.values(planningFiles).map((f) => f.sources ?? [])
	])
		for (const source of list) sources.set(source.id, source);
	return {
		meta,
		categories: single<CategoriesFile>(kinded, 'categories').categories,
		phases: single<PhasesFile>(kinded, 'phases').phases,
		blocks: single<BlocksFile>(kinded, 'blocks').blocks,
		scenarios: of<Scenario>(kinded, 'scenario')
			.map((s) => s.data)
			.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)),
		states: states.sort((a, b) => a.id.localeCompare(b.id)),
		solutions: solutions.sort((a, b) => a.name.localeCompare(b.name, 'de')),
		sources,
		planning
	};
}
