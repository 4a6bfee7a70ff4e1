import { describeViolations, expect, sitePaths, test } from './fixtures';

for (const path of sitePaths) {
	test(`axe finds no WCAG 2.1 A/AA violation on ${path}, in German and in English`, async ({
		page,
		switchLanguage,
		axeViolations
	}) => {
		await page.goto(path);
		expect(describeViolations(await axeViolations())).toEqual([]);
		await switchLanguage('English');
		expect(describeViolations(await axeViolations())).toEqual([]);
	});
}

test('axe finds no violation with the block filter in use', async ({ page, axeViolations }) => {
	await page.goto('/bausteine?q=identitat&bereitstellung=state');
	await expect(page.getByRole('button', { name: 'Filter zurücksetzen' })).toBeVisible();
	expect(describeViolations(await axeViolations())).toEqual([]);
});
