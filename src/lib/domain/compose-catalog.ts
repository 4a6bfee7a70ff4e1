/**
 * Puts catalog files together without checking them again. The browser uses this: its files were
 * checked when the site was built (and by `npm run catalog:check`), so it need not carry the
 * catalog's validators. A page may pass only some state and solution files, with the directory
 * of all of them; a page without the Maßnahmenplan's files gets a stand-in that refuses reads.
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
import { directoryOf, type Catalog, type CatalogDirectory, type Planning } from './catalog';
import { fileKind, planningFileKinds, type CatalogFile } from './catalog-file-kinds';
import { compareCodes, compareNames } from '../i18n/compare-names';

export type Kinded = Map<string, { kind: string; data: unknown }>;

export const of = <T>(files: Kinded, kind: string) =>
	[...files].filter(([, v]) => v.kind === kind).map(([path, v]) => ({ path, data: v.data as T }));
export const single = <T>(files: Kinded, kind: string) => of<T>(files, kind)[0]!.data;

export function planningOf(files: Kinded): Planning & { files: PlanningFiles } {
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

/** Puts files together that are known to be valid. */
export function composeCatalog(files: CatalogFile[], directory?: CatalogDirectory): Catalog {
	const kinded: Kinded = new Map(
		files.map((f) => [f.path, { kind: fileKind(f.path) ?? '', data: f.data }])
	);
	const meta = single<CatalogMeta>(kinded, 'meta');
	const states = of<State>(kinded, 'state').map((s) => s.data);
	const solutions = of<Solution>(kinded, 'solution').map((s) => s.data);
	const sources = new Map<string, SourceDefinition>();
	// Pages that draw no Maßnahmenplan do not load its files.
	const planningLoaded = of(kinded, 'dependencies').length > 0;
	const { files: planningFiles, ...planning } = planningLoaded
		? planningOf(kinded)
		: { files: {} as Partial<PlanningFiles>, ...({} as Planning) };
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
			.sort((a, b) => a.order - b.order || compareCodes(a.id, b.id)),
		states: states.sort((a, b) => compareCodes(a.id, b.id)),
		solutions: solutions.sort((a, b) => compareNames(a.name, b.name)),
		sources,
		planning: planningLoaded ? planning : notLoaded<Planning>('planning', planningFileKinds),
		directory: directory ?? directoryOf(states, solutions)
	};
}

/**
 * Stands in for the Maßnahmenplan's files on a page that did not load them: reading a field
 * throws at once with its name, instead of computing a plan from nothing. The getters are not
 * enumerable, so the object still passes `structuredClone` (to the aggregation worker) as `{}`.
 */
function notLoaded<T extends object>(part: string, keys: readonly string[]): T {
	const stand = {} as T;
	for (const key of keys)
		Object.defineProperty(stand, key, {
			enumerable: false,
			get() {
				throw new Error(`Catalog part "${part}" was not loaded (reading "${key}").`);
			}
		});
	return stand;
}
