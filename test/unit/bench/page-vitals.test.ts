/**
 * Total Blocking Time as `npm run bench:pages` counts it: each long task's time beyond 50 ms,
 * from first contentful paint on.
 */
import { describe, expect, it } from 'vitest';
import { totalBlockingTime } from '../../../scripts/bench/page-vitals';

describe('total blocking time', () => {
	it('adds what each long task after FCP takes beyond 50 ms', () => {
		expect(
			totalBlockingTime(1000, [
				[1100, 80],
				[1500, 250]
			])
		).toBe(30 + 200);
	});

	it('ignores tasks that ended before FCP and counts a task that spans FCP from FCP on', () => {
		expect(totalBlockingTime(1000, [[200, 600]])).toBe(0);
		expect(totalBlockingTime(1000, [[900, 300]])).toBe(200 - 50);
		expect(totalBlockingTime(1000, [[960, 80]])).toBe(0);
	});

	it('is zero without long tasks', () => {
		expect(totalBlockingTime(500, [])).toBe(0);
	});
});
