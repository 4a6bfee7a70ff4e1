import { expect, test } from './fixtures';

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
