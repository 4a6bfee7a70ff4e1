// The web fonts the site ships: which faces of KERN's typeface Fira Sans, cut to which characters.
// scripts/subset-fonts.js writes them from this list; a unit test checks the committed files
// against it (test/unit/fonts/font-subsets.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const sourceDir = join(root, 'node_modules/@kern-ux/native/dist/fonts/fira-sans');
export const outputDir = join(root, 'src/lib/fonts/fira-sans');
export const cssFile = join(root, 'src/lib/fonts/fira-sans.css');

/**
 * The faces the app's CSS can select. KERN's tokens use 400 (body, labels), 500 (sublines,
 * balanced headings) and 600 (headings, labels, strong body); the app's own CSS sets 700 on chart
 * labels and table marks, and `<strong>` in body text is 700 ("bolder" than 400). Italic appears
 * once, at 400 (optional state blocks in the comparison). Light, MediumItalic, SemiBoldItalic and
 * BoldItalic are never selected and are not shipped.
 */
const regular = { file: 'FiraSans-Regular', weight: 400, style: 'normal' };
export const faces = [
	regular,
	{ file: 'FiraSans-Italic', weight: 400, style: 'italic' },
	{ file: 'FiraSans-Medium', weight: 500, style: 'normal' },
	{ file: 'FiraSans-SemiBold', weight: 600, style: 'normal' },
	{ file: 'FiraSans-Bold', weight: 700, style: 'normal' }
];

/** The face every page needs first (body text): preloaded from the root layout. */
export const bodyFace = regular;

/**
 * Always in the main file: Basic Latin, Latin-1 Supplement (with the soft hyphen), the Latin
 * letters and marks of Western European typesetting outside it, General Punctuation („“ ‚‘ – —
 * …), € and ™, the minus sign (the same set as the usual "latin" web subset).
 */
/** @type {[number, number][]} */
const latinBase = [
	[0x0020, 0x007e],
	[0x00a0, 0x00ff],
	[0x0131, 0x0131],
	[0x0152, 0x0153],
	[0x02bb, 0x02bc],
	[0x02c6, 0x02c6],
	[0x02da, 0x02da],
	[0x02dc, 0x02dc],
	[0x2000, 0x206f],
	[0x20ac, 0x20ac],
	[0x2122, 0x2122],
	[0x2212, 0x2212],
	[0x2215, 0x2215],
	[0xfeff, 0xfeff]
];

/** Latin Extended-A: a second file, which a browser loads only for a page that has such a letter. */
/** @type {[number, number][]} */
const latinExtendedA = [[0x0100, 0x017f]];

/** Where the texts the app shows live: messages, catalog data, and literals in the code. */
const textSources = [
	{ dir: 'messages', ext: /\.json$/ },
	{ dir: 'catalog', ext: /\.json$/, skip: /^schema\// },
	{ dir: 'src', ext: /\.(svelte|ts|js|html)$/, skip: /^lib\/(generated|paraglide|schema)\// }
];

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}

/** Every code point in the app's texts, with one file that uses it. @returns {Map<number, string>} */
export function usedCodePoints() {
	/** @type {Map<number, string>} */
	const used = new Map();
	for (const { dir, ext, skip } of textSources) {
		const base = join(root, dir);
		for (const file of filesUnder(base)) {
			const name = relative(base, file).split('\\').join('/');
			if (!ext.test(name) || skip?.test(name)) continue;
			for (const char of readFileSync(file, 'utf8')) {
				const code = char.codePointAt(0) ?? 0;
				if (!used.has(code)) used.set(code, `${dir}/${name}`);
			}
		}
	}
	return used;
}

/** @param {[number, number][]} ranges @param {number} code */
const inRanges = (ranges, code) => ranges.some(([from, to]) => code >= from && code <= to);

/**
 * The code points of each file: the main ("latin") file gets the base set plus every other
 * character the texts use that Fira Sans has (arrows, ≤, ≠ …); "latin-ext" gets the rest of
 * Latin Extended-A. Characters Fira Sans lacks (✓, ●, ▲ …) come from the system's fonts anyway.
 * @param {Set<number>} fontHas the code points of the full font
 * @param {Iterable<number>} used the code points of the texts
 */
export function subsetCodePoints(fontHas, used) {
	const latin = new Set();
	for (const [from, to] of latinBase)
		for (let code = from; code <= to; code++) if (fontHas.has(code)) latin.add(code);
	for (const code of used)
		if (fontHas.has(code) && code > 0x20 && !inRanges(latinExtendedA, code)) latin.add(code);
	const latinExt = new Set();
	for (const [from, to] of latinExtendedA)
		for (let code = from; code <= to; code++)
			if (fontHas.has(code) && !latin.has(code)) latinExt.add(code);
	return { latin: sorted(latin), 'latin-ext': sorted(latinExt) };
}

/** @param {Set<number>} set */
const sorted = (set) => [...set].sort((a, b) => a - b);

/**
 * Code points as a CSS unicode-range: `U+0-FF, U+131, …`.
 * @param {number[]} codes sorted
 */
export function unicodeRange(codes) {
	/** @type {string[]} */
	const parts = [];
	for (let i = 0; i < codes.length;) {
		let j = i;
		while (j + 1 < codes.length && codes[j + 1] === (codes[j] ?? 0) + 1) j++;
		const hex = (/** @type {number} */ code) => code.toString(16).toUpperCase();
		parts.push(
			i === j ? `U+${hex(codes[i] ?? 0)}` : `U+${hex(codes[i] ?? 0)}-${hex(codes[j] ?? 0)}`
		);
		i = j + 1;
	}
	return parts.join(', ');
}

/** @param {{ file: string }} face @param {string} subset */
export const subsetFileName = (face, subset) => `${face.file}-${subset}.woff2`;
