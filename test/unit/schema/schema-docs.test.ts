/**
 * Every property of every catalog schema has a title and a description, so an editor explains
 * the catalog to whoever edits it (the same rule stops `npm run gen:types`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { undocumentedProperties } from '../../../scripts/schema-docs.js';

const read = (url: URL) => JSON.parse(readFileSync(fileURLToPath(url), 'utf8'));
const schemaDir = new URL('../../../catalog/schema/', import.meta.url);
const schemas = readdirSync(fileURLToPath(schemaDir)).filter((f) => f.endsWith('.schema.json'));

describe('the catalog schemas', () => {
	it('are all read', () => {
		expect(schemas.length).toBeGreaterThanOrEqual(16);
	});

	it.each(schemas)('%s gives every property a title and a description', (file) => {
		expect(undocumentedProperties(read(new URL(file, schemaDir)))).toEqual([]);
	});
});

describe('the documentation rule', () => {
	it('names every property without a title or a description, nested ones and $defs included', () => {
		const fixture = read(
			new URL('../../fixtures/schema/undocumented.schema.json', import.meta.url)
		);
		expect(undocumentedProperties(fixture)).toEqual([
			'/properties/noTitle: title',
			'/properties/blankDescription: description',
			'/properties/nested/properties/inner: title',
			'/properties/nested/properties/inner: description',
			'/properties/list/items/properties/id: description',
			'/$defs/entry/properties/a~1b: description'
		]);
	});

	it('leaves out conditions, which only refine properties declared elsewhere', () => {
		const fixture = read(
			new URL('../../fixtures/schema/undocumented.schema.json', import.meta.url)
		);
		expect(undocumentedProperties(fixture).filter((p) => /^\/(if|then)/.test(p))).toEqual([]);
		expect(undocumentedProperties({ if: { properties: { x: {} } } })).toEqual([]);
	});
});
