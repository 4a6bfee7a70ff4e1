/**
 * Every way in, fed with generated hostile and broken input: no exception escapes, every
 * rejection carries a short German and English message, and whatever is accepted is
 * schema-valid. FUZZ_RUNS sets the cases per way in (test/unit/helpers/fuzz-runs.ts: 1,000 by
 * default, 10,000 in CI). A twentieth of them are large: values,
 * keys, lists and nesting up to and past the size limit; the bounded cases of the security
 * review (decompression bomb, huge key, deep nesting, 20,000 files) run every time.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import LZString from 'lz-string';
import { afterAll, describe, expect, it } from 'vitest';
import type { AggregationReply } from '../../../src/lib/aggregation/protocol';
import { aggregationSession } from '../../../src/lib/aggregation/worker-session';
import { main } from '../../../scripts/cli/main';
import { readConfigurationText, type ConfigurationInput } from '../../../src/lib/domain';
import { readShareFragment, shareFragment } from '../../../src/lib/exchange/share-link';
import { validateConfiguration } from '../../../src/lib/generated/document-validators';
import { parseRecord } from '../../../src/lib/storage/configuration-store';
import { toSavedDraft } from '../../../src/lib/wizard/saved-draft';
import { emptyDraft } from '../../../src/lib/wizard/draft';
import { configurationArbitrary } from '../helpers/arbitraries';
import { realCatalog } from '../helpers/catalog';
import { fuzzRuns } from '../helpers/fuzz-runs';
import { compressRun } from '../helpers/link-bomb';

const catalog = realCatalog();
const CASES = fuzzRuns();
/** Generous, so that a busy machine makes the fuzz tests slower, not red (idle: 0.2–1 ms a case). */
const timeout = 30_000 + CASES * 15;
const LARGE = Math.max(20, Math.round(CASES / 20));

/** Hostile values: prototype keys, markup, huge numbers, deep nesting, odd strings. */
const hostileValue = fc.oneof(
	fc.jsonValue({ maxDepth: 4 }),
	fc.constantFrom(
		'__proto__',
		'constructor',
		'prototype',
		'<script>alert(1)</script>',
		'"><img src=x onerror=alert(1)>',
		'\u0000',
		'💥',
		''
	),
	fc.constantFrom(Number.MAX_SAFE_INTEGER, -0, 1e308, -1),
	fc.dictionary(
		fc.constantFrom('__proto__', 'constructor', 'toString', 'wiki'),
		fc.jsonValue({ maxDepth: 2 })
	)
);

/** A valid configuration with one place replaced by something hostile, or removed. */
const mutatedConfiguration = fc
	.tuple(
		configurationArbitrary(catalog),
		fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 3 }),
		hostileValue,
		fc.boolean()
	)
	.map(([config, path, value, remove]) => {
		const doc = JSON.parse(JSON.stringify(config)) as Record<string, unknown>;
		const keys = [
			'formatVersion',
			'profile',
			'scenario',
			'phase',
			'customizations',
			'inventory',
			'solutions',
			path[0]!
		];
		let target: Record<string, unknown> = doc;
		const key = keys[path[0]!.length % keys.length]!;
		if (path.length > 1 && typeof target[key] === 'object' && target[key] !== null)
			target = target[key] as Record<string, unknown>;
		const last = path.length > 1 ? path[1]! : key;
		if (remove) delete target[last];
		else target[last] = value;
		return JSON.stringify(doc);
	});

/** A valid configuration with one place made huge: a long value, a long key, a long list, deep nesting. */
const largeDocument = fc
	.tuple(
		configurationArbitrary(catalog),
		fc.constantFrom('value', 'key', 'list', 'deep', 'wide'),
		fc.integer({ min: 1000, max: 80_000 })
	)
	.map(([config, kind, n]) => {
		const doc = JSON.parse(JSON.stringify(config)) as Record<string, unknown>;
		if (kind === 'value') doc.profile = { ...(doc.profile as object), name: 'ä'.repeat(n) };
		else if (kind === 'key') doc[`k${'y'.repeat(n)}`] = 1;
		else if (kind === 'list')
			doc.solutions = Array.from({ length: Math.floor(n / 8) }, (_, i) => `s-${i}`);
		else if (kind === 'wide')
			doc.inventory = Object.fromEntries(
				Array.from({ length: Math.floor(n / 20) }, (_, i) => [`b-${i}`, 'existing'])
			);
		else
			return JSON.stringify({ ...doc, inventory: 0 }).replace(
				'"inventory":0',
				`"inventory":${'['.repeat(Math.floor(n / 4))}${']'.repeat(Math.floor(n / 4))}`
			);
		return JSON.stringify(doc);
	});

const documentText = fc.oneof(
	{ weight: 3, arbitrary: mutatedConfiguration },
	{ weight: 1, arbitrary: configurationArbitrary(catalog).map((c) => JSON.stringify(c)) },
	{ weight: 1, arbitrary: fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)) },
	{ weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
	{ weight: 1, arbitrary: mutatedConfiguration.map((t) => t.slice(0, Math.floor(t.length / 2))) },
	{ weight: 1, arbitrary: largeDocument }
);

function expectWellBehaved(result: ConfigurationInput) {
	if (result.ok) expect(validateConfiguration(result.value)).toBe(true);
	else {
		expect(result.problems.length).toBeGreaterThan(0);
		expect(result.problems.length).toBeLessThanOrEqual(40);
		for (const p of result.problems) {
			expect(p.message.de.length * p.message.en.length).toBeGreaterThan(0);
			// No message repeats the input at length (keys and values are cut to 40 characters).
			expect(p.message.de.length).toBeLessThan(1000);
			expect(p.pointer.length).toBeLessThan(400);
		}
	}
}

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
