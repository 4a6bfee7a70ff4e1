// What a prerendered page of the built site loads at start, read from its HTML: the scripts
// (module preloads and the bootstrap's imports), the stylesheets, and the data SvelteKit inlined
// for the fetches made while prerendering.
import { readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';

/**
 * @typedef {object} PageAssets
 * @property {string} path the page's URL path (`/`, `/laender/sh`)
 * @property {string} file the HTML file
 * @property {string[]} entries JS modules the page's scripts import (SvelteKit's bootstrap)
 * @property {string[]} preloads JS modules the page preloads (`modulepreload`)
 * @property {string[]} styles CSS files it links (absolute paths)
 * @property {string[]} inlineStyles the text of its `<style>` elements
 * @property {{ url: string, body: string }[]} data responses inlined into the page
 * @property {string} signature the route nodes the page is built from (pages of one template share it)
 * @property {string} html
 */

/** @param {string} tag @returns {Record<string, string>} */
function attributes(tag) {
	/** @type {Record<string, string>} */
	const found = {};
	for (const m of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g))
		found[(m[1] ?? '').toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
	return found;
}

/** @param {string} text */
const decodeEntities = (text) =>
	text
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');

/**
 * The page's URL path for an HTML file under the build folder.
 * @param {string} buildDir @param {string} file
 */
export function pagePath(buildDir, file) {
	const rel = relative(buildDir, file).split(sep).join('/');
	const path = `/${rel.replace(/\.html$/, '')}`;
	return path === '/index' ? '/' : path.replace(/\/index$/, '/');
}

/**
 * @param {string} buildDir
 * @param {string} file an HTML file under it
 * @returns {PageAssets}
 */
export function readPage(buildDir, file) {
	const html = readFileSync(file, 'utf8');
	const path = pagePath(buildDir, file);
	const base = dirname(file);
	/** @param {string} url a URL as the page writes it, relative to the page or to the site root */
	const local = (url) => {
		const clean = decodeEntities(url).split(/[?#]/)[0] ?? '';
		return clean.startsWith('/') ? join(buildDir, clean) : join(base, clean);
	};

	const entries = new Set();
	const preloads = new Set();
	const styles = new Set();
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const attrs = attributes(tag);
		const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
		if (!attrs.href || /^[a-z]+:/i.test(attrs.href)) continue;
		if (rel.includes('modulepreload')) preloads.add(local(attrs.href));
		if (rel.includes('stylesheet') && !('disabled' in attrs)) styles.add(local(attrs.href));
	}

	/** @type {{ url: string, body: string }[]} */
	const data = [];
	let signature = '';
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attrs = attributes(`<script ${m[1]}>`);
		const body = m[2] ?? '';
		if ('data-sveltekit-fetched' in attrs) {
			data.push({ url: decodeEntities(attrs['data-url'] ?? ''), body });
			continue;
		}
		if (attrs.src && !/^[a-z]+:/i.test(attrs.src)) entries.add(local(attrs.src));
		if (attrs.type && !/module|javascript/i.test(attrs.type)) continue;
		// The bootstrap: `import("./_app/immutable/entry/start.….js")`, and the route's nodes.
		for (const imp of body.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g))
			entries.add(local(imp[1] ?? ''));
		const nodes = /node_ids:\s*\[([^\]]*)\]/.exec(body);
		if (nodes) signature = nodes[1]?.replace(/\s/g, '') ?? '';
	}
	const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(
		(m) => m[1] ?? ''
	);
	return {
		path,
		file,
		entries: [...entries],
		preloads: [...preloads],
		styles: [...styles],
		inlineStyles,
		data,
		signature:
			signature ||
			[...entries, ...preloads]
				.map((s) => posix.basename(s))
				.sort()
				.join(','),
		html
	};
}
