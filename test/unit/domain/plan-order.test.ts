import { describe, expect, it } from 'vitest';
import { findCycle, topologicalOrder } from '../../../src/lib/domain';

describe('topologicalOrder', () => {
	it('puts every node after the nodes it depends on and keeps the given order otherwise', () => {
		expect(
			topologicalOrder(
				['d', 'c', 'b', 'a'],
				[
					['a', 'b'],
					['b', 'c']
				]
			)
		).toEqual(['d', 'a', 'b', 'c']);
	});

	it('lets the lowest rank go first among the nodes that are free', () => {
		const rank = new Map([
			['x', 3],
			['y', 1],
			['z', 2]
		]);
		expect(topologicalOrder(['x', 'y', 'z'], [], rank)).toEqual(['y', 'z', 'x']);
		expect(topologicalOrder(['x', 'y', 'z'], [['x', 'y']], rank)).toEqual(['z', 'x', 'y']);
	});

	it('ignores edges to nodes outside the list and answers undefined for a cycle', () => {
		expect(topologicalOrder(['a'], [['a', 'missing']])).toEqual(['a']);
		expect(
			topologicalOrder(
				['a', 'b'],
				[
					['a', 'b'],
					['b', 'a']
				]
			)
		).toBeUndefined();
	});
});

describe('findCycle', () => {
	it('returns the path of a cycle that comes back to its start', () => {
		expect(
			findCycle([
				['a', 'b'],
				['b', 'c'],
				['c', 'a'],
				['x', 'y']
			])
		).toEqual(['a', 'b', 'c', 'a']);
	});

	it('finds none in a graph without one', () => {
		expect(
			findCycle([
				['a', 'b'],
				['a', 'c'],
				['b', 'c']
			])
		).toBeUndefined();
	});
});
