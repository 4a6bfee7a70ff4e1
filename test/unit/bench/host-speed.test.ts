/**
 * The line `npm run bench:pages` prints on the machine's speed: the range of the BenchmarkIndex
 * readings, Lighthouse's warning when some lay below 1,000, and the pages measured below the
 * bracket its 4× CPU slowdown is meant for (1,500–2,000).
 */
import { describe, expect, it } from 'vitest';
import { FOUR_X_HOST_INDEX, hostSummary, SLOW_HOST_INDEX } from '../../../scripts/bench/host-speed';

describe('host summary', () => {
	it('gives the range of the readings on a high-end machine, without a warning', () => {
		const line = hostSummary([1550, 2010, 3100]);
		expect(line).toContain('BenchmarkIndex 1.550–3.100');
		expect(line).not.toContain('slower than Lighthouse expects');
		expect(line).not.toContain('instead of 4×');
	});

	it('counts the pages measured below the bracket of Lighthouse’s 4×, where it suggests 2×', () => {
		const line = hostSummary([1450, 2010, 1200, FOUR_X_HOST_INDEX]);
		expect(line).toContain('BenchmarkIndex 1.200–2.010');
		expect(line).not.toContain('slower than Lighthouse expects');
		expect(line).toContain('2 von/of 4 Seiten/pages unter/below 1.500');
		expect(line).toContain('instead of 4×');
	});

	it('counts the pages measured while the machine was below Lighthouse’s threshold', () => {
		const line = hostSummary([SLOW_HOST_INDEX - 1, 1500, 650]);
		expect(line).toContain('BenchmarkIndex 650–1.500');
		expect(line).toContain('2 von/of 3 Seiten/pages');
		expect(line).toContain('slower than Lighthouse expects');
	});

	it('takes a reading of exactly 1,000 as desktop-class, as Lighthouse does', () => {
		expect(hostSummary([SLOW_HOST_INDEX])).not.toContain('slower');
	});
});
