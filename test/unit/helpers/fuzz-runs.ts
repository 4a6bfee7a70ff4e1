/**
 * How many generated inputs each fuzz test sends through its way in: `FUZZ_RUNS` from the
 * environment (CI: 10,000, see `.ci/run`), else 1,000, so that a local run stays quick.
 */
const DEFAULT_RUNS = 1_000;

export function fuzzRuns(env: Record<string, string | undefined> = process.env): number {
	const value = env.FUZZ_RUNS;
	if (value === undefined || value === '') return DEFAULT_RUNS;
	const runs = Number(value);
	if (!Number.isSafeInteger(runs) || runs < 1)
		throw new Error(`FUZZ_RUNS must be a whole number of at least 1, not "${value}".`);
	return runs;
}
