/**
 * Shared Playwright fixtures for the app's end-to-end tests.
 *
 * - `pageProblems`: every console error, uncaught exception, CSP violation and request to an
 *   origin other than the app's own, collected while the test runs.
 * - `switchLanguage(name)`: presses the language switch ("English" / "Deutsch") and waits until
 *   `<html lang>` follows (the switch works once the page is hydrated).
 * - `axeViolations()`: the WCAG 2.0/2.1 A and AA violations axe finds on the current page.
 * - `sitePaths` / `blockIds`: every page of the site, read from the catalog the site is built from.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';

export const appOrigin = `http://127.0.0.1:${process.env.PORT ?? 4173}`;

const blocksFile = new URL('../../catalog/blocks.json', import.meta.url);
export const blockIds: string[] = JSON.parse(readFileSync(blocksFile, 'utf8')).blocks.map(
	(block: { id: string }) => block.id
);

const stateCodes: string[] = readdirSync(new URL('../../catalog/states/', import.meta.url)).map(
	(f) => f.replace(/\.json$/, '')
);

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

/**
 * Pages built from one template per kind (a block, a state) are scanned in English for one
 * example each; every page is scanned in German.
 */
export const englishSamples = new Set(
	sitePaths
		.filter((path) => !/^\/(bausteine|laender)\/./.test(path))
		.concat(['/bausteine/identitaetsmanagement', '/laender/by'])
);

type AxeViolations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

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

	axeViolations: async ({ page }, use) => {
		await use(async () => {
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			return results.violations;
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
