/**
 * Every way in, fed with generated hostile and broken input (`FUZZ_RUNS` cases each, 10,000 in CI):
 * no exception escapes, every rejection carries a German and English message, and whatever is
 * accepted is schema-valid.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/cli/main';
import { readConfigurationText, type ConfigurationInput } from '../../../src/lib/domain';
import { readShareFragment, shareFragment } from '../../../src/lib/exchange/share-link';
import { validateConfiguration, validateDraft } from '../../../src/lib/generated/validators';
import { parseStoredDraft } from '../../../src/lib/storage/draft-store';
import { toSavedDraft } from '../../../src/lib/wizard/saved-draft';
import { emptyDraft } from '../../../src/lib/wizard/draft';
import { configurationArbitrary } from '../helpers/arbitraries';
import { realCatalog } from '../helpers/catalog';
import { fuzzRuns } from '../helpers/fuzz-runs';

const catalog = realCatalog();
const CASES = fuzzRuns();
/** Generous, so that a busy machine makes the fuzz tests slower, not red (idle: 0.2–1 ms a case). */
const timeout = 30_000 + CASES * 15;

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

const documentText = fc.oneof(
	{ weight: 3, arbitrary: mutatedConfiguration },
	{ weight: 1, arbitrary: configurationArbitrary(catalog).map((c) => JSON.stringify(c)) },
	{ weight: 1, arbitrary: fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)) },
	{ weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
	{ weight: 1, arbitrary: mutatedConfiguration.map((t) => t.slice(0, Math.floor(t.length / 2))) }
);

function expectWellBehaved(result: ConfigurationInput) {
	if (result.ok) expect(validateConfiguration(result.value)).toBe(true);
	else {
		expect(result.problems.length).toBeGreaterThan(0);
		for (const p of result.problems)
			expect(p.message.de.length * p.message.en.length).toBeGreaterThan(0);
	}
}

describe('fuzzing every way in', { timeout }, () => {
	it(`file import and drag-and-drop (readConfigurationText): ${CASES} cases`, () => {
		fc.assert(
			fc.property(documentText, (text) =>
				expectWellBehaved(readConfigurationText(text, catalog, 'fuzz.json'))
			),
			{ numRuns: CASES }
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

	it(`the browser storage restore (parseStoredDraft): ${CASES} cases`, () => {
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
			fc.constant(null)
		);
		fc.assert(
			fc.property(stored, (text) => {
				const result = parseStoredDraft(text, catalog);
				if (result.kind === 'broken')
					expect(result.message.de.length * result.message.en.length).toBeGreaterThan(0);
				else if (result.kind === 'draft') expect(validateDraft(result.saved)).toBe(true);
				else expect(text).toBeNull();
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
		});
	});
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
