import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../../src/lib/domain';
import { decompressBounded } from '../../../src/lib/exchange/lz-decompress';
import { readShareFragment } from '../../../src/lib/exchange/share-link';
import { realCatalog } from '../helpers/catalog';
import { compressRun, REVIEW_BOMB } from '../helpers/link-bomb';

const catalog = realCatalog();
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const bomb = readFileSync(
	new URL('../../fixtures/documents/share-link-bomb.txt', import.meta.url),
	'utf8'
).trim();

describe('the bounded decompressor', () => {
	it(`gives back what lz-string compressed (${RUNS} strings, any Unicode)`, () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
				const packed = LZString.compressToEncodedURIComponent(text);
				const unpacked = decompressBounded(packed, 10_000);
				if (text === '') expect(unpacked.ok).toBe(false);
				else expect(unpacked).toEqual({ ok: true, text });
			}),
			{ numRuns: RUNS }
		);
	});

	it(`agrees with lz-string's own decoder on damaged and random input (${RUNS} cases)`, () => {
		const damaged = fc
			.tuple(fc.string({ maxLength: 200 }), fc.nat(), fc.string({ maxLength: 3 }))
			.map(([text, at, junk]) => {
				const packed = LZString.compressToEncodedURIComponent(text);
				const cut = packed.length ? at % packed.length : 0;
				return packed.slice(0, cut) + junk + packed.slice(cut + 1);
			});
		fc.assert(
			fc.property(fc.oneof(damaged, fc.string({ maxLength: 300 })), (input) => {
				let theirs: string | null;
				try {
					theirs = LZString.decompressFromEncodedURIComponent(input);
				} catch {
					theirs = null;
				}
				const ours = decompressBounded(input, 1_000_000);
				// Whatever this decoder accepts, lz-string reads the same way.
				if (ours.ok) expect(ours.text).toBe(theirs);
				// lz-string turns a first code of 3 into text starting "undefined"; this one refuses it.
				const head = alphabet.indexOf(input.charAt(0));
				const firstCode = head < 0 ? 0 : (head & 32 ? 1 : 0) + (head & 16 ? 2 : 0);
				if (theirs && firstCode !== 3) expect(ours).toEqual({ ok: true, text: theirs });
			}),
			{ numRuns: RUNS }
		);
	});

	it('stops as soon as the output passes the bound', () => {
		const packed = compressRun('', 200_000, '');
		expect(decompressBounded(packed, 250_000)).toMatchObject({ ok: true });
		expect(decompressBounded(packed, 199_999)).toEqual({ ok: false, reason: 'too-long' });
	});
});

describe('a share link that is a decompression bomb', () => {
	it('is the one of the security review: 31,877 characters that lz-string inflates to 109 million', () => {
		expect(bomb).toHaveLength(31_877);
		// The fixture's first characters are those of every bomb with the review's prefix.
		expect(bomb.slice(0, 20)).toBe(
			compressRun(REVIEW_BOMB.prefix, 1000, REVIEW_BOMB.suffix).slice(0, 20)
		);
	});

	it('is refused within milliseconds, with a short message, before any JSON is parsed', () => {
		const start = performance.now();
		const result = readShareFragment(`#konfiguration=${bomb}`, catalog);
		const ms = performance.now() - start;
		console.log(`link bomb (31,877 characters, 109 M unpacked) refused in ${ms.toFixed(1)} ms`);
		expect(ms).toBeLessThan(500);
		expect(result).toEqual({
			ok: false,
			problems: [
				{
					file: 'Link',
					pointer: '',
					message: {
						de: 'Der Link entpackt zu mehr Text, als eine Konfiguration haben kann; er wurde nicht geöffnet.',
						en: 'The link unpacks to more text than a configuration can have; it was not opened.'
					}
				}
			]
		});
	});

	it('just under the bound still ends in the one input path, and its message stays short', () => {
		const key = MAX_DOCUMENT_BYTES - 100;
		const packed = compressRun('{"formatVersion":1,"', key, '":1}');
		const result = readShareFragment(`#konfiguration=${packed}`, catalog);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		for (const p of result.problems) {
			expect(p.message.de.length).toBeLessThan(300);
			expect(p.pointer.length).toBeLessThan(100);
		}
	});
});
