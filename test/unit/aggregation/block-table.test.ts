import { describe, expect, it } from 'vitest';
import { nextDirection, sortBlockAggregates } from '../../../src/lib/aggregation/block-table';
import type { BlockAggregate } from '../../../src/lib/domain';

const row = (
	block: string,
	carriers: number,
	gap: number,
	statePending: number
): BlockAggregate => ({
	block,
	carriers,
	gap,
	statePending,
	share: 0
});
const blocks = [row('a', 5, 1, 0), row('b', 9, 0, 3), row('c', 2, 2, 0), row('d', 9, 1, 0)];
const ids = (rows: BlockAggregate[]) => rows.map((r) => r.block);

describe('sortBlockAggregates', () => {
	it('sorts by a count, ties in catalog order', () => {
		expect(ids(sortBlockAggregates(blocks, 'open', 'descending'))).toEqual(['b', 'c', 'a', 'd']);
		expect(ids(sortBlockAggregates(blocks, 'carriers', 'descending'))).toEqual([
			'b',
			'd',
			'a',
			'c'
		]);
		expect(ids(sortBlockAggregates(blocks, 'gap', 'ascending'))).toEqual(['b', 'a', 'd', 'c']);
		expect(ids(sortBlockAggregates(blocks, 'statePending', 'descending'))).toEqual([
			'b',
			'a',
			'c',
			'd'
		]);
	});

	it('restores and reverses catalog order, without touching the input', () => {
		expect(ids(sortBlockAggregates(blocks, 'catalog', 'ascending'))).toEqual(['a', 'b', 'c', 'd']);
		expect(ids(sortBlockAggregates(blocks, 'catalog', 'descending'))).toEqual(['d', 'c', 'b', 'a']);
		expect(ids(blocks)).toEqual(['a', 'b', 'c', 'd']);
	});
});

describe('nextDirection', () => {
	it('starts counts descending and the block column ascending, and flips on a second click', () => {
		const current = { key: 'open' as const, direction: 'descending' as const };
		expect(nextDirection(current, 'gap')).toBe('descending');
		expect(nextDirection(current, 'catalog')).toBe('ascending');
		expect(nextDirection(current, 'open')).toBe('ascending');
	});
});
