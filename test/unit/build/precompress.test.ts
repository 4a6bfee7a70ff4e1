/** The build's precompressed copies: both encodings of every text asset, readable, nothing else. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brotliQuality, precompress } from '../../../scripts/precompress.js';

const page = '<!doctype html><p>Schulträger</p>'.repeat(200);
const script = 'export const baustein = "dateiablage";\n'.repeat(200);

function site() {
	const dir = mkdtempSync(join(tmpdir(), 'baukasten-precompress-'));
	mkdirSync(join(dir, '_app/immutable/chunks'), { recursive: true });
	mkdirSync(join(dir, 'bausteine'));
	writeFileSync(join(dir, 'index.html'), page);
	writeFileSync(join(dir, 'bausteine/dateiablage.html'), page);
	writeFileSync(join(dir, '_app/immutable/chunks/a.js'), script);
	writeFileSync(join(dir, 'favicon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
	return dir;
}

describe('precompress', () => {
	it('writes a .br and a .gz beside every page and script, each unpacking to the file', async () => {
		const dir = site();
		const done = await precompress(dir);
		expect(done.sort()).toEqual([
			'_app/immutable/chunks/a.js',
			'bausteine/dateiablage.html',
			'index.html'
		]);
		for (const path of done) {
			const original = readFileSync(join(dir, path));
			expect(zlib.brotliDecompressSync(readFileSync(join(dir, `${path}.br`)))).toEqual(original);
			expect(zlib.gunzipSync(readFileSync(join(dir, `${path}.gz`)))).toEqual(original);
		}
		// An image is already compressed: left alone.
		expect(readdirSync(dir).filter((f) => f.startsWith('favicon'))).toEqual(['favicon.png']);
	});

	it('gives cached scripts brotli 11 and pages brotli 10', async () => {
		expect(brotliQuality('_app/immutable/chunks/a.js')).toBe(11);
		expect(brotliQuality('bausteine/dateiablage.html')).toBe(10);
		expect(brotliQuality('katalog/laender/sh.json')).toBe(10);
		const dir = site();
		await precompress(dir);
		const brotliAt = (text: string, quality: number) =>
			zlib.brotliCompressSync(text, {
				params: {
					[zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
					[zlib.constants.BROTLI_PARAM_QUALITY]: quality,
					[zlib.constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text)
				}
			});
		expect(readFileSync(join(dir, '_app/immutable/chunks/a.js.br'))).toEqual(
			brotliAt(script, 11)
		);
		expect(readFileSync(join(dir, 'index.html.br'))).toEqual(brotliAt(page, 10));
	});
});
