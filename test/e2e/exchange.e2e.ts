/**
 * Taking a result away and bringing it back: file export and import, share links (also broken
 * ones), CSV, hostile input, disabled storage, and the printed report as a PDF.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { catalog, readConfigurationText } from './engine';
import { expect, hydrated, test } from './fixtures';

const scratch = mkdtempSync(join(tmpdir(), 'baukasten-exchange-'));
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** A carrier's result, put into the browser's storage as the assistant would have saved it. */
async function openResult(page: Page, name = 'Amt Beispielhausen') {
	await page.goto('/assistent');
	await hydrated(page);
	await page.evaluate((name) => {
		const draft = {
			profile: {
				name,
				state: 'sh',
				schoolCount: 3,
				schoolTypes: ['grundschule', 'weiterfuehrende-schule'],
				itStaff: 'small',
				serviceProvider: 'none'
			},
			phase: 'uebergangsphase',
			phaseChosen: true,
			scenario: 'musterloesung-plus',
			scenarioChosen: false,
			customizations: {
				added: ['videokonferenz'],
				removed: ['backup'],
				responsibleOverrides: { dateiablage: 'state' }
			},
			inventory: { 'mobile-device-management': 'existing', ticketsystem: 'planned' },
			solutions: ['iserv', 'ucs-school'],
			reached: 'ergebnis'
		};
		localStorage.setItem(
			'baukasten.assistent.v1',
			JSON.stringify({
				formatVersion: 1,
				catalogVersion: '1.0.0',
				savedAt: new Date().toISOString(),
				step: 'ergebnis',
				draft
			})
		);
	}, name);
	await page.goto('/assistent/ergebnis');
	await expect(heading(page)).toHaveText('Ihr Ergebnis');
}

async function download(page: Page, button: string) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	const path = join(scratch, file.suggestedFilename());
	await file.saveAs(path);
	return { name: file.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

const withoutDate = (config: object) => ({ ...config, savedAt: undefined });

test('the configuration file exported from the result imports again to the same result', async ({
	page,
	browser,
	pageProblems
}) => {
	await openResult(page);
	const file = await download(page, 'Als Datei speichern (JSON)');
	expect(file.name).toMatch(/^baukasten-amt-beispielhausen-\d{4}-\d{2}-\d{2}\.json$/);
	const exported = readConfigurationText(file.text, catalog, file.name);
	expect(exported.ok).toBe(true);
	if (!exported.ok) return;
	expect(exported.value).toMatchObject({
		scenario: 'musterloesung-plus',
		customizations: { removed: ['backup'] },
		solutions: ['iserv', 'ucs-school']
	});

	const other = await browser.newPage();
	await other.goto('/assistent');
	await hydrated(other);
	await other.getByLabel('Konfigurationsdatei').setInputFiles(file.path);
	await expect(other).toHaveURL(/\/assistent\/ergebnis$/);
	await expect(other.locator('#result-scenario')).toContainText('Musterlösung +');
	const again = await download(other, 'Als Datei speichern (JSON)');
	expect(withoutDate(JSON.parse(again.text))).toEqual(withoutDate(exported.value));
	expect(pageProblems).toEqual([]);
});

test('a share link opens the same result in another browser, and a broken link changes nothing', async ({
	page,
	browser
}) => {
	await openResult(page);
	await page.getByRole('button', { name: 'Link zum Teilen erzeugen' }).click();
	const link = await page.getByLabel('Link zu diesem Ergebnis').inputValue();
	console.log(`share link length in the browser: ${link.length} characters`);
	expect(link).toMatch(/\/assistent\/ergebnis#konfiguration=/);
	expect(link.length).toBeLessThan(2000);

	const other = await browser.newPage();
	await other.goto(link);
	await expect(other.locator('#result-scenario')).toContainText('Musterlösung +');
	await expect(other).toHaveURL(/\/assistent\/ergebnis$/); // the fragment is gone after opening

	// A truncated link pasted into the same tab: the message says so at once, and the work saved
	// in that browser is untouched.
	await other.goto(link.slice(0, link.length - 60));
	await expect(other.getByRole('alert')).toContainText(
		'Die Konfiguration konnte nicht geöffnet werden'
	);
	await expect(other.getByRole('alert')).toContainText('Ihr bisheriger Stand bleibt unverändert.');
	await other.goto('/assistent/ergebnis');
	await expect(other.locator('#result-scenario')).toContainText('Musterlösung +');
});

test('an invalid file is refused with a message and the current work stays', async ({ page }) => {
	await openResult(page);
	const bad = join(scratch, 'kaputt.json');
	writeFileSync(bad, JSON.stringify({ formatVersion: 1, scenario: 'gibt-es-nicht' }));
	await page.goto('/assistent');
	await hydrated(page);
	await page.getByLabel('Konfigurationsdatei').setInputFiles(bad);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('kaputt.json');
	await expect(alert).toContainText('catalogVersion');
	await page.getByRole('button', { name: 'Weitermachen, wo Sie aufgehört haben' }).click();
	await expect(page.locator('#result-scenario')).toContainText('Musterlösung +');
});

test('the gaps download as CSV for a German Excel: BOM, semicolons, one row per block', async ({
	page
}) => {
	await openResult(page);
	const csv = await download(page, 'Lücken als CSV (Excel)');
	expect(csv.name).toMatch(/-luecken\.csv$/);
	expect(
		csv.text.startsWith(
			'\uFEFFKategorie;Baustein;Verantwortlich;Status;Landesdienste;Nächster Schritt\r\n'
		)
	).toBe(true);
	const rows = csv.text.trim().split('\r\n');
	expect(rows.length).toBeGreaterThan(20);
	expect(rows.find((r) => r.includes('Videokonferenz'))).toContain('Schulträger');
});

test('markup in a carrier name is shown as text, never run', async ({ page, pageProblems }) => {
	let dialogs = 0;
	page.on('dialog', async (dialog) => {
		dialogs++;
		await dialog.dismiss();
	});
	const name = '<img src=x onerror=alert(1)><script>alert(2)</script>';
	await openResult(page, name);
	await expect(page.locator('#result-profile + dl')).toContainText(name);
	expect(dialogs).toBe(0);
	expect(await page.locator('main img, main script').count()).toBe(0);
	expect(pageProblems).toEqual([]);
});

test('when the browser refuses to save, the assistant says so and keeps working', async ({
	page,
	pageProblems
}) => {
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
	});
	await page.goto('/assistent');
	await hydrated(page);
	await page.getByRole('button', { name: 'Assistent starten' }).click();
	await page.getByLabel('Anzahl der Schulen').fill('2');
	await expect(page.getByText('Der Speicher des Browsers ist voll.')).toBeVisible();
	await page.getByRole('button', { name: 'Weiter' }).click();
	await expect(heading(page)).toHaveText('Welche Schularten gehören zu Ihrem Schulträger?');
	expect(pageProblems).toEqual([]);
});

test('the printed report is a document a council member can read', async ({ page }) => {
	await openResult(page);
	// The report's last part: the heading above shows while the step is still being computed.
	await expect(page.getByRole('heading', { name: 'Quellen des Plans' })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	const pdf = join(scratch, 'bericht.pdf');
	await page.pdf({
		path: pdf,
		format: 'A4',
		printBackground: true,
		margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' }
	});
	const pages = Number(
		/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]
	);
	console.log(`printed report: ${pages} pages A4 (${pdf})`);
	expect(pages).toBeGreaterThanOrEqual(2);
	// Every block with its status and next step, and the Maßnahmenplan (timeline, table, staff,
	// money, funding, sources): about 17 pages.
	expect(pages).toBeLessThanOrEqual(20);
	const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
	for (const part of [
		'Ihr Ergebnis',
		'Amt Beispielhausen',
		'Szenario: Musterlösung +',
		'Bausteine nach Zuständigkeit',
		'Offene Punkte und nächste Schritte',
		'Gewählte Systemlösungen',
		'IServ',
		'Maßnahmenplan',
		'Personal',
		'Quellen',
		'Grundlage: Katalog Version 1.0.0'
	])
		expect(text).toContain(part);
	for (const control of ['Weiter', 'Als Datei speichern', 'Szenario finden'])
		expect(text).not.toContain(control);
});
