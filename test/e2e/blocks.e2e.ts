import { expect, test } from './fixtures';

test.describe('the block catalog', () => {
	test('lists every block of the catalog, grouped by category', async ({ page }) => {
		await page.goto('/bausteine');
		await expect(page.getByRole('status')).toHaveText(/^(\d+) von \1 Bausteinen$/);
		await expect(page.getByRole('heading', { level: 2, name: /^Infrastruktur/ })).toBeVisible();
		await expect(
			page.getByRole('heading', { level: 2, name: /^Nicht-technische Aspekte/ })
		).toBeVisible();
	});

	test('search "identitat" (no umlaut) finds Identitätsmanagement', async ({ page }) => {
		await page.goto('/bausteine');
		await page.getByRole('searchbox', { name: 'Suche' }).fill('identitat');
		await expect(page.getByRole('link', { name: 'Identitätsmanagement' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Messenger' })).toHaveCount(0);
		await expect(page).toHaveURL(/\?q=identitat$/);
	});

	test('searches English names and keywords too', async ({ page }) => {
		await page.goto('/bausteine');
		await page.getByRole('searchbox', { name: 'Suche' }).fill('identity management');
		await expect(page.getByRole('link', { name: 'Identitätsmanagement' })).toBeVisible();
		await page.getByRole('searchbox', { name: 'Suche' }).fill('gibt es nicht');
		await expect(page.getByText('Keine Bausteine gefunden.')).toBeVisible();
	});

	test('filters by category', async ({ page }) => {
		await page.goto('/bausteine');
		await page
			.getByRole('combobox', { name: 'Kategorie' })
			.selectOption({ label: 'Pädagogische Dienste' });
		await expect(
			page.getByRole('heading', { level: 2, name: /^Pädagogische Dienste/ })
		).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: /^Infrastruktur/ })).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Kurssystem' })).toBeVisible();
		await expect(page).toHaveURL(/kategorie=paedagogische-dienste/);
	});

	test('filters by who provides a block', async ({ page }) => {
		await page.goto('/bausteine');
		const provider = page.getByRole('combobox', { name: 'Wer stellt bereit?' });

		await provider.selectOption('state');
		await expect(page.getByRole('link', { name: 'Kurssystem' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Ticketsystem' })).toHaveCount(0);

		await provider.selectOption('carrier');
		await expect(page.getByRole('link', { name: 'Ticketsystem' })).toBeVisible();

		await provider.selectOption('extension');
		await expect(page.getByText('Erweiterung, nicht Teil des IQSH-Sets').first()).toBeVisible();
		await expect(page.getByRole('link', { name: 'Identitätsmanagement' })).toHaveCount(0);
		await expect(page).toHaveURL(/bereitstellung=extension/);
	});

	test('restores a bookmarked filter from the URL and resets it', async ({ page }) => {
		await page.goto('/bausteine?q=wlan&kategorie=infrastruktur&bereitstellung=carrier');
		await expect(page.getByRole('searchbox', { name: 'Suche' })).toHaveValue('wlan');
		await expect(page.getByRole('combobox', { name: 'Kategorie' })).toHaveValue('infrastruktur');
		await expect(page.getByRole('combobox', { name: 'Wer stellt bereit?' })).toHaveValue('carrier');
		await expect(page.getByRole('link', { name: 'WLAN-Zugangsverwaltung' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Netzwerklaufwerk' })).toHaveCount(0);

		await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
		await expect(page.getByRole('link', { name: 'Netzwerklaufwerk' })).toBeVisible();
		await expect(page).toHaveURL(/\/bausteine$/);
	});

	test('shows every block without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/bausteine');
		await expect(page.getByRole('link', { name: 'Identitätsmanagement' })).toBeVisible();
		await expect(page.getByRole('searchbox')).toHaveCount(0);
		await page.getByRole('link', { name: 'Identitätsmanagement' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Identitätsmanagement');
		await expect(
			page.getByRole('table', { name: 'Zuständigkeit je Szenario und Phase' })
		).toBeVisible();
		await context.close();
	});

	test('can be used with the keyboard alone, from the skip link to a block page', async ({
		page
	}) => {
		await page.goto('/bausteine');
		await expect(page.getByRole('searchbox', { name: 'Suche' })).toBeVisible();

		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();

		await page.keyboard.press('Tab');
		await expect(page.getByRole('searchbox', { name: 'Suche' })).toBeFocused();
		await page.keyboard.type('identität');

		const target = page.getByRole('link', { name: 'Identitätsmanagement' });
		for (
			let i = 0;
			i < 10 && !(await target.evaluate((el) => el === document.activeElement));
			i++
		) {
			await page.keyboard.press('Tab');
		}
		await expect(target).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/bausteine\/identitaetsmanagement$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Identitätsmanagement');
	});
});

test.describe('a block page', () => {
	test('shows who provides the block per scenario and phase, marked where reconstructed', async ({
		page
	}) => {
		await page.goto('/bausteine/identitaetsmanagement');
		const table = page.getByRole('table', { name: 'Zuständigkeit je Szenario und Phase' });
		await expect(
			table.getByRole('rowheader', { name: 'Musterlösung Grundschule SH' })
		).toBeVisible();
		await expect(table.getByText('rekonstruiert').first()).toBeVisible();
		await expect(table.getByText('Schulträger und Land').first()).toBeVisible();
	});

	test('shows the state services and system solutions that cover it, with sources', async ({
		page
	}) => {
		await page.goto('/bausteine/identitaetsmanagement');
		await expect(page.getByRole('heading', { level: 3, name: /Schleswig-Holstein/ })).toBeVisible();
		await expect(page.getByRole('table', { name: 'Abdeckung durch Systemlösungen' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'Quellen' })).toBeVisible();
	});

	test('marks an extension block as not part of the IQSH set', async ({ page }) => {
		await page.goto('/bausteine/videokonferenz');
		await expect(page.getByText('Erweiterung, nicht Teil des IQSH-Sets')).toBeVisible();
	});
});

test('a link with an unknown filter value opens the catalog and drops the value', async ({
	page,
	pageProblems
}) => {
	await page.goto('/bausteine?kategorie=gibtsnicht');
	await expect(page).toHaveURL(/\/bausteine$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(pageProblems).toEqual([]);
});
