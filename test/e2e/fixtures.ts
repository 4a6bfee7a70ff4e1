/**
 * Shared Playwright fixtures for the app's end-to-end tests.
 *
 * - `pageProblems`: every console error, uncaught exception, CSP violation and request to an
 *   origin other than the app's own, collected while the test runs.
 * - `switchLanguage(name)`: presses the language switch ("English" / "Deutsch") and waits until
 *   `<html lang>` follows (the switch works once the page is hydrated).
 * - `axeViolations()`: the WCAG 2.0/2.1 A and AA violations axe finds on the current page. Each
 *   scan adds `AXE_SCAN_TIMEOUT` to the test's timeout.
 * - `sitePaths` / `blockIds`: every page of the site, read from the catalog the site is built from;
 *   `axeSamples` / `englishSamples`: the pages axe scans in German / in English.
 */
import { test as base, expect, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const appOrigin = `http://127.0.0.1:${process.env.PORT ?? 4173}`;

const blocksFile = new URL('../../catalog/blocks.json', import.meta.url);
const blocks: { id: string; set?: string }[] = JSON.parse(readFileSync(blocksFile, 'utf8')).blocks;
export const blockIds = blocks.map((block) => block.id);

interface StateFile {
	id: string;
	services: { covers: { block: string }[] }[];
}
const statesDir = new URL('../../catalog/states/', import.meta.url);
const states: StateFile[] = readdirSync(statesDir)
	.sort()
	.map((f) => JSON.parse(readFileSync(new URL(f, statesDir), 'utf8')));
const stateCodes = states.map((state) => state.id);

export const sitePaths = [
	'/',
	'/assistent',
	'/szenarien',
	'/bausteine',
	'/vergleich',
	'/abdeckung',
	'/laender',
	'/barrierefreiheit',
	'/impressum',
	...blockIds.map((id) => `/bausteine/${id}`),
	...stateCodes.map((code) => `/laender/${code}`)
];

/** Pages built from one template per kind: a block page, a state page. */
const templatePage = /^\/(bausteine|laender)\/./;

const coveredByAState = new Set(
	states.flatMap((state) => state.services.flatMap((s) => s.covers.map((c) => c.block)))
);

/**
 * Axe checks markup, and pages built from one template share their markup: it scans each template
 * once for every branch its data takes, not every instance (56 scans were two thirds of the
 * browser tests' time). Every page still gets the cheap checks (other origins, CSP, errors, both
 * languages). When a template gains a branch, add a sample for it here.
 */
const blockPage = (block: { id: string } | undefined) => block && `/bausteine/${block.id}`;
const templateSamples = [
	// covered by some states and not by others: both lists, and the solutions table
	'/bausteine/identitaetsmanagement',
	// the extension badge
	blockPage(blocks.find((block) => block.set === 'extension')),
	// covered by no state: the "no state service" text instead of the list
	blockPage(blocks.find((block) => !coveredByAState.has(block.id))),
	// a state other than SH: the frame note
	'/laender/by',
	// SH, the concept's own state: no frame note; the most services
	'/laender/sh'
].filter((path) => path !== undefined);
for (const path of templateSamples)
	if (!sitePaths.includes(path)) throw new Error(`axe sample ${path} is not a page of the site`);

/** The pages axe scans in German: every page not built from a template, and the samples. */
export const axeSamples = new Set([
	...sitePaths.filter((path) => !templatePage.test(path)),
	...templateSamples
]);

/** The pages axe scans in English too: as in German, with one sample per template. */
export const englishSamples = new Set(
	sitePaths
		.filter((path) => !templatePage.test(path))
		.concat(['/bausteine/identitaetsmanagement', '/laender/by'])
);

/** Time each axe scan adds to its test: 1–5 s on an idle machine, many times that on a busy one. */
export const AXE_SCAN_TIMEOUT = 60_000;

type AxeViolations = AxeResults['violations'];

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

// Only violations are read: axe then skips building selectors for every passing node, which is
// much of its time on large pages.
const axeOptions: RunOptions = {
	runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
	resultTypes: ['violations']
};

interface Fixtures {
	pageProblems: string[];
	switchLanguage: (name: 'English' | 'Deutsch') => Promise<void>;
	axeViolations: () => Promise<AxeViolations>;
}

export const test = base.extend<Fixtures>({
	pageProblems: async ({ page }, use) => {
		const problems: string[] = [];
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) => {
				console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
			});
		});
		page.on('console', (message) => {
			if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
		});
		page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol === 'data:' || url.protocol === 'blob:') return;
			if (url.origin !== appOrigin) problems.push(`request to another origin: ${request.url()}`);
		});
		await use(problems);
	},

	switchLanguage: async ({ page }, use) => {
		await use(async (name) => {
			const lang = name === 'English' ? 'en' : 'de';
			await expect(async () => {
				await page.getByRole('button', { name, exact: true }).click();
				await expect(page.locator('html')).toHaveAttribute('lang', lang, { timeout: 500 });
			}).toPass();
			await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute(
				'aria-pressed',
				'true'
			);
		});
	},

	axeViolations: async ({ page }, use, testInfo) => {
		await use(async () => {
			testInfo.setTimeout(testInfo.timeout + AXE_SCAN_TIMEOUT);
			// axe runs in the top document only, which is all of the app: it has no frames.
			expect(page.frames(), 'frames axe would not scan').toHaveLength(1);
			// axe is put into a document once and then run as often as the test asks (both
			// languages, every wizard step). @axe-core/playwright injected its 1.3 MB source on
			// every scan and finished each in a new tab – a renderer process of its own – which
			// was most of a scan's time on a small page.
			if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
			return page.evaluate(
				(options) =>
					(window as unknown as { axe: typeof import('axe-core') }).axe
						.run(document, options)
						.then((results) => results.violations),
				axeOptions
			);
		});
	}
});

export { expect };

/** A readable summary of axe violations for a failing assertion. */
export function describeViolations(violations: AxeViolations): string[] {
	return violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

/**
 * Waits until the page has hydrated (the root layout marks `<html data-hydrated>`). Needed before
 * `setInputFiles`, which, unlike clicks, does not wait for the page to answer: a file handed to
 * the prerendered input before hydration is never read.
 */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/**
 * A slow office PC: the prerendered page is there, the app's code is not yet. Holds back every
 * script of the app until the returned function lets them through.
 */
export async function holdAppCode(page: Page): Promise<() => void> {
	let release!: () => void;
	const codeHeld = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await codeHeld;
		await route.continue();
	});
	return release;
}
