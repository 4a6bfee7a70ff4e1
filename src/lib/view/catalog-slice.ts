/**
 * Parts of the catalog cut for one page, written at build time. A catalog cut down to one block, for the block's own page: every scenario, state and solution
 * keeps only what concerns that block (its assignment per phase, the services that cover it and
 * their coverage of it, each solution's rating of it). The page shows every state and solution
 * for this block without carrying their data for the 37 others. Written at build time.
 */
import type { Scenario, Solution, State } from '$lib/schema/types';
import { fileKind, isPlanningFileKind, type CatalogFile } from '$lib/domain/catalog-file-kinds';

function scenarioFor(scenario: Scenario, block: string): Scenario {
	const phases = Object.fromEntries(
		Object.entries(scenario.phases).map(([id, phase]) => [
			id,
			{ ...phase, blocks: phase.blocks.filter((a) => a.block === block) }
		])
	);
	return { ...scenario, phases } as Scenario;
}

/** Source ids referenced anywhere in `value` (`{ source: id, locator }` references). */
function referencedSources(value: unknown, found = new Set<string>()): Set<string> {
	if (Array.isArray(value)) value.forEach((item) => referencedSources(item, found));
	else if (value && typeof value === 'object')
		for (const [key, item] of Object.entries(value)) {
			if (key === 'source' && typeof item === 'string') found.add(item);
			else referencedSources(item, found);
		}
	return found;
}

/** The file's own source definitions, only those its remaining parts refer to. */
function withUsedSources<T extends { sources: { id: string }[] }>(file: T): T {
	const { sources, ...rest } = file;
	const used = referencedSources(rest);
	return { ...file, sources: sources.filter((s) => used.has(s.id)) };
}

function stateFor(state: State, block: string): State {
	const services = state.services
		.filter((s) => s.covers.some((c) => c.block === block))
		.map((s) => ({ ...s, covers: s.covers.filter((c) => c.block === block) }));
	// The state's notes and carrier model are shown on its own page, not on a block's.
	const { notes: _notes, schoolCarrier: _carrier, ...rest } = state;
	return withUsedSources({ ...rest, services });
}

function solutionFor(solution: Solution, block: string): Solution {
	const coverage = solution.coverage[block];
	return withUsedSources({
		...solution,
		coverage: coverage ? { [block]: coverage } : {}
	} as Solution);
}

/** The scenario, state and solution files of the catalog, each cut down to `block`. */
export function blockSlice(files: CatalogFile[], block: string): CatalogFile[] {
	return files.flatMap(({ path, data }): CatalogFile[] => {
		const kind = fileKind(path);
		if (kind === 'scenario') return [{ path, data: scenarioFor(data as Scenario, block) }];
		if (kind === 'state') return [{ path, data: stateFor(data as State, block) }];
		if (kind === 'solution') return [{ path, data: solutionFor(data as Solution, block) }];
		return [];
	});
}

/** What the assistant needs once a state is chosen: that state, every solution, the plan's files. */
export function assistantSlice(files: CatalogFile[], state: string): CatalogFile[] {
	return files.filter(({ path, data }) => {
		const kind = fileKind(path);
		if (kind === 'state') return (data as State).id === state;
		return kind === 'solution' || isPlanningFileKind(kind);
	});
}

/**
 * Every state and solution with its name and sources only: what the page about this tool lists.
 * A seventh of the full files, so that the page parses and hydrates little more than it shows.
 */
export function sourcesSlice(files: CatalogFile[]): CatalogFile[] {
	return files.flatMap(({ path, data }): CatalogFile[] => {
		const kind = fileKind(path);
		if (kind === 'state') {
			const { notes: _notes, schoolCarrier: _carrier, ...state } = data as State;
			return [{ path, data: { ...state, services: [] } }];
		}
		if (kind === 'solution') return [{ path, data: { ...(data as Solution), coverage: {} } }];
		return [];
	});
}

/**
 * Every scenario without the reasoning of its block assignments: what the pages that list or
 * apply the scenarios load (the assistant, `/szenarien`, `/bausteine`). The reasoning is three
 * quarters of the scenario files and only a block's own page shows it, from its block slice (a
 * unit test keeps it so). Who provides a block, how reliably, whether it is optional and the
 * sources stay.
 */
export function scenariosSlice(files: CatalogFile[]): CatalogFile[] {
	return files.flatMap(({ path, data }): CatalogFile[] => {
		if (fileKind(path) !== 'scenario') return [];
		const scenario = data as Scenario;
		const phases = Object.fromEntries(
			Object.entries(scenario.phases).map(([id, phase]) => [
				id,
				{ ...phase, blocks: phase.blocks.map(({ reasoning: _reasoning, ...rest }) => rest) }
			])
		);
		return [{ path, data: { ...scenario, phases } as Scenario }];
	});
}
