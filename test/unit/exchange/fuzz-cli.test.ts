/**
 * The command line fed with generated hostile and broken documents (see fuzz.test.ts): exit code
 * 0 or 2, never an exception, a message for every rejection. In a file of its own so that the
 * two halves of the fuzzing run side by side.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/cli/main';
import { realCatalog } from '../helpers/catalog';
import { fuzzRuns } from '../helpers/fuzz-runs';
import { hostileDocuments } from '../helpers/hostile-documents';

const catalog = realCatalog();
const CASES = fuzzRuns();
const LARGE = Math.max(20, Math.round(CASES / 20));
const { documentText, largeDocument } = hostileDocuments(catalog);

describe('the command line', () => {
	const dir = mkdtempSync(join(tmpdir(), 'baukasten-fuzz-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it(`baukasten gaps FILE: ${CASES} cases, exit code 0 or 2, a message for every rejection`, async () => {
		const file = join(dir, 'input.json');
		await fc.assert(
			fc.asyncProperty(documentText, async (text) => {
				writeFileSync(file, text);
				const out: string[] = [];
				const err: string[] = [];
				const code = await main(['gaps', file], {
					out: (s) => out.push(s),
					err: (s) => err.push(s)
				});
				expect([0, 2]).toContain(code);
				if (code === 2) {
					expect(out).toEqual([]);
					expect(err.join('').length).toBeGreaterThan(0);
				} else expect(JSON.parse(out.join('')).rows.length).toBeGreaterThan(0);
			}),
			{ numRuns: CASES }
		);
	}, 180_000);

	it('baukasten aggregate over hostile folders: exit code 0, every bad file named with a reason', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.oneof(documentText, largeDocument), { minLength: 1, maxLength: 6 }),
				async (texts) => {
					const folder = mkdtempSync(join(dir, 'agg-'));
					texts.forEach((text, i) => writeFileSync(join(folder, `${i}.json`), text));
					const out: string[] = [];
					const err: string[] = [];
					const code = await main(['aggregate', folder], {
						out: (s) => out.push(s),
						err: (s) => err.push(s)
					});
					expect(code).toBe(0);
					const result = JSON.parse(out.join(''));
					expect(result.total).toBe(texts.length);
					expect(err).toHaveLength(result.invalid.length);
					rmSync(folder, { recursive: true });
				}
			),
			{ numRuns: LARGE }
		);
	}, 180_000);
});
