import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregateFiles } from '../../../src/lib/aggregation/aggregate-files';
import { CHUNK_SIZE, chunkFiles } from '../../../src/lib/aggregation/chunks';
import { MAX_FILE_BYTES } from '../../../src/lib/aggregation/read-documents';
import { aggregate } from '../../../src/lib/domain';
import { realCatalog } from '../helpers/catalog';
import { configuration, profile } from '../helpers/factories';

const catalog = realCatalog();
const fixture = (name: string) =>
	readFileSync(new URL(`../../fixtures/documents/${name}`, import.meta.url), 'utf8');
const named = (name: string, text: string, size?: number) => {
	const bytes = new TextEncoder().encode(text);
	return {
		name,
		file: { name, size: size ?? bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer }
	};
};

describe('aggregateFiles', () => {
	const luebeck = fixture('configuration-luebeck.json');
	const small = fixture('configuration-small-municipality.json');
	const basis = JSON.stringify(
		configuration({
			profile: profile({ state: 'by', schoolCount: 12 }),
			scenario: 'schultraegerloesung-basis'
		})
	);
	const files = [
		named('a/luebeck.json', luebeck),
		named('a/kaputt.json', fixture('invalid-json.json')),
		named('b/amt.json', small),
		named('b/riesig.json', '{}', MAX_FILE_BYTES + 1),
		named('b/fremd.json', fixture('configuration-unknown-scenario.json')),
		named('c/basis.json', basis)
	];

	it('counts exactly what aggregate() counts for the readable files', async () => {
		const result = await aggregateFiles(files, catalog);
		const expected = aggregate(
			[
				{ name: 'a/luebeck.json', data: JSON.parse(luebeck) },
				{ name: 'b/amt.json', data: JSON.parse(small) },
				{ name: 'b/fremd.json', data: JSON.parse(fixture('configuration-unknown-scenario.json')) },
				{ name: 'c/basis.json', data: JSON.parse(basis) }
			],
			catalog
		);
		expect(result.valid).toBe(3);
		expect(result.scenarios).toEqual(expected.scenarios);
		expect(result.phases).toEqual(expected.phases);
		expect(result.states).toEqual(expected.states);
		expect(result.blocks).toEqual(expected.blocks);
		expect(result.topGaps).toEqual(expected.topGaps);
	});

	it('lists unreadable, broken and invalid files in file order and counts every file in the total', async () => {
		const result = await aggregateFiles(files, catalog);
		expect(result.total).toBe(6);
		expect(result.invalid.map((i) => i.name)).toEqual([
			'a/kaputt.json',
			'b/riesig.json',
			'b/fremd.json'
		]);
		expect(result.invalid[0]!.problems[0]!.message.en).toMatch(/^Not valid JSON/);
		expect(result.invalid[1]!.problems[0]!.message.de).toContain('größer als 64 KB');
		expect(result.invalid[2]!.problems[0]!.pointer).toBe('/scenario');
	});

	it('reports progress until every file is read', async () => {
		const progress: number[] = [];
		await aggregateFiles(files, catalog, (done) => progress.push(done));
		expect(progress.at(-1)).toBe(6);
	});

	it('stops between chunks when cancelled', async () => {
		const many = Array.from({ length: CHUNK_SIZE * 3 }, (_, i) => named(`${i}.json`, basis));
		const controller = new AbortController();
		const progress: number[] = [];
		const run = aggregateFiles(
			many,
			catalog,
			(done) => {
				progress.push(done);
				controller.abort();
			},
			controller.signal
		);
		await expect(run).rejects.toMatchObject({ name: 'AbortError' });
		expect(progress).toEqual([CHUNK_SIZE]);
	});
});

describe('chunkFiles', () => {
	it('cuts by count, never asking a file for its size', () => {
		const files = Array.from({ length: 600 }, (_, i) => i);
		expect(chunkFiles(files).map((c) => c.length)).toEqual([250, 250, 100]);
		expect(chunkFiles(files).flat()).toEqual(files);
		expect(chunkFiles([])).toEqual([]);
	});
});
