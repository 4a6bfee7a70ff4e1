import { expect, sitePaths, test } from './fixtures';

for (const path of sitePaths) {
	test(`${path} loads nothing from another origin, keeps to the CSP and logs no error`, async ({
		page,
		pageProblems,
		switchLanguage
	}) => {
		await page.goto(path, { waitUntil: 'networkidle' });
		await switchLanguage('English');
		await switchLanguage('Deutsch');
		expect(pageProblems).toEqual([]);
	});
}

test('client-side navigation stays clean too', async ({ page, pageProblems }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Zum Baustein-Katalog' }).click();
	await page.getByRole('link', { name: 'Wiki' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wiki');
	await page.getByRole('link', { name: 'Barrierefreiheit' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Erklärung zur Barrierefreiheit'
	);
	expect(pageProblems).toEqual([]);
});
