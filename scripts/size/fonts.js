// Which web font files a page can load: the @font-face rules of its stylesheets, narrowed to the
// faces its CSS and markup can ask for (weights, italic) and to the files whose unicode-range
// meets a character the page can show. An upper bound: a browser fetches only the faces it
// actually lays text out in.
import { dirname, join } from 'node:path';

/**
 * @typedef {object} FontFace
 * @property {string} family
 * @property {number} weight
 * @property {string} style `normal` or `italic`
 * @property {string} file absolute path of the first local url() in `src`
 * @property {[number, number][] | undefined} ranges unicode-range, if any
 */

/** @param {string} value */
const unquote = (value) => value.trim().replace(/^["']|["']$/g, '');

/** @param {string} value @returns {[number, number][]} */
function parseRanges(value) {
	return value.split(',').map((part) => {
		const [from = '0', to] = part.trim().replace(/^U\+/i, '').split('-');
		/** @type {[number, number]} */
		const range = from.includes('?')
			? [parseInt(from.replaceAll('?', '0'), 16), parseInt(from.replaceAll('?', 'F'), 16)]
			: [parseInt(from, 16), parseInt(to ?? from, 16)];
		return range;
	});
}

/**
 * The @font-face rules of a stylesheet.
 * @param {string} css
 * @param {string} cssFile where it lives (relative url()s start there)
 * @param {string} root the build directory (url()s from `/` start there)
 * @returns {FontFace[]}
 */
export function fontFaces(css, cssFile, root) {
	/** @type {FontFace[]} */
	const faces = [];
	for (const m of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
		/** @type {Record<string, string>} */
		const decl = {};
		for (const d of (m[1] ?? '').split(';')) {
			const i = d.indexOf(':');
			if (i > 0) decl[d.slice(0, i).trim().toLowerCase()] = d.slice(i + 1).trim();
		}
		const url = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(decl.src ?? '')?.[1];
		if (!url || /^[a-z]+:/i.test(url)) continue;
		const weight = decl['font-weight'] === 'bold' ? 700 : Number(decl['font-weight'] ?? 400);
		faces.push({
			family: unquote(decl['font-family'] ?? ''),
			weight: Number.isFinite(weight) ? weight : 400,
			style: /italic|oblique/.test(decl['font-style'] ?? '') ? 'italic' : 'normal',
			file: join(url.startsWith('/') ? root : dirname(cssFile), url.split(/[?#]/)[0] ?? ''),
			ranges: decl['unicode-range'] ? parseRanges(decl['unicode-range']) : undefined
		});
	}
	return faces;
}

/** Elements a browser sets in bold or italic by itself (its default stylesheet). */
const boldElements = /<(?:b|strong|th|h[1-6])[\s>]/i;
const italicElements = /<(?:i|em|cite|var|dfn|address)[\s>]/i;

/**
 * The font weights and styles a page's CSS and markup can ask for. Weights through custom
 * properties (`var(--kern-…-semi-bold, 600)`) count with every value the property is given and
 * the fallback.
 * @param {string} css all the page's CSS
 * @param {string[]} markup the page's HTML and the text of its scripts (which hold its templates)
 */
export function requestedFaces(css, markup) {
	// The @font-face rules describe the files; they ask for nothing.
	css = css.replace(/@font-face\s*\{[^}]*\}/g, '');
	/** @type {Map<string, string[]>} */
	const properties = new Map();
	for (const m of css.matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g))
		properties.set(m[1] ?? '', [...(properties.get(m[1] ?? '') ?? []), (m[2] ?? '').trim()]);

	/** @param {string} value @param {number} depth @returns {number[]} */
	const weights = (value, depth = 0) => {
		if (depth > 10) return [];
		const v = value.trim().toLowerCase();
		const ref = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/.exec(v);
		if (ref)
			return [
				...(properties.get(ref[1] ?? '') ?? []).flatMap((p) => weights(p, depth + 1)),
				...(ref[2] ? weights(ref[2], depth + 1) : [])
			];
		if (v === 'normal') return [400];
		if (v === 'bold') return [700];
		if (v === 'bolder') return [700, 900];
		if (v === 'lighter') return [100];
		const n = Number(v);
		return Number.isFinite(n) ? [n] : [];
	};

	const found = new Set([400]);
	for (const m of css.matchAll(/font-weight\s*:\s*([^;}!]+)/g))
		for (const w of weights(m[1] ?? '')) found.add(w);
	if (markup.some((text) => boldElements.test(text))) found.add(700);
	const styles = new Set(['normal']);
	if (
		/font-style\s*:\s*(italic|oblique)/.test(css) ||
		markup.some((text) => italicElements.test(text))
	)
		styles.add('italic');
	return { weights: found, styles };
}

/**
 * The faces a browser uses for a weight and style, by the CSS font matching rules: the style
 * first (italic falls back to normal and back), then the nearest weight in the direction the
 * specification gives.
 * @param {FontFace[]} faces of one family
 * @param {number} weight
 * @param {string} style
 */
export function matchFaces(faces, weight, style) {
	const sameStyle = faces.filter((f) => f.style === style);
	const pool = sameStyle.length ? sameStyle : faces;
	const available = [...new Set(pool.map((f) => f.weight))];
	const up = available.filter((w) => w >= weight).sort((a, b) => a - b);
	const down = available.filter((w) => w < weight).sort((a, b) => b - a);
	let order;
	if (weight >= 400 && weight <= 500) {
		const upTo500 = up.filter((w) => w <= 500);
		order = [...upTo500, ...down, ...up.filter((w) => w > 500)];
	} else if (weight < 400)
		order = [
			...available.filter((w) => w <= weight).sort((a, b) => b - a),
			...up.filter((w) => w > weight)
		];
	else order = [...up, ...down];
	const chosen = order[0];
	return pool.filter((f) => f.weight === chosen);
}

/**
 * The font files a page can load.
 * @param {FontFace[]} faces every @font-face of the page's stylesheets
 * @param {{ weights: Set<number>, styles: Set<string> }} requested
 * @param {Set<number>} characters the code points the page can show
 * @returns {FontFace[]}
 */
export function pageFontFiles(faces, requested, characters) {
	/** @type {Map<string, FontFace>} */
	const files = new Map();
	const families = [...new Set(faces.map((f) => f.family))];
	for (const family of families) {
		const ofFamily = faces.filter((f) => f.family === family);
		for (const style of requested.styles)
			for (const weight of requested.weights)
				for (const face of matchFaces(ofFamily, weight, style))
					if (
						!face.ranges ||
						[...characters].some((c) => face.ranges?.some(([a, b]) => c >= a && c <= b))
					)
						files.set(face.file, face);
	}
	return [...files.values()];
}
