// Prints what each prerendered page of build/ loads at start – JavaScript, CSS, fonts and catalog
// data – against the budgets of issue 13, and exits 1 when a page breaks one. Pages of one
// template (the 38 block pages, the 16 state pages, the assistant's steps) form one row with the
// largest figures. Sizes are gzip -9 of each file, summed per page; fonts are the woff2 bytes.
//   node --import tsx scripts/size-report.ts [build-dir]   (npm run size)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const KB = 1024;
export const budgets = {
	jsHome: 40 * KB,
	js: 120 * KB,
	css: 20 * KB,
	fonts: 100 * KB
};

const gz = new Map<string, number>();
function gzipSize(file: string): number {
	if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
	return gz.get(file)!;
}

export interface PageRow {
	template: string;
	pages: number;
	js: number;
	css: number;
	fonts: number;
	data: number;
	html: number;
}

type Figure = 'js' | 'css' | 'fonts' | 'data' | 'html';
const figureKeys: Figure[] = ['js', 'css', 'fonts', 'data', 'html'];

function htmlFiles(dir: string, root = dir): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : htmlFiles(path, root);
		return name.endsWith('.html') && relative(root, path) !== '200.html' ? [path] : [];
	});
}

const staticImports = (code: string) =>
	[
		...code.matchAll(/(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)
	].map((m) => m[1]!);

/** The page's start scripts and every module they import statically (dynamic imports excluded). */
function pageScripts(html: string, htmlPath: string): string[] {
	const base = dirname(htmlPath);
	const start = [
		...html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload">/g),
		...html.matchAll(/import\("([^"]+\.js)"\)/g)
	].map((m) => resolve(base, m[1]!));
	const seen = new Set<string>();
	const queue = [...start];
	while (queue.length) {
		const file = queue.pop()!;
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		for (const spec of staticImports(readFileSync(file, 'utf8')))
			queue.push(resolve(dirname(file), spec));
	}
	return [...seen];
}

function pageStyles(html: string, htmlPath: string): string[] {
	return [...html.matchAll(/<link href="([^"]+\.css)" rel="stylesheet">/g)].map((m) =>
		resolve(dirname(htmlPath), m[1]!)
	);
}

/** The woff2 files the page's CSS declares (an upper bound of what the browser fetches). */
function pageFonts(styles: string[]): string[] {
	const fonts = new Set<string>();
	for (const css of styles)
		for (const m of readFileSync(css, 'utf8').matchAll(/url\(["']?([^"')]+\.woff2)["']?\)/g))
			fonts.add(resolve(dirname(css), m[1]!));
	return [...fonts].filter((f) => existsSync(f));
}

/** Catalog responses SvelteKit wrote into the page (fetched during prerendering). */
function pageData(html: string): number {
	let bytes = 0;
	for (const m of html.matchAll(
		/<script type="application\/json" data-sveltekit-fetched data-url="\/katalog\/[^"]*">([\s\S]*?)<\/script>/g
	))
		bytes += gzipSync(m[1]!, { level: 9 }).length;
	return bytes;
}

const templateOf = (page: string) =>
	page
		.replace(/^bausteine\/[^/]+\.html$/, 'bausteine/[id]')
		.replace(/^laender\/[^/]+\.html$/, 'laender/[code]')
		.replace(/^assistent\/[^/]+\.html$/, 'assistent/[step]')
		.replace(/\.html$/, '')
		.replace(/^index$/, '/');

export function measure(buildDir: string): PageRow[] {
	const rows = new Map<string, PageRow>();
	for (const path of htmlFiles(buildDir)) {
		const html = readFileSync(path, 'utf8');
		const page = relative(buildDir, path);
		const styles = pageStyles(html, path);
		const fonts = pageFonts(styles);
		const figures = {
			js: pageScripts(html, path).reduce((sum, f) => sum + gzipSize(f), 0),
			css: styles.reduce((sum, f) => sum + gzipSize(f), 0),
			fonts: fonts.reduce((sum, f) => sum + statSync(f).size, 0),
			data: pageData(html),
			html: gzipSize(path)
		};
		const template = templateOf(page);
		const row = rows.get(template) ?? {
			template,
			pages: 0,
			js: 0,
			css: 0,
			fonts: 0,
			data: 0,
			html: 0
		};
		row.pages++;
		for (const key of figureKeys) row[key] = Math.max(row[key], figures[key]);
		rows.set(template, row);
	}
	return [...rows.values()].sort((a, b) => a.template.localeCompare(b.template));
}

export function verdicts(row: PageRow): string[] {
	const broken: string[] = [];
	const jsLimit = row.template === '/' ? budgets.jsHome : budgets.js;
	if (row.js > jsLimit) broken.push(`JS ${kb(row.js)} > ${kb(jsLimit)}`);
	if (row.css > budgets.css) broken.push(`CSS ${kb(row.css)} > ${kb(budgets.css)}`);
	if (row.fonts > budgets.fonts) broken.push(`fonts ${kb(row.fonts)} > ${kb(budgets.fonts)}`);
	return broken;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

function main() {
	const buildDir = resolve(process.argv[2] ?? 'build');
	if (!existsSync(join(buildDir, 'index.html'))) {
		console.error(`size: no build in ${buildDir} – run npm run build first`);
		process.exit(2);
	}
	const rows = measure(buildDir);
	const head = ['page', 'pages', 'JS gz', 'CSS gz', 'fonts', 'data gz', 'HTML gz', 'verdict'];
	const lines = rows.map((r) => {
		const broken = verdicts(r);
		return [
			r.template,
			String(r.pages),
			kb(r.js),
			kb(r.css),
			kb(r.fonts),
			kb(r.data),
			kb(r.html),
			broken.length ? `OVER: ${broken.join('; ')}` : 'ok'
		];
	});
	const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
	const print = (cells: string[]) =>
		console.log(cells.map((c, i) => c.padEnd(widths[i]!)).join('  '));
	print(head);
	lines.forEach(print);
	console.log(
		`budgets: JS / ≤ ${kb(budgets.jsHome)}, JS any page ≤ ${kb(budgets.js)}, CSS ≤ ${kb(budgets.css)}, fonts ≤ ${kb(budgets.fonts)} (gzip -9; fonts as woff2; data and HTML for information)`
	);
	const over = rows.filter((r) => verdicts(r).length);
	if (over.length) {
		console.error(
			`size: ${over.length} page(s) over budget: ${over.map((r) => r.template).join(', ')}`
		);
		process.exit(1);
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
