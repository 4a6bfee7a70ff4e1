/**
 * Every page of the site: nothing is loaded from another origin, the CSP is kept and nothing is
 * logged as an error, also while switching the language. Axe finds no WCAG 2.1 A/AA violation on
 * every page not built from a template and on samples of the two templates (block, state; see
 * `axeSamples`), in German, and in English on one sample per page kind.
 */
import {
	axeSamples,
	describeViolations,
	englishSamples,
	expect,
	sitePaths,
	test
} from './fixtures';

for (const path of sitePaths.filter((path) => axeSamples.has(path)))
	test(`${path}: no axe violation, no other origin, no CSP violation, no error`, async ({
		page,
		pageProblems,
		switchLanguage,
		axeViolations
	}) => {
		// Scanned once the page has loaded all it loads, so axe sees the finished page.
		await page.goto(path, { waitUntil: 'networkidle' });
		expect(describeViolations(await axeViolations()), 'de').toEqual([]);
		await switchLanguage('English');
		if (englishSamples.has(path))
			expect(describeViolations(await axeViolations()), 'en').toEqual([]);
		await switchLanguage('Deutsch');
		expect(pageProblems).toEqual([]);
	});

/**
 * The other pages, loaded one after the other in one tab: a fresh browser context per page cost
 * about a second of CPU each (a new renderer, nothing cached), more than the page itself.
 */
const unscanned = sitePaths.filter((path) => !axeSamples.has(path));
const tests = Math.ceil(unscanned.length / 10);
const perTest = Math.ceil(unscanned.length / tests);
for (let i = 0; i < unscanned.length; i += perTest) {
	const paths = unscanned.slice(i, i + perTest);
	test(`${paths[0]} … ${paths.at(-1)} (${paths.length} pages): no other origin, no CSP violation, no error`, async ({
		page,
		pageProblems,
		switchLanguage
	}) => {
		// 1–2 s a page on an idle machine; generous for a busy one.
		test.setTimeout(paths.length * 15_000);
		for (const path of paths) {
			await page.goto(path);
			await switchLanguage('English');
			await switchLanguage('Deutsch');
			// Taken out, so that each page answers for its own problems.
			expect.soft(pageProblems.splice(0), path).toEqual([]);
		}
	});
}

test('axe finds no violation with the block filter in use', async ({ page, axeViolations }) => {
	await page.goto('/bausteine?q=identitat&bereitstellung=state');
	await expect(page.getByRole('button', { name: 'Filter zurücksetzen' })).toBeVisible();
	expect(describeViolations(await axeViolations())).toEqual([]);
});
