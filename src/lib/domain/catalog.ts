/**
 * The catalog as the engine sees it: the validated catalog files put together, plus lookup
 * indexes built once per catalog. Nothing here knows where the files came from (the app bundles
 * them, the CLI reads a folder), and nothing assumes how many categories, phases, scenarios,
 * states or solutions there are.
 */
import type {
	Block,
	CatalogMeta,
	CategoriesFile,
	CooperationFile,
	CostsFile,
	DependenciesFile,
	FundingFile,
	PhasesFile,
	StaffingFile,
	Coverage,
	LocalizedText,
	Scenario,
	Service,
	Solution,
	SourceDefinition,
	State
} from '../schema/types';

export type Category = CategoriesFile['categories'][number];
export type Phase = PhasesFile['phases'][number];

export interface Catalog {
	meta: CatalogMeta;
	categories: Category[];
	phases: Phase[];
	blocks: Block[];
	/** Sorted by `order`. */
	scenarios: Scenario[];
	/** Sorted by id. */
	states: State[];
	/** Sorted by name. */
	solutions: Solution[];
	/** Every source definition of every file, by id. */
	sources: Map<string, SourceDefinition>;
	/** What the Maßnahmenplan draws on: dependencies, funding, staffing, costs, cooperation. */
	planning: Planning;
	/**
	 * Every state and solution of the catalog by id and name, also those whose files are not
	 * loaded. A page in the browser loads only the state and solution files it shows, so
	 * `states` and `solutions` may hold fewer entries than the directory; references in a
	 * configuration are checked against the directory, lookups of data against the loaded files.
	 */
	directory: CatalogDirectory;
}

export interface StateEntry {
	id: string;
	name: LocalizedText;
	defaultPhase: string;
}

export interface SolutionEntry {
	id: string;
	name: string;
	availableIn?: Solution['availableIn'];
}

export interface CatalogDirectory {
	/** Sorted by id, like `states`. */
	states: StateEntry[];
	/** Sorted by name, like `solutions`. */
	solutions: SolutionEntry[];
}

/** The directory of a catalog whose state and solution files are all present. */
export function directoryOf(states: State[], solutions: Solution[]): CatalogDirectory {
	return {
		states: states.map(({ id, name, defaultPhase }) => ({ id, name, defaultPhase })),
		solutions: solutions.map(({ id, name, availableIn }) =>
			availableIn ? { id, name, availableIn } : { id, name }
		)
	};
}

export interface Planning {
	dependencies: DependenciesFile['dependencies'];
	funding: FundingFile['programmes'];
	staffing: StaffingFile;
	costs: CostsFile['costs'];
	cooperation: CooperationFile;
}

/** A state service's coverage of one block, with the service it belongs to. */
export interface ServiceCoverage {
	service: Service;
	coverage: Coverage;
}

export interface CatalogIndex {
	block: Map<string, Block>;
	category: Map<string, Category>;
	phase: Map<string, Phase>;
	scenario: Map<string, Scenario>;
	state: Map<string, State>;
	solution: Map<string, Solution>;
	/** Every state of the catalog, loaded or not. */
	stateEntry: Map<string, StateEntry>;
	/** Every solution of the catalog, loaded or not. */
	solutionEntry: Map<string, SolutionEntry>;
	/** state id -> block id -> the services of that state that cover the block */
	stateCoverage: Map<string, Map<string, ServiceCoverage[]>>;
	/** block id -> position in the catalog (category order, then block order) */
	blockOrder: Map<string, number>;
}

const indexes = new WeakMap<Catalog, CatalogIndex>();

/** Lookup tables for a catalog, built on first use and cached for the catalog's lifetime. */
export function indexCatalog(catalog: Catalog): CatalogIndex {
	const cached = indexes.get(catalog);
	if (cached) return cached;
	const byId = <T extends { id: string }>(items: T[]) =>
		new Map(items.map((item) => [item.id, item]));
	const stateCoverage = new Map<string, Map<string, ServiceCoverage[]>>();
	for (const state of catalog.states) {
		const perBlock = new Map<string, ServiceCoverage[]>();
		for (const service of state.services) {
			for (const coverage of service.covers) {
				const list = perBlock.get(coverage.block) ?? [];
				list.push({ service, coverage });
				perBlock.set(coverage.block, list);
			}
		}
		stateCoverage.set(state.id, perBlock);
	}
	const categoryPosition = new Map(catalog.categories.map((c, i) => [c.id, i]));
	const ordered = catalog.blocks
		.map((block, i) => ({ block, i }))
		.sort(
			(a, b) =>
				(categoryPosition.get(a.block.category) ?? Infinity) -
					(categoryPosition.get(b.block.category) ?? Infinity) || a.i - b.i
		);
	const index: CatalogIndex = {
		block: byId(catalog.blocks),
		category: byId(catalog.categories),
		phase: byId(catalog.phases),
		scenario: byId(catalog.scenarios),
		state: byId(catalog.states),
		solution: byId(catalog.solutions),
		stateEntry: byId(catalog.directory.states),
		solutionEntry: byId(catalog.directory.solutions),
		stateCoverage,
		blockOrder: new Map(ordered.map(({ block }, position) => [block.id, position]))
	};
	indexes.set(catalog, index);
	return index;
}

/** Sorts block ids into catalog order (by category, then as listed in blocks.json). */
export function sortBlockIds(catalog: Catalog, ids: Iterable<string>): string[] {
	const order = indexCatalog(catalog).blockOrder;
	return [...ids].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
}
