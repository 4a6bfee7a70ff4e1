/**
 * Every way in, fed with generated hostile and broken input: no exception escapes, every
 * rejection carries a short German and English message, and whatever is accepted is
 * schema-valid. FUZZ_RUNS sets the cases per way in (test/unit/helpers/fuzz-runs.ts: 1,000 by
 * default, 10,000 in CI). A twentieth of them are large: values,
 * keys, lists and nesting up to and past the size limit; the bounded cases of the security
 * review (decompression bomb, huge key, deep nesting, 20,000 files) run every time. The command
 * line has its own file (fuzz-cli.test.ts), so that both halves run side by side.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import type { AggregationReply } from '../../../src/lib/aggregation/protocol';
import { aggregationSession } from '../../../src/lib/aggregation/worker-session';
import { readConfigurationText } from '../../../src/lib/domain';
import { readShareFragment, shareFragment } from '../../../src/lib/exchange/share-link';
import { parseRecord } from '../../../src/lib/storage/configuration-store';
import { toSavedDraft } from '../../../src/lib/wizard/saved-draft';
import { emptyDraft } from '../../../src/lib/wizard/draft';
import { configurationArbitrary } from '../helpers/arbitraries';
import { realCatalog } from '../helpers/catalog';
import { fuzzRuns } from '../helpers/fuzz-runs';
import { expectWellBehaved, hostileDocuments, hostileValue } from '../helpers/hostile-documents';
import { compressRun } from '../helpers/link-bomb';

const catalog = realCatalog();
const CASES = fuzzRuns();
/** Generous, so that a busy machine makes the fuzz tests slower, not red (idle: 0.2–1 ms a case). */
const timeout = 30_000 + CASES * 15;
const LARGE = Math.max(20, Math.round(CASES / 20));

const { largeDocument, documentText } = hostileDocuments(catalog);

describe(
	'fuzzing every way in',
	() => {
		it(`file import and drag-and-drop (readConfigurationText): ${CASES} cases`, () => {
			fc.assert(
				fc.property(documentText, (text) =>
					expectWellBehaved(readConfigurationText(text, catalog, 'fuzz.json'))
				),
				{ numRuns: CASES }
			);
		});

		it(`large documents through file, link and storage: ${LARGE} cases, each refused or read within 1.5 s`, () => {
			fc.assert(
				fc.property(largeDocument, (text) => {
					const start = performance.now();
					expectWellBehaved(readConfigurationText(text, catalog, 'gross.json'));
					expectWellBehaved(
						readShareFragment(
							`#konfiguration=${LZString.compressToEncodedURIComponent(text)}`,
							catalog
						)
					);
					const stored = parseRecord('x', text, catalog);
					expect(stored.kind).toBe('broken');
					expect(performance.now() - start).toBeLessThan(1500);
				}),
				{ numRuns: LARGE }
			);
		});

		it(`share links, truncated and tampered: ${CASES} cases`, () => {
			const fragment = fc.oneof(
				configurationArbitrary(catalog).map((c) => `#${shareFragment(c)}`),
				fc
					.tuple(configurationArbitrary(catalog), fc.nat(), fc.string({ maxLength: 3 }))
					.map(([c, cut, junk]) => {
						const f = shareFragment(c);
						const at = cut % f.length;
						return `#${f.slice(0, at)}${junk}${f.slice(at + 1)}`;
					}),
				fc.string({ maxLength: 300 }).map((s) => `#konfiguration=${s}`),
				fc.string({ maxLength: 50 })
			);
			fc.assert(
				fc.property(fragment, (hash) => expectWellBehaved(readShareFragment(hash, catalog))),
				{ numRuns: CASES }
			);
		});

		it(`the browser storage restore (parseRecord): ${CASES} cases`, () => {
			const valid = toSavedDraft(emptyDraft(), 'schulen', catalog);
			const stored = fc.oneof(
				fc.string({ maxLength: 200 }),
				fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
				fc
					.tuple(
						fc.constantFrom('step', 'draft', 'formatVersion', 'catalogVersion', 'savedAt'),
						hostileValue
					)
					.map(([k, v]) => JSON.stringify({ ...valid, [k]: v })),
				fc
					.tuple(fc.constantFrom('name', 'createdAt', 'saved', 'extra'), hostileValue)
					.map(([k, v]) =>
						JSON.stringify({ name: 'A', createdAt: valid.savedAt, saved: valid, [k]: v })
					),
				largeDocument
			);
			fc.assert(
				fc.property(stored, (text) => {
					const result = parseRecord('x', text, catalog);
					expect(result.text).toBe(text);
					if (result.kind === 'broken') {
						expect(result.message.de.length * result.message.en.length).toBeGreaterThan(0);
						expect(result.message.de.length).toBeLessThan(1000);
					} else expect(parseRecord('x', JSON.stringify(result.record), catalog).kind).toBe('ok');
				}),
				{ numRuns: CASES }
			);
		});
	},
	timeout
);

describe('the large inputs of the security review, every way in', () => {
	const bomb = readFileSync(
		new URL('../../fixtures/documents/share-link-bomb.txt', import.meta.url),
		'utf8'
	).trim();
	const hugeKey = `{"formatVersion":1,"${'a'.repeat(4_900_000)}":1}`;
	const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

	it('a decompression bomb (31,877 characters, 109 million unpacked) is refused at once', () => {
		const start = performance.now();
		expectWellBehaved(readShareFragment(`#konfiguration=${bomb}`, catalog));
		expect(performance.now() - start).toBeLessThan(200);
	});

	it('a 4.9 MB key is refused by size in file, link and storage, before any parsing', () => {
		const start = performance.now();
		expectWellBehaved(readConfigurationText(hugeKey, catalog, 'key.json'));
		expect(parseRecord('x', hugeKey, catalog).kind).toBe('broken');
		expectWellBehaved(
			readShareFragment(
				`#konfiguration=${compressRun('{"formatVersion":1,"', 4_900_000, '":1}')}`,
				catalog
			)
		);
		expect(performance.now() - start).toBeLessThan(2000);
	});

	it('nesting 30,000 and 100,000 levels deep is refused without a stack overflow', () => {
		for (const text of [deep(30_000), deep(100_000)]) {
			expectWellBehaved(readConfigurationText(text, catalog, 'tief.json'));
			expect(parseRecord('x', text, catalog).kind).toBe('broken');
		}
	});

	it('20,000 broken files pass through the aggregation worker in seconds, each with its reason', () => {
		const replies: AggregationReply[] = [];
		const handle = aggregationSession((reply) => replies.push(reply));
		handle({ type: 'start', catalog });
		const start = performance.now();
		for (let chunk = 0; chunk < 80; chunk++)
			handle({
				type: 'texts',
				texts: Array.from({ length: 250 }, (_, i) => ({
					ok: true as const,
					name: `${chunk}/${i}.json`,
					text: i % 2 ? '{}' : `{"${'k'.repeat(500)}":1}`
				}))
			});
		handle({ type: 'end' });
		const ms = performance.now() - start;
		const result = replies.at(-1);
		expect(result?.type).toBe('result');
		if (result?.type !== 'result') return;
		console.log(`20,000 broken files aggregated in ${(ms / 1000).toFixed(1)} s`);
		expect(result.aggregate.total).toBe(20_000);
		expect(result.aggregate.invalid).toHaveLength(20_000);
		for (const file of result.aggregate.invalid) {
			expect(file.problems.length).toBeGreaterThan(0);
			expect(file.problems.length).toBeLessThanOrEqual(3);
			for (const p of file.problems) expect(p.message.de.length).toBeLessThan(400);
		}
	}, 60_000);
});

describe('round trips', () => {
	it('export then import gives back exactly the same configuration', () => {
		fc.assert(
			fc.property(configurationArbitrary(catalog), (config) => {
				expect(readConfigurationText(JSON.stringify(config, null, '\t'), catalog)).toEqual({
					ok: true,
					value: config,
					notices: []
				});
			}),
			{ numRuns: 1000 }
		);
	});

	it('link then open gives back exactly the same configuration', () => {
		fc.assert(
			fc.property(configurationArbitrary(catalog), (config) => {
				expect(readShareFragment(`#${shareFragment(config)}`, catalog)).toEqual({
					ok: true,
					value: config,
					notices: []
				});
			}),
			{ numRuns: 1000 }
		);
	});
});
