/**
 * Writes a `.br` and a `.gz` beside every page, script, style and data file of the built site,
 * which scripts/serve-static.js and the nginx recipe (gzip_static, brotli_static) send as they
 * are. In place of adapter-static's `precompress`, which compresses everything with brotli's
 * highest quality (11): for this site's 23 MB, 26 s of CPU in every build. Quality 10 takes a
 * third of that for 2 % more bytes (4.30 → 4.38 MB, measured on every file of the build). The
 * hashed files under `_app/immutable/` – scripts and styles a browser caches for good – keep
 * quality 11 (1.4 s); pages and catalog data take 10. gzip stays at level 9 (0.5 s), as before.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** The kinds of file SvelteKit's own precompress compresses. */
const EXTENSIONS = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.xml', '.wasm']);

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Brotli quality for a file, by its path relative to the site's root ('/' separated).
 * @param {string} path
 */
export function brotliQuality(path) {
	return path.startsWith('_app/immutable/') ? 11 : 10;
}

/**
 * The files under `dir` with one of the extensions, as '/'-separated paths relative to it.
 * @param {string} dir
 */
async function filesIn(dir) {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && EXTENSIONS.has(extname(e.name)))
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/**
 * Brotli's options for a text of `size` bytes: text mode, `quality`. The build's copies and the
 * size report's own measurements (scripts/size/measure.js) use the same, so that they add up.
 * @param {number} quality
 * @param {number} size
 */
export function brotliOptions(quality, size) {
	return {
		params: {
			[zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
			[zlib.constants.BROTLI_PARAM_QUALITY]: quality,
			[zlib.constants.BROTLI_PARAM_SIZE_HINT]: size
		}
	};
}

/** gzip's level for the build's copies and the size report: the highest (-9). */
export const GZIP_LEVEL = zlib.constants.Z_BEST_COMPRESSION;

/**
 * Writes the `.br` and `.gz` of one file of the site `dir` beside it (zlib's asynchronous calls
 * run on libuv's thread pool, so several files use all cores).
 * @param {string} dir
 * @param {string} path relative to `dir`, '/' separated
 */
export async function precompressFile(dir, path) {
	const file = join(dir, path);
	const bytes = await readFile(file);
	const [br, gz] = await Promise.all([
		brotli(bytes, brotliOptions(brotliQuality(path), bytes.byteLength)),
		gzip(bytes, { level: GZIP_LEVEL })
	]);
	await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
}

/**
 * Compresses every file of `dir` with one of the extensions, both ways, side by side. Returns
 * the paths done.
 * @param {string} dir
 */
export async function precompress(dir) {
	const files = await filesIn(dir);
	await Promise.all(files.map((path) => precompressFile(dir, path)));
	return files;
}
