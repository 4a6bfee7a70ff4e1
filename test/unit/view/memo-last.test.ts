import { describe, expect, it, vi } from 'vitest';
import { memoLast } from '../../../src/lib/view/memo-last';

describe('memoLast', () => {
	it('works out a result once for the same arguments, again for others', () => {
		const layout = vi.fn((items: object, width: number) => ({ items, width }));
		const remembered = memoLast(layout);
		const items = {};
		const first = remembered(items, 320);
		expect(remembered(items, 320)).toBe(first);
		expect(layout).toHaveBeenCalledTimes(1);
		expect(remembered(items, 640)).not.toBe(first);
		expect(remembered({}, 640)).toEqual({ items: {}, width: 640 });
		expect(layout).toHaveBeenCalledTimes(3);
	});

	it('tells arguments apart by identity, not by content', () => {
		const count = vi.fn((list: number[]) => list.length);
		const remembered = memoLast(count);
		remembered([1, 2]);
		remembered([1, 2]);
		expect(count).toHaveBeenCalledTimes(2);
	});
});
