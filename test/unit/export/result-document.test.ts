/**
 * The Word document read back: mammoth turns it into HTML (headings, tables, image), and the
 * raw word/document.xml is checked for tables; every measure of the plan is in it.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/lib/domain';
import { resultDocx } from '../../../src/lib/export/docx/result-document';
import { encodePng } from '../../../src/lib/export/png';
import { timelinePng } from '../../../src/lib/export/timeline-image';
import type { Configuration } from '../../../src/lib/schema/types';
import { realCatalog } from '../helpers/catalog';

const fixture = (name: string): Configuration =>
	JSON.parse(
		readFileSync(new URL(`../../fixtures/documents/${name}.json`, import.meta.url), 'utf8')
	);

describe('the result as DOCX', () => {
	const catalog = realCatalog();

	it.each(['configuration-luebeck', 'configuration-small-municipality'])(
		'has every heading, the tables, the timeline image and every measure (%s)',
		async (name) => {
			const config = fixture(name);
			const bytes = await resultDocx({ config, catalog, lang: 'de' });
			const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
			for (const title of [
				'1. Profil',
				'2. Empfehlung',
				'3. Lückenanalyse',
				'4. Lösungsvergleich',
				'5. Maßnahmenplan',
				'6. Quellen'
			])
				expect(html).toContain(`<h1>${title}</h1>`);
			for (const title of ['5.1 Personal', '5.2 Kosten', '5.3 Förderung'])
				expect(html).toContain(`<h2>${title}</h2>`);
			expect(html).toMatch(/<img [^>]*src="data:image\/png;base64,/);
			// profile, gaps, comparison (one solution: a coverage table), plan, funding
			expect(html.match(/<table>/g)?.length).toBeGreaterThanOrEqual(5);
			const measures = plan(config, catalog).measures;
			for (const m of measures) expect(html).toContain(m.what.de.replace(/&/g, '&amp;'));
			expect(html).toContain('Magdeburg');
			expect(html).toContain('[1]');
		}
	);

	it('writes English when asked', async () => {
		const bytes = await resultDocx({
			config: fixture('configuration-luebeck'),
			catalog,
			lang: 'en'
		});
		const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
		expect(text).toContain('5. Plan of measures');
		expect(text).toContain('Estimated need');
	});
});

describe('the timeline PNG', () => {
	it('is a valid PNG whose pixel data has one filter byte and three bytes per pixel a row', async () => {
		const catalog = realCatalog();
		const result = plan(fixture('configuration-luebeck'), catalog, {
			today: new Date('2026-11-30')
		});
		const { png, width, height } = await timelinePng(result);
		expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
		const view = new DataView(png.buffer, png.byteOffset);
		expect([view.getUint32(16), view.getUint32(20)]).toEqual([width, height]);
		const idatLength = view.getUint32(33);
		const raw = inflateSync(png.subarray(41, 41 + idatLength));
		expect(raw.length).toBe((width * 3 + 1) * height);
		// the first bar (row 1) is drawn in the bar colour somewhere in its row
		expect(raw.includes(Buffer.from([43, 87, 151]))).toBe(true);
	});

	it('encodes a tiny image exactly', async () => {
		const png = await encodePng({ width: 1, height: 1, pixels: new Uint8Array([255, 0, 0]) });
		const raw = inflateSync(png.subarray(41, 41 + new DataView(png.buffer).getUint32(33)));
		expect([...raw]).toEqual([0, 255, 0, 0]);
	});
});
