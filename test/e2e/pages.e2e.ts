import { expect, test } from './fixtures';

const pages = [
	{
		path: '/',
		title: 'Start',
		de: 'Die passende Schul-IT für Ihren Schulträger',
		en: 'The right school IT for your school carrier'
	},
	{ path: '/bausteine', title: 'Bausteine', de: 'Bausteine', en: 'Building blocks' },
	{
		path: '/bausteine/identitaetsmanagement',
		title: 'Identitätsmanagement',
		de: 'Identitätsmanagement',
		en: 'Identity management'
	},
	{
		path: '/barrierefreiheit',
		title: 'Erklärung zur Barrierefreiheit',
		de: 'Erklärung zur Barrierefreiheit',
		en: 'Accessibility statement'
	},
	{
		path: '/impressum',
		title: 'Über dieses Werkzeug',
		de: 'Über dieses Werkzeug',
		en: 'About this tool'
	}
];

for (const { path, title, de, en } of pages) {
	test(`${path} reads in German, switches to English, and stays English after a reload`, async ({
		page,
		switchLanguage
	}) => {
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(de);
		await expect(page).toHaveTitle(`${title} – Schulträger-Baukasten`);

		await switchLanguage('English');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(en);
		await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();

		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(en);
	});
}

test('the start page offers the three ways in', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Unser Szenario finden' })).toHaveAttribute(
		'href',
		'/assistent'
	);
	await expect(page.getByRole('link', { name: 'Lösungen vergleichen' })).toHaveAttribute(
		'href',
		'/vergleich'
	);
	await expect(page.getByRole('link', { name: 'Landesabdeckung prüfen' })).toHaveAttribute(
		'href',
		'/abdeckung'
	);
	await expect(page.getByText('bleibt in Ihrem Browser')).toBeVisible();
});

test('the footer links the accessibility statement and names licence and catalog version', async ({
	page
}) => {
	await page.goto('/');
	const footer = page.getByRole('contentinfo');
	await expect(footer.getByRole('link', { name: 'Barrierefreiheit' })).toHaveAttribute(
		'href',
		'/barrierefreiheit'
	);
	await expect(footer.getByRole('link', { name: 'Über dieses Werkzeug' })).toHaveAttribute(
		'href',
		'/impressum'
	);
	await expect(footer).toContainText('EUPL-1.2');
	await expect(footer).toContainText(/Katalogversion \d+\.\d+\.\d+/);
});

test('the navigation marks the current section, also on a block page', async ({ page }) => {
	await page.goto('/bausteine/wiki');
	const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
	await expect(nav.getByRole('link', { name: 'Bausteine' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await expect(nav.getByRole('link', { name: 'Start' })).not.toHaveAttribute(
		'aria-current',
		'page'
	);
});

test('a browser that prefers English gets English without choosing', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'en-GB' });
	const page = await context.newPage();
	await page.goto('/bausteine');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Building blocks');
	await context.close();
});

test('the accessibility statement is honest about its status', async ({ page }) => {
	await page.goto('/barrierefreiheit');
	await expect(page.getByText('mit der BITV 2.0 teilweise vereinbar')).toBeVisible();
	await expect(page.getByText('§ 16')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Nicht barrierefreie Inhalte' })).toBeVisible();
});

test('the about page lists the catalog sources with links to web sources', async ({ page }) => {
	await page.goto('/impressum');
	await expect(page.getByText('Bedarfsgerechte Schulträgerlösung').first()).toBeVisible();
	await expect(
		page.getByRole('link', { name: 'Bedarfsgerechte Schulträgerlösung – Szenarien' })
	).toHaveAttribute('href', 'https://medienberatung.iqsh.de/stl-szenarien.html');
});
