/**
 * Every page of the site, once each: axe finds no WCAG 2.1 A/AA violation (in German; in English
 * for every page kind), nothing is loaded from another origin, the CSP is kept and nothing is
 * logged as an error, also while switching the language.
 */
import { describeViolations, englishSamples, expect, sitePaths, test } from './fixtures';

for (const path of sitePaths) {
	test(`${path}: no axe violation, no other origin, no CSP violation, no error`, async ({
		page,
		pageProblems,
		switchLanguage,
		axeViolations
	}) => {
		await page.goto(path, { waitUntil: 'networkidle' });
		expect(describeViolations(await axeViolations()), 'de').toEqual([]);
		await switchLanguage('English');
		if (englishSamples.has(path))
			expect(describeViolations(await axeViolations()), 'en').toEqual([]);
		await switchLanguage('Deutsch');
		expect(pageProblems).toEqual([]);
	});
}

test('axe finds no violation with the block filter in use', async ({ page, axeViolations }) => {
	await page.goto('/bausteine?q=identitat&bereitstellung=state');
	await expect(page.getByRole('button', { name: 'Filter zurücksetzen' })).toBeVisible();
	expect(describeViolations(await axeViolations())).toEqual([]);
});
