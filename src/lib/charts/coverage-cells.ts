/**
 * The content of the state-coverage heatmap, read off `stateCoverage`: one cell per scenario and
 * block saying whether the scenario expects the block from the state and, if so, how far the
 * state's services cover it. Rows are the blocks at least one scenario expects from the state in
 * the phase, grouped by category in catalog order; nothing assumes how many scenarios, categories
 * or blocks there are.
 */
import { sortBlockIds, type Catalog } from '../domain/catalog';
import type { PendingReason, StateCoverage } from '../domain/state-coverage';

export const cellStates = [
	'covered',
	'partial',
	'pilot',
	'planned',
	'discontinued',
	'no-service',
	'switched-off',
	'not-expected'
] as const;
export type CellState = (typeof cellStates)[number];

export interface CoverageCell {
	scenario: string;
	block: string;
	state: CellState;
}

export interface CoverageGroup {
	category: string;
	blocks: string[];
}

export interface CoverageMatrix {
	/** Scenario ids in catalog order. */
	scenarios: string[];
	/** Categories that have at least one expected block, in catalog order. */
	groups: CoverageGroup[];
	/** Scenario by scenario, each in the block order of `groups`. */
	cells: CoverageCell[];
}

const stateOfReason: Record<PendingReason, CellState> = {
	pilot: 'pilot',
	planned: 'planned',
	discontinued: 'discontinued',
	'no-service': 'no-service',
	'switched-off': 'switched-off'
};

export function coverageMatrix(coverage: StateCoverage, catalog: Catalog): CoverageMatrix {
	const expectedAnywhere = new Set(coverage.scenarios.flatMap((s) => s.expected));
	const ordered = sortBlockIds(catalog, expectedAnywhere);
	const categoryOf = new Map(catalog.blocks.map((b) => [b.id, b.category]));
	const groups = catalog.categories
		.map((c) => ({ category: c.id, blocks: ordered.filter((id) => categoryOf.get(id) === c.id) }))
		.filter((g) => g.blocks.length > 0);
	const blocks = groups.flatMap((g) => g.blocks);
	const cells = coverage.scenarios.flatMap((s) => {
		const covered = new Set(s.covered);
		const partial = new Set(s.partial);
		const pending = new Map(s.pending.map((p) => [p.block, p.reason]));
		return blocks.map((block): CoverageCell => {
			const reason = pending.get(block);
			const state: CellState = partial.has(block)
				? 'partial'
				: covered.has(block)
					? 'covered'
					: reason
						? stateOfReason[reason]
						: 'not-expected';
			return { scenario: s.scenario, block, state };
		});
	});
	return { scenarios: coverage.scenarios.map((s) => s.scenario), groups, cells };
}

/** How many cells are in each state (every state present, 0 when unused). */
export function countCellStates(cells: CoverageCell[]): Record<CellState, number> {
	const counts = Object.fromEntries(cellStates.map((s) => [s, 0])) as Record<CellState, number>;
	for (const cell of cells) counts[cell.state]++;
	return counts;
}

export interface PendingBlock {
	block: string;
	reason: Exclude<PendingReason, 'available'>;
	/** The scenarios that expect the block from the state, in catalog order. */
	scenarios: string[];
}

/**
 * The blocks some scenario expects from the state but no available service covers, once each
 * (why a block is pending depends on the state's services, not on the scenario).
 */
export function pendingBlocks(coverage: StateCoverage, catalog: Catalog): PendingBlock[] {
	const byBlock = new Map<string, PendingBlock>();
	for (const s of coverage.scenarios)
		for (const { block, reason } of s.pending) {
			const entry = byBlock.get(block);
			if (entry) entry.scenarios.push(s.scenario);
			else
				byBlock.set(block, {
					block,
					reason: reason as PendingBlock['reason'],
					scenarios: [s.scenario]
				});
		}
	return sortBlockIds(catalog, byBlock.keys()).map((id) => byBlock.get(id)!);
}
