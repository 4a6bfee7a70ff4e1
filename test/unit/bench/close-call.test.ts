/**
 * Which pages `npm run bench:pages` measures more often before judging them: those whose median
 * lies near a goal.
 */
import { describe, expect, it } from 'vitest';
import { isCloseCall } from '../../../scripts/bench/close-call';

describe('close call', () => {
	it('is a TBT within a quarter of 200 ms, on either side', () => {
		expect(isCloseCall({ tbt: 151, lcpRatio: 1 })).toBe(true);
		expect(isCloseCall({ tbt: 249, lcpRatio: 1 })).toBe(true);
		expect(isCloseCall({ tbt: 150, lcpRatio: 1 })).toBe(false);
		expect(isCloseCall({ tbt: 250, lcpRatio: 1 })).toBe(false);
		expect(isCloseCall({ tbt: 40, lcpRatio: 1 })).toBe(false);
	});

	it('is an LCP ratio within a tenth of 1.5×', () => {
		expect(isCloseCall({ tbt: 0, lcpRatio: 1.4 })).toBe(true);
		expect(isCloseCall({ tbt: 0, lcpRatio: 1.64 })).toBe(true);
		expect(isCloseCall({ tbt: 0, lcpRatio: 1.3 })).toBe(false);
		expect(isCloseCall({ tbt: 0, lcpRatio: 2 })).toBe(false);
	});
});
