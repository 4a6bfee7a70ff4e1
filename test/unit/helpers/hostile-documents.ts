/**
 * Generated hostile and broken configuration documents for the fuzz tests (fuzz.test.ts,
 * fuzz-cli.test.ts), and what every way in must do with them.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Catalog, ConfigurationInput } from '../../../src/lib/domain';
import { validateConfiguration } from '../../../src/lib/generated/document-validators';
import { configurationArbitrary } from './arbitraries';

/** Hostile values: prototype keys, markup, huge numbers, deep nesting, odd strings. */
export const hostileValue = fc.oneof(
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

export function hostileDocuments(catalog: Catalog) {
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
			// A list's `length` can be neither deleted nor set to a non-number: the generator would
			// throw (fast-check likes to pick 'length' as a key), not the code under test. Such a
			// mutation lands on the document itself.
			if (Array.isArray(target) && last === 'length') target = doc;
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
	return { mutatedConfiguration, largeDocument, documentText };
}

/** Accepted: schema-valid. Refused: a few short messages in German and English. */
export function expectWellBehaved(result: ConfigurationInput) {
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
