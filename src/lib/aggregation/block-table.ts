/**
 * Sorting the aggregate's per-block table. Counts sort descending first (the largest problems
 * on top); ties keep catalog order, so the table never reshuffles rows with equal counts.
 */
import type { BlockAggregate } from '../domain/aggregate';

export const blockSortKeys = ['catalog', 'carriers', 'gap', 'statePending', 'open'] as const;
export type BlockSortKey = (typeof blockSortKeys)[number];
export type SortDirection = 'ascending' | 'descending';

/** Carriers with a gap or a pending state block. */
export const openCount = (b: BlockAggregate) => b.gap + b.statePending;

const value: Record<Exclude<BlockSortKey, 'catalog'>, (b: BlockAggregate) => number> = {
	carriers: (b) => b.carriers,
	gap: (b) => b.gap,
	statePending: (b) => b.statePending,
	open: openCount
};

/** `blocks` are in catalog order (as `aggregate` returns them); the result is a new array. */
export function sortBlockAggregates(
	blocks: BlockAggregate[],
	key: BlockSortKey,
	direction: SortDirection
): BlockAggregate[] {
	const rows = blocks.map((block, position) => ({ block, position }));
	const sign = direction === 'ascending' ? 1 : -1;
	rows.sort((a, b) => {
		const byValue = key === 'catalog' ? 0 : sign * (value[key](a.block) - value[key](b.block));
		const byPosition = a.position - b.position;
		return byValue || (key === 'catalog' ? sign * byPosition : byPosition);
	});
	return rows.map((r) => r.block);
}

/** The direction a click on a column header chooses: counts start descending. */
export function nextDirection(
	current: { key: BlockSortKey; direction: SortDirection },
	key: BlockSortKey
): SortDirection {
	if (current.key === key) return current.direction === 'ascending' ? 'descending' : 'ascending';
	return key === 'catalog' ? 'ascending' : 'descending';
}
