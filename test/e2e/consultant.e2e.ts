/**
 * The consultant's run: three solutions compared inside the assistant for one carrier, the same
 * figures in the report and the printed PDF (every block in it), and the link to the full
 * comparison that opens exactly this selection on /vergleich. Plus: no page scrolls sideways on
 * a 360 px phone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shareFragment } from '../../src/lib/exchange/share-link';
import type { Configuration } from '../../src/lib/schema/types';
import { analyzeGaps, catalog, solutionFit } from './engine';
import { expect, test } from './fixtures';

const config: Configuration = {
	formatVersion: 1,
	catalogVersion: catalog.meta.catalogVersion,
	savedAt: '2026-11-30T09:00:00.000Z',
	profile: {
		name: 'Stadt Beispielburg',
		state: 'sh',
		schoolCount: 12,
		schoolTypes: ['grundschule', 'weiterfuehrende-schule', 'foerderzentrum'],
		itStaff: 'small',
		serviceProvider: 'none'
	},
	scenario: 'schultraegerloesung-basis',
	phase: 'uebergangsphase',
	customizations: {
		added: ['videokonferenz'],
		removed: ['monitoring'],
		responsibleOverrides: {}
	},
	inventory: { 'lan-wlan-infrastruktur': 'existing' },
	solutions: ['iserv', 'ucs-school', 'linuxmuster']
};
const blockName = (id: string) => catalog.blocks.find((b) => b.id === id)!.name.de;
const solutionName = (id: string) => catalog.solutions.find((s) => s.id === id)!.name;

test('the consultant compares three solutions in the assistant, and the report carries the same comparison and every block', async ({
	page,
	pageProblems
}) => {
	const analysis = analyzeGaps(config, catalog);
	const fit = solutionFit(analysis, catalog);
	await page.goto(`/assistent/ergebnis#${shareFragment(config)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihr Ergebnis');

	// The report: the comparison with the engine's counts for each solution.
	const table = page.getByTestId('solution-fit');
	for (const s of fit.solutions) {
		const row = table.locator(`tr[data-solution="${s.solution}"]`);
		for (const level of ['full', 'partial', 'none', 'unknown'] as const)
			await expect(row.locator(`[data-level="${level}"]`)).toHaveText(String(s.counts[level]));
	}
	await expect(page.locator('[data-figure="open-with-all"] dt')).toContainText(
		`(${fit.openWithAll.length})`
	);
	// Every block of the analysis is in the report, with its status.
	for (const row of analysis.rows)
		await expect(page.locator(`li.gap[data-block="${row.block}"]`)).toHaveAttribute(
			'data-status',
			row.status
		);
	await expect(page.getByTestId('report-dates')).toContainText('Bericht erstellt am');

	// The printed report contains every block and the comparison.
	await page.emulateMedia({ media: 'print' });
	const pdf = join(mkdtempSync(join(tmpdir(), 'bericht-')), 'bericht.pdf');
	await page.pdf({ path: pdf, format: 'A4', printBackground: true });
	const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
	for (const row of analysis.rows) expect(text).toContain(blockName(row.block));
	for (const id of config.solutions) expect(text).toContain(solutionName(id));
	expect(text).toContain('Ihre Systemlösungen im Vergleich');
	expect(text).toContain('Schulträger-Baukasten · Stadt Beispielburg (Schleswig-Holstein)');
	await page.emulateMedia({ media: 'screen' });

	// The solutions step shows the same comparison and links to the full one.
	await page.goto('/assistent/loesungen');
	const stepTable = page.getByTestId('solution-fit');
	for (const s of fit.solutions)
		await expect(
			stepTable.locator(`tr[data-solution="${s.solution}"] [data-level="full"]`)
		).toHaveText(String(s.counts.full));
	await page.getByRole('link', { name: 'Ausführlich vergleichen' }).click();
	await expect(page).toHaveURL(/\/vergleich\?/);
	await expect(page.getByLabel('Szenario')).toHaveValue(config.scenario);
	await expect(page.getByLabel('Phase', { exact: true })).toHaveValue(config.phase);
	await expect(page.getByLabel('Land', { exact: true })).toHaveValue('sh');
	for (const id of config.solutions)
		await expect(page.getByRole('checkbox', { name: solutionName(id) })).toBeChecked();
	await expect(page.getByText('Hinzugefügt: Videokonferenz')).toBeVisible();
	await expect(page).toHaveURL(/hinzu=videokonferenz/);
	await expect(page).toHaveURL(/ohne=monitoring/);
	expect(pageProblems).toEqual([]);
});

test('no page scrolls sideways on a 360 px phone', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	const paths = [
		'/',
		'/assistent',
		'/assistent/schulen',
		'/bausteine',
		'/bausteine/identitaetsmanagement',
		'/szenarien',
		'/vergleich?loesungen=iserv,ucs-school,linuxmuster,opendesk',
		'/abdeckung',
		'/laender',
		'/laender/sh',
		'/barrierefreiheit',
		'/impressum',
		`/assistent/ergebnis#${shareFragment(config)}`
	];
	for (const path of paths) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const [scrollWidth, clientWidth] = await page.evaluate(() => [
			document.documentElement.scrollWidth,
			document.documentElement.clientWidth
		]);
		expect(scrollWidth, `${path} is ${scrollWidth} px wide`).toBeLessThanOrEqual(clientWidth);
	}
});

test('the block step takes a keyboard user from the heading to "Weiter" in a few presses', async ({
	page
}) => {
	await page.goto(`/assistent/ergebnis#${shareFragment(config)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihr Ergebnis');
	// The heading shows while the assistant starts; the report's dates only once the link is open.
	await expect(page.getByTestId('report-dates')).toBeVisible();
	await page.goto('/assistent/bausteine');
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText('Ihre Bausteine');
	// The heading shows while the step is still being drawn: wait for the step itself.
	await expect(page.getByRole('button', { name: 'Weiter', exact: true })).toBeVisible();
	await heading.focus();
	let presses = 0;
	while (presses < 5) {
		await page.keyboard.press('Tab');
		presses++;
		const text = await page.evaluate(() => document.activeElement?.textContent?.trim());
		if (text?.startsWith('Anpassen überspringen')) break;
	}
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Weiter', exact: true })).toBeFocused();
	// The stops before it: the phase choice (one radio group) and the state's services disclosure.
	expect(presses).toBeLessThanOrEqual(3 + 1);
});
