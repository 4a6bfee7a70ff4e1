/**
 * The trimmed assets of the build still carry everything the pages use: no KERN class the pages
 * or scripts name lost its rules to the CSS purge (scripts/purge-kern-css.js), nor any rule of
 * the app's own global stylesheet, and the fonts a
 * browser loads are the Latin subsets, with the preloaded body font reused, not fetched twice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request } from '@playwright/test';
import postcss from 'postcss';
import { routesWithFonts } from '../../src/lib/fonts/font-preloads';
import { expect, hydrated, test } from './fixtures';

const root = fileURLToPath(new URL('../../', import.meta.url));
const build = join(root, 'build');
const files = readdirSync(build, { recursive: true, withFileTypes: true })
	.filter((e) => e.isFile())
	.map((e) => join(e.parentPath, e.name));
const text = (file: string) => readFileSync(file, 'utf8');
const classesIn = (css: string) => new Set([...css.matchAll(/\.(kern-[\w-]+)/g)].map((m) => m[1]!));

test('every KERN class the built pages and scripts name keeps its KERN rules', () => {
	const kern = classesIn(text(join(root, 'node_modules/@kern-ux/native/dist/kern.css')));
	const shipped = classesIn(
		files
			.filter((f) => f.endsWith('.css'))
			.map(text)
			.join('\n')
	);
	const named = new Set(
		files
			.filter((f) => /\.(html|js)$/.test(f))
			.flatMap((f) => [...text(f).matchAll(/kern-[\w-]+/g)].map((m) => m[0]))
	);
	expect(named.size).toBeGreaterThan(50);
	const lost = [...named].filter((name) => kern.has(name) && !shipped.has(name));
	expect(lost).toEqual([]);
	// A class built at run time (`kern-badge--{variant}`) leaves only its prefix in the code:
	// all of KERN's classes with that prefix must be there.
	const prefixes = [...named].filter((name) => name.endsWith('-'));
	expect(prefixes).toContain('kern-badge--');
	for (const prefix of prefixes)
		expect(
			[...kern].filter((name) => name.startsWith(prefix) && !shipped.has(name)),
			prefix
		).toEqual([]);
});

test("every rule of the app's own global stylesheet survives the purge", () => {
	// Compared without white space: the minifier only drops spaces from these selectors.
	const squeeze = (selector: string) => selector.replace(/\s+/g, '');
	const own: string[] = [];
	postcss.parse(text(join(root, 'src/app.css'))).walkRules((rule) => {
		own.push(squeeze(rule.selector));
	});
	const shipped = squeeze(
		files
			.filter((f) => f.endsWith('.css'))
			.map(text)
			.join('\n')
	);
	expect(own).toContain('.flow>:where(:not(:first-child))');
	expect(own.filter((selector) => !shipped.includes(selector))).toEqual([]);
});

test('no full KERN font file is shipped or named; every page preloads the Latin body font', () => {
	const fonts = files.filter((f) => f.endsWith('.woff2')).map((f) => relative(build, f));
	expect(fonts.length).toBe(10);
	for (const font of fonts) expect(font).toMatch(/FiraSans-\w+-latin(-ext)?\.[\w-]+\.woff2$/);
	const css = files.filter((f) => f.endsWith('.css')).map(text);
	const faceRule = css
		.flatMap((c) => c.match(/@font-face\s*\{[^}]*\}/g) ?? [])
		.find((rule) => /font-weight:\s*400\b/.test(rule) && /font-style:\s*normal/.test(rule));
	const bodyFont =
		/url\(["']?(?:\.\/|\/_app\/immutable\/assets\/)([^"')]+-latin\.[\w-]+\.woff2)/.exec(
			faceRule ?? ''
		)?.[1];
	expect(bodyFont).toMatch(/^FiraSans-Regular-latin\./);
	for (const page of ['index.html', 'laender/sh.html', 'assistent/schulen.html', '200.html']) {
		const html = text(join(build, page));
		// Every page names its files from the root (svelte.config.js: paths.relative).
		expect(html, page).toContain(
			`<link href="/_app/immutable/assets/${bodyFont}" rel="preload" as="font" type="font/woff2" crossorigin>`
		);
	}
});

/** One page of every route that has its own fonts (`src/lib/fonts/font-preloads.ts`). */
const fontSamples: Record<string, string> = {
	'/': '/',
	'/abdeckung': '/abdeckung',
	'/assistent': '/assistent',
	'/assistent/[step]': '/assistent/schulen',
	'/barrierefreiheit': '/barrierefreiheit',
	'/bausteine': '/bausteine',
	'/bausteine/[id]': '/bausteine/dateiablage',
	'/impressum': '/impressum',
	'/laender': '/laender',
	'/laender/[code]': '/laender/sh',
	'/szenarien': '/szenarien',
	'/vergleich': '/vergleich'
};

test('each page preloads exactly the upright faces it sets its text in', async ({ page }) => {
	expect(Object.keys(fontSamples).sort()).toEqual([...routesWithFonts].sort());
	const face = (url: string) => /FiraSans-(\w+)-latin\./.exec(url)?.[1];
	for (const path of Object.values(fontSamples)) {
		const fetched = new Set<string>();
		const onRequest = (request: Request) => {
			if (request.resourceType() === 'font') fetched.add(face(request.url()) ?? request.url());
		};
		page.on('request', onRequest);
		await page.goto(path);
		await hydrated(page);
		await page.evaluate(() => document.fonts.ready);
		// The assistant draws its step after hydration; its text then asks for its faces.
		await page.waitForLoadState('networkidle');
		page.off('request', onRequest);
		const preloaded = await page
			.locator('link[rel="preload"][as="font"]')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		expect(preloaded.map(face).sort(), path).toEqual(
			[...fetched].filter((f) => f !== 'Italic').sort()
		);
	}
});

test('a browser loads the Latin subsets only, the body font once, under 100 KB', async ({
	page,
	pageProblems
}) => {
	const warnings: string[] = [];
	page.on('console', (m) => warnings.push(m.text()));
	const fonts: { url: string; bytes: number }[] = [];
	page.on('requestfinished', async (request) => {
		if (request.resourceType() !== 'font') return;
		const response = await request.response();
		fonts.push({ url: request.url(), bytes: (await response?.body())?.length ?? 0 });
	});
	await page.goto('/bausteine/identitaetsmanagement');
	await page.evaluate(() => document.fonts.ready);
	await expect.poll(() => fonts.length).toBeGreaterThanOrEqual(3);
	const names = fonts.map((f) => f.url.split('/').pop()!);
	for (const name of names) expect(name).toMatch(/^FiraSans-\w+-latin\./);
	expect(names.filter((n) => n.startsWith('FiraSans-Regular-latin.'))).toHaveLength(1);
	expect(fonts.reduce((sum, f) => sum + f.bytes, 0)).toBeLessThan(100 * 1024);
	expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
	// KERN's contextual colours, set on body by a rule the purge must keep (its :is() selector).
	const contextual = await page.evaluate(() =>
		getComputedStyle(document.body)
			.getPropertyValue('--kern-color-form-input-border-contextual')
			.trim()
	);
	expect(contextual).not.toBe('');
	expect(pageProblems).toEqual([]);
});
