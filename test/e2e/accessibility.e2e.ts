/**
 * Every page of the site, once each: nothing is loaded from another origin, the CSP is kept and
 * nothing is logged as an error, also while switching the language. Axe finds no WCAG 2.1 A/AA
 * violation on every page not built from a template and on samples of the two templates (block,
 * state; see `axeSamples`), in German, and in English on one sample per page kind.
 */
import {
	axeSamples,
	describeViolations,
	englishSamples,
	expect,
	sitePaths,
	test
} from './fixtures';

for (const path of sitePaths) {
	const scanned = axeSamples.has(path);
	test(`${path}: ${scanned ? 'no axe violation, ' : ''}no other origin, no CSP violation, no error`, async ({
		page,
		pageProblems,
		switchLanguage,
		axeViolations
	}) => {
		if (scanned) {
			// Scanned once the page has loaded all it loads, so axe sees the finished page.
			await page.goto(path, { waitUntil: 'networkidle' });
			expect(describeViolations(await axeViolations()), 'de').toEqual([]);
		} else await page.goto(path);
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
