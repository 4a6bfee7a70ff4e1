// The bytes each prerendered page of a build loads at start: JS (entry modules, preloads and
// their static imports), CSS (its stylesheets and inline styles), fonts (scripts/size/fonts.js)
// and the catalog data SvelteKit inlined into the page, each file compressed as a server sends it:
// the build's own .gz and .br beside a file where it wrote them (what the server sends; the
// same settings as `compressed` below), else compressed here.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { brotliOptions, GZIP_LEVEL } from '../precompress.js';
import { fontFaces, pageFontFiles, requestedFaces } from './fonts.js';
import { lazyClosure, staticClosure } from './js-closure.js';
import { readPage } from './page-assets.js';

/** @typedef {{ raw: number, gz: number, br: number }} Bytes */

/**
 * @typedef {object} PageSize
 * @property {string} path
 * @property {string} signature
 * @property {Bytes & { files: number }} js
 * @property {Bytes & { files: number }} css
 * @property {{ bytes: number, files: number, faces: string[] }} fonts
 * @property {Bytes & { files: number, urls: string[] }} data gzip only (`br` is 0)
 * @property {Bytes} html gzip only (`br` is 0)
 * @property {Bytes & { files: number }} lazy
 */

/** @type {Map<string, Bytes>} */
const cache = new Map();

/**
 * gzip -9 and brotli 11 of a text, as a precompressing build or server writes them.
 * @param {Buffer | string} content
 * @param {{ brotli?: boolean }} [options] brotli is slow on large files; HTML and inlined data are
 *   shown in gzip only
 */
export function compressed(content, { brotli = true } = {}) {
	const buffer = Buffer.from(content);
	// The same data is inlined into many pages: compress each distinct text once.
	const key = `${brotli}:${createHash('sha1').update(buffer).digest('hex')}`;
	let known = byContent.get(key);
	if (!known) byContent.set(key, (known = compress(buffer, brotli)));
	return known;
}

/** @type {Map<string, Bytes>} */
const byContent = new Map();

/** @param {Buffer} buffer @param {boolean} brotli @returns {Bytes} */
function compress(buffer, brotli) {
	return {
		raw: buffer.length,
		gz: gzipSync(buffer, { level: GZIP_LEVEL }).length,
		br: !brotli
			? 0
			: brotliCompressSync(buffer, brotliOptions(constants.BROTLI_MAX_QUALITY, buffer.length))
					.length
	};
}

/**
 * The sizes of the compressed copies the build wrote beside a file (scripts/precompress.js: gzip
 * -9, and brotli 11 in text mode for the hashed modules measured here, as `compressed`), when
 * both are there and not older than the file. Compressing every module again with brotli 11
 * took 7 s of the report's 7.4 s.
 * @param {string} file
 * @returns {Bytes | undefined}
 */
function precompressed(file) {
	const stat = (/** @type {string} */ path) => statSync(path, { throwIfNoEntry: false });
	const raw = stat(file);
	const gz = stat(`${file}.gz`);
	const br = stat(`${file}.br`);
	if (!raw || !gz || !br || gz.mtimeMs < raw.mtimeMs || br.mtimeMs < raw.mtimeMs) return undefined;
	return { raw: raw.size, gz: gz.size, br: br.size };
}

/** @param {string} file */
function fileBytes(file) {
	let bytes = cache.get(file);
	if (!bytes) cache.set(file, (bytes = precompressed(file) ?? compressed(readFileSync(file))));
	return bytes;
}

/** @type {Map<string, { text: string, characters: Set<number> }>} */
const texts = new Map();

/** A file's text and the characters in it (a module is read once for all pages). @param {string} file */
function fileText(file) {
	let entry = texts.get(file);
	if (!entry) {
		const text = readFileSync(file, 'utf8');
		texts.set(file, (entry = { text, characters: characterSet(text) }));
	}
	return entry;
}

/** @param {string} text */
function characterSet(text) {
	const set = new Set();
	for (const char of text) set.add(char.codePointAt(0) ?? 0);
	return set;
}

/** @param {Bytes[]} list */
const sum = (list) => ({
	raw: list.reduce((n, b) => n + b.raw, 0),
	gz: list.reduce((n, b) => n + b.gz, 0),
	br: list.reduce((n, b) => n + b.br, 0)
});

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name))
		.filter((f) => !f.slice(dir.length + 1).startsWith('_app'));
}

/**
 * Every prerendered page of the build in `buildDir` (not the SPA fallback `200.html`).
 * @param {string} buildDir
 * @returns {PageSize[]}
 */
export function measureBuild(buildDir) {
	// Files are read once per measurement, not once per process: a build written again under the
	// same names (or its compressed copies replaced) is measured anew.
	cache.clear();
	texts.clear();
	return htmlFiles(buildDir)
		.filter((file) => file !== join(buildDir, '200.html'))
		.map((file) => measurePage(buildDir, file))
		.sort((a, b) => a.path.localeCompare(b.path, 'en'));
}

/**
 * @param {string} buildDir
 * @param {string} file
 * @returns {PageSize}
 */
export function measurePage(buildDir, file) {
	const page = readPage(buildDir, file);
	const js = staticClosure([...page.entries, ...page.preloads]);
	const lazy = lazyClosure(js, page.entries);
	const cssTexts = page.styles.map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));
	const allCss = [...cssTexts.map((c) => c.text), ...page.inlineStyles].join('\n');
	const modules = [...js].map(fileText);
	const characters = characterSet(page.html);
	for (const module of modules) for (const c of module.characters) characters.add(c);
	const fonts = pageFontFiles(
		cssTexts.flatMap((c) => fontFaces(c.text, c.file, buildDir)),
		requestedFaces(allCss, [page.html, ...modules.map((m) => m.text)]),
		characters
	);
	return {
		path: page.path,
		signature: page.signature,
		js: { files: js.size, ...sum([...js].map(fileBytes)) },
		css: {
			files: cssTexts.length,
			...sum([...page.styles.map(fileBytes), ...page.inlineStyles.map((css) => compressed(css))])
		},
		fonts: {
			files: fonts.length,
			bytes: fonts.reduce((n, f) => n + statSync(f.file).size, 0),
			faces: [...new Set(fonts.map((f) => `${f.weight}${f.style === 'italic' ? 'i' : ''}`))]
		},
		data: {
			files: page.data.length,
			urls: page.data.map((d) => d.url),
			// gzip only, as the report shows it: inside the page, the data travels with the HTML.
			...sum(page.data.map((d) => compressed(d.body, { brotli: false })))
		},
		html: compressed(page.html, { brotli: false }),
		lazy: { files: lazy.size, ...sum([...lazy].map(fileBytes)) }
	};
}
