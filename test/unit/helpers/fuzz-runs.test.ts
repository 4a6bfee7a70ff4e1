import { describe, expect, it } from 'vitest';
import { fuzzRuns } from './fuzz-runs';

describe('FUZZ_RUNS', () => {
	it('is 1,000 when not set, so that a local run stays quick', () => {
		expect(fuzzRuns({})).toBe(1_000);
		expect(fuzzRuns({ FUZZ_RUNS: '' })).toBe(1_000);
	});

	it('takes the count CI sets', () => {
		expect(fuzzRuns({ FUZZ_RUNS: '10000' })).toBe(10_000);
	});

	it('refuses a value that is not a whole number of at least 1, rather than fuzzing less', () => {
		for (const value of ['0', '-5', '10k', 'abc', '2.5', ' '])
			expect(() => fuzzRuns({ FUZZ_RUNS: value }), value).toThrow(/FUZZ_RUNS/);
	});
});
