/**
 * `npm run size` on small hand-made builds shaped like SvelteKit's output: it counts what a page
 * loads at start (not what it imports on demand), groups pages of one template, picks the font
 * files a page can use, and fails, naming page and budget, when a page breaks one.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatTable, groupPages, sizeReport } from '../../../scripts/size-report.js';
import { budgetViolations } from '../../../scripts/size/budgets.js';
import { compressed, measureBuild } from '../../../scripts/size/measure.js';

type Files = Record<string, string | Buffer>;

function writeSite(files: Files): string {
	const dir = mkdtempSync(join(tmpdir(), 'baukasten-size-'));
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, name)), { recursive: true });
		writeFileSync(join(dir, name), content);
	}
	return dir;
}

/** Text that gzip cannot shrink much: about `kb` KB after gzip. */
const noise = (kb: number) => randomBytes(kb * 1024).toString('base64');

interface PageOptions {
	depth?: number;
	nodes: number[];
	styles?: string[];
	body?: string;
	data?: { url: string; body: string }[];
}

/** A prerendered page as SvelteKit writes it: preloads, stylesheets, inlined data, bootstrap. */
function page({ depth = 0, nodes, styles = ['0.css'], body = '', data = [] }: PageOptions) {
	const up = depth === 0 ? './' : '../'.repeat(depth);
	const app = `${up}_app/immutable`;
	const preloads = ['entry/start.js', 'entry/app.js', ...nodes.map((n) => `nodes/${n}.js`)];
	return [
		'<!doctype html><html lang="de"><head>',
		...preloads.map((p) => `<link href="${app}/${p}" rel="modulepreload">`),
		...styles.map((s) => `<link href="${app}/assets/${s}" rel="stylesheet">`),
		'</head><body><div>',
		body,
		...data.map(
			(d) =>
				`<script type="application/json" data-sveltekit-fetched data-url="${d.url}">${d.body}</script>`
		),
		`<script>{ Promise.all([import("${app}/entry/start.js"), import("${app}/entry/app.js")]).then(([kit, app]) => { kit.start(app, document.body, { node_ids: [${nodes.join(', ')}], data: [] }); }); }</script>`,
		'</div></body></html>'
	].join('\n');
}

const fontFace = (file: string, weight: number, style: string, range: string) =>
	`@font-face{font-family:"Fira Sans";font-style:${style};font-weight:${weight};font-display:swap;src:url(./${file}) format("woff2");unicode-range:${range}}`;

/** The shared part: kit's entries, a root layout node importing a chunk, fonts, global CSS. */
function baseSite(extra: Files = {}): Files {
	return {
		'_app/immutable/entry/start.js': 'export{s as start}from"../chunks/kit.js";',
		'_app/immutable/entry/app.js':
			'const n=[()=>import("../nodes/0.js"),()=>import("../nodes/1.js"),()=>import("../nodes/2.js")];export{n as nodes};',
		'_app/immutable/chunks/kit.js': `const s=1;export{s};/*${'kit '.repeat(200)}*/`,
		'_app/immutable/nodes/0.js':
			'import{s}from"../chunks/kit.js";import"../chunks/layout.js";const d=()=>import("../chunks/docx.js");export{d};',
		'_app/immutable/chunks/layout.js': `export const l=${JSON.stringify('<strong>Layout</strong> '.repeat(50))};`,
		'_app/immutable/chunks/docx.js': `export const big=${JSON.stringify(noise(30))};`,
		'_app/immutable/nodes/1.js': 'export const home=1;',
		'_app/immutable/nodes/2.js': 'import"../chunks/state.js";export const state=1;',
		'_app/immutable/chunks/state.js': 'export const s=2;',
		'_app/immutable/assets/0.css': [
			fontFace('regular-latin.woff2', 400, 'normal', 'U+20-7E,U+A0-FF'),
			fontFace('regular-ext.woff2', 400, 'normal', 'U+100-17F'),
			fontFace('italic-latin.woff2', 400, 'italic', 'U+20-7E,U+A0-FF'),
			fontFace('semibold-latin.woff2', 600, 'normal', 'U+20-7E,U+A0-FF'),
			fontFace('bold-latin.woff2', 700, 'normal', 'U+20-7E,U+A0-FF'),
			':root{--weight-strong:600}h1{font-weight:var(--weight-strong,600)}body{margin:0}'
		].join('\n'),
		'_app/immutable/assets/regular-latin.woff2': Buffer.alloc(10_000),
		'_app/immutable/assets/regular-ext.woff2': Buffer.alloc(3_000),
		'_app/immutable/assets/italic-latin.woff2': Buffer.alloc(10_000),
		'_app/immutable/assets/semibold-latin.woff2': Buffer.alloc(11_000),
		'_app/immutable/assets/bold-latin.woff2': Buffer.alloc(12_000),
		'index.html': page({ nodes: [0, 1], body: '<h1>Start</h1>' }),
		'laender.html': page({ nodes: [0, 2] }),
		'laender/sh.html': page({
			depth: 1,
			nodes: [0, 2],
			data: [{ url: '../katalog/states/sh.json', body: JSON.stringify({ body: noise(2) }) }]
		}),
		'laender/by.html': page({ depth: 1, nodes: [0, 2], body: '<p>Łódź</p>' }),
		'200.html': page({ nodes: [0] }),
		...extra
	};
}

const byPath = (dir: string) => new Map(measureBuild(dir).map((p) => [p.path, p]));

afterEach(() => vi.restoreAllMocks());

describe('what a page loads at start', () => {
	const pages = byPath(writeSite(baseSite()));

	it('measures every prerendered page except the SPA fallback', () => {
		expect([...pages.keys()]).toEqual(['/', '/laender', '/laender/by', '/laender/sh']);
	});

	it('counts preloads, entries and their static imports, but not dynamic imports', () => {
		const home = pages.get('/')!;
		// start, app, kit, node 0, layout, node 1 – not docx (dynamic) and not state (node 2)
		expect(home.js.files).toBe(6);
		expect(pages.get('/laender')!.js.files).toBe(7);
		expect(home.js.gz).toBeGreaterThan(0);
		expect(home.js.br).toBeGreaterThan(0);
		expect(home.js.gz).toBeLessThan(home.js.raw);
	});

	it('lists what the page imports on demand apart, not SvelteKit’s table of other pages', () => {
		const home = pages.get('/')!;
		expect(home.lazy.files).toBe(1);
		expect(home.lazy.gz).toBeGreaterThan(25 * 1024);
		expect(home.js.gz).toBeLessThan(5 * 1024);
	});

	it('counts the stylesheets and the data SvelteKit inlined for the page’s fetches', () => {
		expect(pages.get('/')!.css.files).toBe(1);
		expect(pages.get('/')!.css.gz).toBeGreaterThan(100);
		expect(pages.get('/laender/sh')!.data).toMatchObject({
			files: 1,
			urls: ['../katalog/states/sh.json']
		});
		expect(pages.get('/laender/sh')!.data.gz).toBeGreaterThan(2 * 1024);
		expect(pages.get('/laender/by')!.data.files).toBe(0);
	});

	it('takes the sizes of the compressed copies the build wrote beside a file, if not stale', () => {
		const layout = '_app/immutable/chunks/layout.js';
		const site = baseSite();
		const own = byPath(writeSite(site)).get('/')!.js;
		const layoutOwn = compressed(site[layout]!);
		const dir = writeSite({
			...site,
			[`${layout}.gz`]: Buffer.alloc(1234),
			[`${layout}.br`]: Buffer.alloc(567),
			// only a .gz: compressed here
			'_app/immutable/chunks/kit.js.gz': Buffer.alloc(99_999)
		});
		const home = byPath(dir).get('/')!.js;
		expect(home.raw).toBe(own.raw);
		// Only the layout chunk's figures changed: to the sizes of the copies beside it.
		expect(home.gz).toBe(own.gz - layoutOwn.gz + 1234);
		expect(home.br).toBe(own.br - layoutOwn.br + 567);
		// A copy older than its file is not what the server sends for it.
		utimesSync(join(dir, `${layout}.br`), new Date(0), new Date(0));
		expect(byPath(dir).get('/')!.js).toEqual(own);
	});

	it('counts the fonts of the weights and styles the page can ask for, within their ranges', () => {
		const home = pages.get('/')!;
		// 400 (body), 600 (h1 through the custom property), 700 (<strong> in the layout's chunk);
		// no italic, no Latin Extended-A letter on the page.
		expect(home.fonts.faces.sort()).toEqual(['400', '600', '700']);
		expect(home.fonts.bytes).toBe(10_000 + 11_000 + 12_000);
		// Łódź: the Latin Extended-A file of the regular face too.
		expect(pages.get('/laender/by')!.fonts.bytes).toBe(10_000 + 3_000 + 11_000 + 12_000);
	});
});

describe('fonts a page can use', () => {
	it('adds the italic face when the page’s CSS or markup asks for italics', () => {
		const dir = writeSite(
			baseSite({
				'_app/immutable/assets/2.css': '.note{font-style:italic}',
				'laender.html': page({ nodes: [0, 2], styles: ['0.css', '2.css'] }),
				'laender/sh.html': page({ depth: 1, nodes: [0, 2], body: '<em>wichtig</em>' })
			})
		);
		const pages = byPath(dir);
		expect(pages.get('/laender')!.fonts.faces).toContain('400i');
		expect(pages.get('/laender/sh')!.fonts.faces).toContain('400i');
		expect(pages.get('/')!.fonts.faces).not.toContain('400i');
	});

	it('takes the nearest weight the fonts have, as a browser does', () => {
		const dir = writeSite(
			baseSite({
				'_app/immutable/assets/0.css': [
					fontFace('regular-latin.woff2', 400, 'normal', 'U+20-7E'),
					fontFace('bold-latin.woff2', 700, 'normal', 'U+20-7E'),
					// 500 falls back to 400 (below 500, lighter first); 650 to 700 (heavier first)
					'.a{font-weight:500}.b{font-weight:650}'
				].join('\n'),
				'index.html': page({ nodes: [1] })
			})
		);
		const home = byPath(dir).get('/')!;
		expect(home.fonts.faces.sort()).toEqual(['400', '700']);
		expect(home.fonts.bytes).toBe(22_000);
	});
});

describe('the report', () => {
	it('groups the pages of one template and keeps other pages apart', () => {
		const groups = groupPages(measureBuild(writeSite(baseSite())));
		expect(groups.map((g) => g.label)).toEqual(['/', '/laender', '/laender/* (2)']);
		const table = formatTable(groups);
		expect(table).toMatch(/^\| Seite\/page/);
		expect(table).toMatch(/\| \/laender\/\* \(2\) +\|/);
		expect(table.split('\n')).toHaveLength(5);
	});

	it('passes a build within the budgets (exit 0)', () => {
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		expect(sizeReport(writeSite(baseSite()))).toBe(0);
		expect(log.mock.calls.flat().join('\n')).toMatch(/Alle Budgets eingehalten/);
	});

	it('fails when the start page has more than 40 KB of JS, naming page and budget', () => {
		const dir = writeSite(
			baseSite({ '_app/immutable/nodes/1.js': `export const home=${JSON.stringify(noise(45))};` })
		);
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		expect(sizeReport(dir)).toBe(1);
		const broken = budgetViolations(measureBuild(dir));
		expect(broken).toHaveLength(1);
		expect(broken[0]).toMatch(/^\/: JS gz on \/ 4\d,\d KB > 40,0 KB$/);
		expect(log.mock.calls.flat().join('\n')).toMatch(/ÜBER\/OVER: JS gz on \//);
	});

	it('fails when any page has more than 120 KB of JS', () => {
		const dir = writeSite(
			baseSite({
				'_app/immutable/chunks/state.js': `export const s=${JSON.stringify(noise(125))};`
			})
		);
		const broken = budgetViolations(measureBuild(dir));
		expect(broken.map((b) => b.split(':')[0])).toEqual(['/laender', '/laender/by', '/laender/sh']);
		expect(broken[0]).toMatch(/JS gz 12\d,\d KB > 120,0 KB/);
	});

	it('fails on more than 20 KB of CSS and more than 100 KB of fonts on a page', () => {
		const dir = writeSite(
			baseSite({
				'_app/immutable/assets/3.css': `.x{content:"${noise(21)}"}`,
				'_app/immutable/assets/bold-latin.woff2': Buffer.alloc(85_000),
				'laender.html': page({ nodes: [0, 2], styles: ['0.css', '3.css'] })
			})
		);
		const broken = budgetViolations(measureBuild(dir));
		expect(broken).toEqual(
			expect.arrayContaining([expect.stringMatching(/^\/laender: CSS gz 2\d,\d KB > 20,0 KB$/)])
		);
		expect(broken.filter((b) => b.includes('fonts (woff2)')).map((b) => b.split(':')[0])).toEqual([
			'/',
			'/laender',
			'/laender/by',
			'/laender/sh'
		]);
	});

	it('says what is missing when there is no build', () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(sizeReport(mkdtempSync(join(tmpdir(), 'baukasten-empty-')))).toBe(2);
		expect(error.mock.calls.flat().join('\n')).toMatch(/npm run build/);
	});
});
