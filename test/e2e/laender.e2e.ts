import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { catalog, compareStates } from './engine';

const comparison = compareStates(catalog);
/** The engine's count of covered blocks for a state. */
const covered = (state: string) => comparison.states.find((s) => s.state === state)!.covered;

/** One cell of the states grid (an SVG group carrying the cell's data). */
const cell = (page: Page, state: string, block: string) =>
	page.locator(`g[data-state="${state}"][data-block="${block}"]`);

/** The table alternative's cell for a block and a status column. */
const tableCell = (page: Page, block: string, status: 'covered' | 'pending' | 'none') =>
	page.locator(`tr[data-block="${block}"] td[data-status="${status}"]`);

test.describe('the states comparison /laender', () => {
	test('lists all 16 states, each with a column link, a count and a row in the overview', async ({
		page,
		pageProblems
	}) => {
		await page.goto('/laender');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Länder im Vergleich');
		await expect(page.getByText('dienen hier als gemeinsamer Rahmen')).toBeVisible();
		await expect(
			page.getByRole('link', {
				name: /^[A-Z]{2} \d+ Bausteine abgedeckt – .+: Dienste und Quellen$/
			})
		).toHaveCount(16);
		await expect(
			page.getByRole('link', {
				name: `NW ${covered('nw')} Bausteine abgedeckt – Nordrhein-Westfalen: Dienste und Quellen`
			})
		).toBeVisible();
		const overview = page.getByRole('table', { name: 'Zahl der abgedeckten Bausteine je Land' });
		await expect(overview.locator('tbody tr')).toHaveCount(16);
		await expect(overview.locator('tr[data-state="sh"] td').nth(1)).toHaveText(
			String(covered('sh'))
		);
		// The suggested phase is a column of its own; the comparison itself is today's status.
		await expect(overview.locator('tr[data-state="sh"] td').nth(0)).toHaveText('Übergangsphase');
		expect(pageProblems).toEqual([]);
	});

	test('shows NRW covering the address book and SH the course system with itslearning, and marks Bavaria’s inferred mebis', async ({
		page
	}) => {
		await page.goto('/laender');
		await expect(cell(page, 'nw', 'adressbuch')).toHaveAttribute('data-status', 'covered');
		await expect(cell(page, 'nw', 'adressbuch').locator('title')).toContainText(
			'LOGINEO NRW Schulplattform'
		);
		await expect(cell(page, 'sh', 'kurssystem')).toHaveAttribute('data-status', 'covered');
		await expect(cell(page, 'sh', 'kurssystem').locator('title')).toContainText('itslearning');
		await expect(cell(page, 'sn', 'messenger')).toHaveAttribute('data-status', 'none');

		// The inferred mapping carries the corner mark; a documented one does not.
		await expect(cell(page, 'by', 'kurssystem')).toHaveAttribute('data-inferred', 'true');
		await expect(cell(page, 'by', 'kurssystem').locator('path')).toHaveCount(1);
		await expect(cell(page, 'nw', 'adressbuch').locator('path')).toHaveCount(0);
		await expect(page.getByText('Ecke: abgeleitet aus der Funktionsbeschreibung')).toBeVisible();

		// The same in the table alternative, in words.
		await expect(tableCell(page, 'adressbuch', 'covered')).toContainText(
			'Nordrhein-Westfalen: LOGINEO NRW Schulplattform (vollständig)'
		);
		await expect(tableCell(page, 'kurssystem', 'covered')).toContainText(
			'Schleswig-Holstein: itslearning (vollständig)'
		);
		await expect(tableCell(page, 'kurssystem', 'covered')).toContainText(
			'Bayern: mebis – Lernplattform, Mediathek und Prüfungsarchiv (vollständig, abgeleitet)'
		);
		// Rheinland-Pfalz's Schulchat is available since 2024; Saarland's messenger is a pilot.
		await expect(tableCell(page, 'messenger', 'covered')).toContainText('Rheinland-Pfalz');
		await expect(tableCell(page, 'messenger', 'pending')).toContainText('Saarland');
	});

	test('compares the states as they are today: a planned service stays pending, with no phase to choose', async ({
		page
	}) => {
		await page.goto('/laender');
		await expect(page.getByText('Verglichen wird der heutige Stand')).toBeVisible();
		await expect(page.getByRole('radio')).toHaveCount(0);
		// The Landesradius is only planned: Wi-Fi access management is pending in SH.
		await expect(cell(page, 'sh', 'wlan-zugangsverwaltung')).toHaveAttribute(
			'data-status',
			'pending'
		);
		await expect(tableCell(page, 'wlan-zugangsverwaltung', 'pending')).toContainText(
			'Schleswig-Holstein: Landesradius (geplant'
		);
		await expect(cell(page, 'sh', 'kurssystem')).toHaveAttribute('data-status', 'covered');
	});

	test('opens Bavaria from its column head: ByCS services with dates, basis and sources', async ({
		page,
		pageProblems
	}) => {
		await page.goto('/laender');
		await page
			.getByRole('link', {
				name: `BY ${covered('by')} Bausteine abgedeckt – Bayern: Dienste und Quellen`
			})
			.click();
		await expect(page).toHaveURL(/\/laender\/by$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bayern');
		await expect(
			page.getByText('die Dienste auf dieser Seite sind die eigenen Angebote des Landes Bayern')
		).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Zentrale Dienste (6)' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 3, name: 'ByCS-Messenger' })).toBeVisible();

		const mebis = page.locator('section[data-service="by-mebis"]');
		await expect(mebis.getByText('21. März 2024')).toBeVisible();
		await expect(mebis.locator('tr[data-block="kurssystem"]')).toContainText(
			'abgeleitet aus der Funktionsbeschreibung'
		);
		const messenger = page.locator('section[data-service="by-messenger"]');
		await expect(messenger.locator('tr[data-block="messenger"]')).toContainText('dokumentiert');
		await expect(
			page
				.getByRole('link', { name: 'FAQ – Fragen und Antworten zu BayernCloud Schule (ByCS)' })
				.first()
		).toHaveAttribute('href', 'https://www.bycs.de/hilfe-und-tutorials/FAQ/index.html');
		await expect(
			page.getByRole('link', { name: 'Abdeckung je Szenario für Bayern prüfen' })
		).toHaveAttribute('href', '/abdeckung?land=by');
		await expect(
			page.getByRole('link', { name: 'Szenario für einen Schulträger finden' })
		).toHaveAttribute('href', '/assistent');
		expect(pageProblems).toEqual([]);
	});

	test('does not put the frame note on Schleswig-Holstein’s own page', async ({ page }) => {
		await page.goto('/laender/sh');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Schleswig-Holstein');
		await expect(page.getByText('die eigenen Angebote des Landes')).toHaveCount(0);
	});
});

test('the wizard for a carrier in Nordrhein-Westfalen works with NRW’s services, not SH’s', async ({
	page,
	pageProblems
}) => {
	const next = () => page.getByRole('button', { name: 'Weiter' }).click();
	const title = page.getByRole('heading', { level: 1 });

	await page.goto('/assistent');
	await page.getByRole('button', { name: 'Assistent starten' }).click();
	await page.getByLabel('Anzahl der Schulen').fill('12');
	await next();
	await page.getByLabel('Grundschule').check();
	await page.getByLabel('weiterführende Schule').check();
	await next();
	await page.getByLabel('Etwas IT-Personal, oder eine kleine IT ist im Aufbau').check();
	await next();
	await page.getByLabel('Ja, einen großen Dienstleister oder einen Rahmenvertrag').check();
	await next();
	await page.getByLabel('Land', { exact: true }).selectOption({ label: 'Nordrhein-Westfalen' });
	await next();

	await expect(title).toHaveText('Unsere Empfehlung');
	await next();
	await expect(title).toHaveText('Ihre Bausteine');
	await expect(
		page.getByText(
			'Die Szenarien stammen aus dem Konzept des Landes Schleswig-Holstein (IQSH) und dienen hier als Rahmen; die Dienste sind die des Landes Nordrhein-Westfalen.'
		)
	).toBeVisible();
	await page.locator('summary', { hasText: 'Zentrale Dienste: Nordrhein-Westfalen' }).click();
	await expect(page.getByRole('rowheader', { name: 'LOGINEO NRW Messenger' })).toBeVisible();
	await next();

	await expect(title).toHaveText('Ihre Lücken');
	await expect(page.getByText(/LOGINEO NRW Schulplattform/).first()).toBeVisible();
	await expect(page.getByText('itslearning')).toHaveCount(0);
	await expect(page.getByText('Schulportal SH')).toHaveCount(0);
	await expect(page).toHaveURL(/\/assistent\/luecken$/);
	expect(pageProblems).toEqual([]);
});
