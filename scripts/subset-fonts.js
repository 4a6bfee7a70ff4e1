// Regenerates the site's web fonts (src/lib/fonts/): Latin subsets, in woff2, of the Fira Sans
// faces that KERN's and the app's CSS use (scripts/font-faces.js), and their @font-face rules.
// Run it after a KERN update or when the texts gain a character outside the subsets (the unit
// test test/unit/fonts/font-subsets.test.ts says so):
//
//   node scripts/subset-fonts.js
//
// The cutting is done by fontTools' pyftsubset (Debian: python3-fonttools python3-brotli; or
// `pip install fonttools brotli`). PYTHON names the interpreter if it is not `python3`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as fontkit from 'fontkit';
import * as prettier from 'prettier';
import {
	cssFile,
	faces,
	outputDir,
	root,
	sourceDir,
	subsetCodePoints,
	subsetFileName,
	unicodeRange,
	usedCodePoints
} from './font-faces.js';

/** A Python that has fontTools with brotli (woff2), or a clear message. */
function findPython() {
	const candidates = [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter(Boolean);
	for (const python of /** @type {string[]} */ (candidates)) {
		try {
			execFileSync(python, ['-c', 'import fontTools.subset, brotli'], { stdio: 'ignore' });
			return python;
		} catch {
			// try the next one
		}
	}
	throw new Error(
		'fontTools with brotli is needed: apt-get install python3-fonttools python3-brotli ' +
			'(or pip install fonttools brotli); PYTHON=… names the interpreter.'
	);
}

/**
 * The CSS for the subsets: `font-display: swap` so text shows at once in a fallback font, and a
 * unicode-range per file so a browser fetches Latin Extended-A only for a page that needs it.
 * @param {{ face: typeof faces[number], subset: string, codes: number[] }[]} files
 */
function fontFaceCss(files) {
	const rules = files.map(({ face, subset, codes }) =>
		[
			'@font-face {',
			"\tfont-family: 'Fira Sans';",
			`\tfont-style: ${face.style};`,
			`\tfont-weight: ${face.weight};`,
			'\tfont-display: swap;',
			`\tsrc: url('./fira-sans/${subsetFileName(face, subset)}') format('woff2');`,
			`\tunicode-range: ${unicodeRange(codes)};`,
			'}'
		].join('\n')
	);
	return [
		"/* KERN's typeface Fira Sans (SIL Open Font License 1.1, see fira-sans/OFL.txt), cut to Latin",
		'   by scripts/subset-fonts.js, which writes this file: edit that script, not this file. It',
		"   replaces KERN's fonts/fira-sans.css, whose rules point at the full files. */",
		'',
		rules.join('\n\n'),
		''
	].join('\n');
}

const python = findPython();
const used = usedCodePoints();
mkdirSync(outputDir, { recursive: true });
const written = [];
for (const face of faces) {
	const source = join(sourceDir, `${face.file}.woff2`);
	const font = /** @type {import('fontkit').Font} */ (fontkit.openSync(source));
	const subsets = subsetCodePoints(new Set(font.characterSet), used.keys());
	for (const [subset, codes] of Object.entries(subsets)) {
		const output = join(outputDir, subsetFileName(face, subset));
		execFileSync(python, [
			'-m',
			'fontTools.subset',
			source,
			`--output-file=${output}`,
			'--flavor=woff2',
			// The default OpenType features (kerning, ligatures, marks …) less fractions, which the
			// app never turns on (no font-variant-numeric): about 900 bytes a face.
			'--layout-features-=dnom,frac,numr',
			`--unicodes=${codes.map((code) => code.toString(16)).join(',')}`,
			// Copyright, names, and the licence fields (13, 14), as the OFL asks.
			'--name-IDs=0,1,2,3,4,5,6,13,14',
			'--name-languages=*'
		]);
		written.push({ face, subset, codes });
		console.log(`${relative(root, output)}: ${statSync(output).size} bytes, ${codes.length} chars`);
	}
}
const css = fontFaceCss(written);
writeFileSync(
	cssFile,
	await prettier.format(css, { ...(await prettier.resolveConfig(cssFile)), filepath: cssFile })
);
console.log(`${relative(root, cssFile)}: ${written.length} @font-face rules`);
