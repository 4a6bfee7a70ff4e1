/**
 * The web fonts in src/lib/fonts/ are what scripts/subset-fonts.js makes from KERN's Fira Sans:
 * the faces the CSS uses, each cut to Latin in two files, with @font-face rules that say so. When
 * a text gains a character the subsets lack, this fails and names it: run the script again.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import {
	bodyFace,
	cssFile,
	faces,
	outputDir,
	root,
	sourceDir,
	subsetFileName,
	subsetCodePoints,
	unicodeRange,
	usedCodePoints
} from '../../../scripts/font-faces.js';

const open = (file: string) => fontkit.openSync(file) as fontkit.Font;
const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
const css = readFileSync(cssFile, 'utf8');
// One line per declaration, whatever the formatter wrapped.
const rules = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) =>
	(m[1] ?? '').replace(/\s+/g, ' ')
);
const used = usedCodePoints();

describe('the shipped font files', () => {
	it('are exactly two woff2 files (latin, latin-ext) for each face the app uses', () => {
		const expected = faces.flatMap((face) => [
			subsetFileName(face, 'latin'),
			subsetFileName(face, 'latin-ext')
		]);
		const shipped = readdirSync(outputDir).filter((f) => f.endsWith('.woff2'));
		expect(shipped.sort()).toEqual(expected.sort());
		for (const file of shipped)
			expect(readFileSync(join(outputDir, file)).subarray(0, 4).toString('latin1'), file).toBe(
				'wOF2'
			);
	});

	it('hold every character the texts use that Fira Sans has, in the main (latin) file', () => {
		for (const face of faces) {
			const full = new Set(open(join(sourceDir, `${face.file}.woff2`)).characterSet);
			const latin = new Set(open(join(outputDir, subsetFileName(face, 'latin'))).characterSet);
			const ext = new Set(open(join(outputDir, subsetFileName(face, 'latin-ext'))).characterSet);
			const missing = [...used]
				.filter(([code]) => code > 0x20 && full.has(code) && !latin.has(code) && !ext.has(code))
				.map(([code, file]) => `${hex(code)} ${String.fromCodePoint(code)} (${file})`);
			expect(missing, `${face.file}: run node scripts/subset-fonts.js`).toEqual([]);
		}
	});

	it('cover Basic Latin, Latin-1, Latin Extended-A and the punctuation German needs', () => {
		const wanted = [
			...'AZaz09äöüÄÖÜßéèçñ€„“‚‘–—…',
			'\u00ad', // soft hyphen
			...'ĀąČęŁłŒœŠšŽž'
		];
		for (const face of faces) {
			const has = new Set([
				...open(join(outputDir, subsetFileName(face, 'latin'))).characterSet,
				...open(join(outputDir, subsetFileName(face, 'latin-ext'))).characterSet
			]);
			for (const char of wanted)
				expect(has.has(char.codePointAt(0)!), `${face.file} ${char}`).toBe(true);
		}
	});

	it('leave out Cyrillic and Greek, which the full files carry', () => {
		for (const face of faces) {
			const latin = open(join(outputDir, subsetFileName(face, 'latin')));
			expect(open(join(sourceDir, `${face.file}.woff2`)).hasGlyphForCodePoint(0x0416)).toBe(true);
			expect(latin.hasGlyphForCodePoint(0x0416), `${face.file} Ж`).toBe(false);
			expect(latin.hasGlyphForCodePoint(0x03a9), `${face.file} Ω`).toBe(false);
		}
	});

	it('stay within the budget: all main files together at most 100 KB', () => {
		const total = faces.reduce(
			(sum, face) => sum + statSync(join(outputDir, subsetFileName(face, 'latin'))).size,
			0
		);
		expect(total).toBeLessThanOrEqual(100 * 1024);
	});

	it('come with the SIL Open Font License and the copyright notice', () => {
		const licence = readFileSync(join(outputDir, 'OFL.txt'), 'utf8');
		expect(licence).toContain('SIL OPEN FONT LICENSE');
		expect(licence).toContain('Version 1.1');
		expect(licence).toContain('The Mozilla Foundation and Telefonica S.A.');
		const names = open(join(outputDir, subsetFileName(bodyFace, 'latin')));
		expect(names.copyright).toContain('Mozilla Foundation');
	});
});

describe('the @font-face rules', () => {
	it('name each file once, with its weight, style, font-display: swap and its characters', () => {
		expect(rules).toHaveLength(faces.length * 2);
		for (const face of faces)
			for (const subset of ['latin', 'latin-ext']) {
				const file = subsetFileName(face, subset);
				const rule = rules.find((r) => r.includes(`./fira-sans/${file}`));
				expect(rule, file).toBeDefined();
				expect(rule).toContain(`font-weight: ${face.weight};`);
				expect(rule).toContain(`font-style: ${face.style};`);
				expect(rule).toContain('font-display: swap;');
				expect(rule).toContain("format('woff2')");
				const codes = [...new Set(open(join(outputDir, file)).characterSet)]
					// (0xFFFF is the end marker of the font's character map, not a character)
					.filter((c) => c >= 0x20 && c !== 0xffff)
					.sort((a, b) => a - b);
				expect(rule, file).toContain(`unicode-range: ${unicodeRange(codes)};`);
			}
	});

	it('replace KERN’s rules, which point at the full files', () => {
		const appCss = readFileSync(join(root, 'src/app.css'), 'utf8');
		expect(appCss).toContain("@import './lib/fonts/fira-sans.css';");
		expect(appCss).not.toMatch(/@kern-ux\/native\/dist\/fonts/);
		expect(existsSync(cssFile)).toBe(true);
	});
});

describe('the subset plan', () => {
	it('puts used characters beyond Latin-1 into the main file and Latin Extended-A apart', () => {
		const font = new Set([0x41, 0xe4, 0x2192, 0x2193, 0x0141, 0x0416]);
		const plan = subsetCodePoints(font, [0x41, 0x2192, 0x0416, 0x2713]);
		// Used and in the font: A, →, Ж (a text that used it would show it in Fira Sans). In the font
		// but unused and outside Latin: ↓. Used but not in the font: ✓ (the system's fonts show it).
		expect(plan.latin).toEqual([0x41, 0xe4, 0x0416, 0x2192]);
		expect(plan['latin-ext']).toEqual([0x0141]);
	});

	it('writes code points as a compact unicode-range', () => {
		expect(unicodeRange([0x20, 0x21, 0x22, 0xe4, 0x2013, 0x2014])).toBe(
			'U+20-22, U+E4, U+2013-2014'
		);
	});
});
