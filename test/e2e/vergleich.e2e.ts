/**
 * The solution comparison in a browser: the figures must be exactly the engine's
 * (compareSolutions on the test's side), every cell opens by keyboard, "nur Unterschiede" and the
 * deep link work, and a saved configuration can be loaded, a broken one changes nothing.
 */
import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { formatPercent } from '../../src/lib/charts/share-bars';
import { catalog, compareSolutions, indexCatalog, type SolutionComparison } from './engine';
import { describeViolations, expect, holdAppCode, hydrated, test } from './fixtures';

const index = indexCatalog(catalog);
const basis = { scenario: 'schultraegerloesung-basis', phase: 'landesloesung-aktiv', state: 'sh' };
const iservVsUcs = `/vergleich?szenario=${basis.scenario}&phase=${basis.phase}&land=${basis.state}&loesungen=iserv,ucs-school`;
const fixture = (name: string) =>
	fileURLToPath(new URL(`../fixtures/documents/${name}`, import.meta.url));
const count = (n: number) => new Intl.NumberFormat('de', { maximumFractionDigits: 1 }).format(n);
const matrixRows = (page: Page) => page.locator('tr[data-block]');

/** Every figure of the shares table equals the engine's result. */
async function expectFigures(page: Page, expected: SolutionComparison) {
	for (const summary of expected.perSolution) {
		const row = page.locator(`tr[data-solution="${summary.solution}"]`);
		await expect(row.locator('[data-figure="share"]')).toHaveText(
			formatPercent(summary.share, 'de')
		);
		const c = summary.counts;
		await expect(row.locator('[data-figure="blocks"]')).toHaveText(
			`von ${summary.total}: ${c.full} vollständig, ${c.partial} teilweise, ${c.none} nicht, ${c.unknown} unbekannt`
		);
		await expect(row.locator('[data-figure="open"]')).toHaveText(String(summary.open.length));
		await expect(row.locator('[data-figure="duplicates"]')).toHaveText(
			String(summary.duplicates.length)
		);
		for (const [category, share] of Object.entries(summary.byCategory))
			await expect(row.locator(`[data-figure="${category}"]`)).toHaveText(
				`${formatPercent(share.share, 'de')} (${count(share.covered)}/${count(share.total)})`
			);
	}
}

test.describe('the solution comparison', () => {
	test('IServ vs UCS@school for basis, state solution active, SH: the figures are the engine’s', async ({
		page
	}) => {
		const expected = compareSolutions(basis, ['iserv', 'ucs-school'], catalog);
		// What the consultant sees, derived by hand from the catalog: IServ rates 11 of the
		// carrier's 25 blocks full, 4 partial, 8 none, 2 unknown (score 11 + 4 × 0.5 = 13);
		// UCS@school 7 full, 8 partial, 10 none (score 7 + 8 × 0.5 = 11).
		expect(expected.perSolution.map((s) => [s.covered, s.total, s.counts])).toEqual([
			[13, 25, { full: 11, partial: 4, none: 8, unknown: 2 }],
			[11, 25, { full: 7, partial: 8, none: 10, unknown: 0 }]
		]);

		await page.goto('/vergleich');
		// This test is about the figures: it chooses once the page runs (choices made earlier
		// have a test of their own below).
		await hydrated(page);
		await expect(page.getByLabel('Szenario')).toHaveValue(basis.scenario);
		// The page opens in the phase Schleswig-Holstein suggests for today; the target phase is a choice.
		const sh = index.state.get('sh')!;
		await expect(page.getByLabel('Phase', { exact: true })).toHaveValue(sh.defaultPhase);
		await page.getByLabel('Phase', { exact: true }).selectOption(basis.phase);
		await expect(page.getByLabel('Land', { exact: true })).toHaveValue(basis.state);
		await expect(page.getByText('Wählen Sie mindestens 2 Systemlösungen')).toBeVisible();
		await page.getByLabel('IServ Schulplattform').check();
		await page.getByLabel('UCS@school (Grundsystem)').check();

		await expectFigures(page, expected);
		await expect(page.locator('tr[data-solution="iserv"] [data-figure="share"]')).toHaveText(
			'52 %'
		);
		await expect(page.locator('tr[data-solution="ucs-school"] [data-figure="share"]')).toHaveText(
			'44 %'
		);
		await expect(
			page.getByRole('img', {
				name: 'Balkendiagramm der Abdeckung: IServ Schulplattform 52 %, UCS@school (Grundsystem) 44 %'
			})
		).toBeVisible();
		await expect(page.getByText(expected.scoring.explanation.de)).toBeVisible();
		await expect(matrixRows(page)).toHaveCount(expected.rows.length);
		// A state block is shown, marked as the state's and not counted.
		await expect(page.locator('tr[data-block="kurssystem"] th')).toContainText(
			'stellt das Land · nicht gezählt'
		);
		await expect(page).toHaveURL(
			/\?szenario=schultraegerloesung-basis&phase=landesloesung-aktiv&land=sh&loesungen=iserv,ucs-school$/
		);
	});

	test('a cell’s note, confidence and sources open and close by keyboard', async ({ page }) => {
		const rating = index.solution.get('iserv')!.coverage['abstimmung-terminplaner']!;
		await page.goto(iservVsUcs);
		const cell = page.getByRole('button', {
			name: /teilweise doppelt – IServ Schulplattform, Abstimmung/
		});
		await cell.focus();
		await page.keyboard.press('Enter');
		await expect(cell).toHaveAttribute('aria-expanded', 'true');
		const details = page.locator('#cmp-details-abstimmung-terminplaner');
		await expect(details).toContainText(rating.note!.de);
		await expect(details).toContainText('Doppelt zum Landesdienst: itslearning.');
		await expect(details.getByRole('link').first()).toBeVisible();
		await page.keyboard.press('Space');
		await expect(cell).toHaveAttribute('aria-expanded', 'false');
		await expect(details).toHaveCount(0);
	});

	test('"nur Unterschiede" keeps only the rows where the solutions differ', async ({ page }) => {
		const expected = compareSolutions(basis, ['iserv', 'ucs-school'], catalog);
		const differing = expected.rows.filter((r) => r.differs).length;
		expect(differing).toBeLessThan(expected.rows.length);
		await page.goto(iservVsUcs);
		await expect(matrixRows(page)).toHaveCount(expected.rows.length);
		await page.getByLabel('nur Unterschiede').check();
		await expect(matrixRows(page)).toHaveCount(differing);
		await expect(
			page.getByText(
				`${differing} von ${expected.rows.length} Bausteinen (gefiltert: nur Unterschiede)`
			)
		).toBeVisible();
		await expect(page.locator('tr[data-block="netzwerklaufwerk"]')).toHaveCount(0);
		await expect(page).toHaveURL(/&unterschiede=1$/);
	});

	test('the deep link restores the exact comparison, also after a reload', async ({ page }) => {
		const context = { ...basis, phase: 'uebergangsphase' };
		const expected = compareSolutions(context, ['ucs-school', 'iserv'], catalog);
		const rows = expected.rows.filter((r) => r.category === 'betrieb-support' && r.differs);
		const link = `/vergleich?szenario=${context.scenario}&phase=${context.phase}&land=sh&loesungen=ucs-school,iserv&kategorie=betrieb-support&sortierung=abdeckung&unterschiede=1`;
		const byShare = [...expected.perSolution]
			.sort((a, b) => b.share - a.share)
			.map((s) => index.solution.get(s.solution)!.name);

		await page.goto(link);
		for (const visit of ['link', 'reload']) {
			await expect(page.getByLabel('Phase', { exact: true }), visit).toHaveValue('uebergangsphase');
			await expect(page.getByLabel('Kategorie')).toHaveValue('betrieb-support');
			await expect(page.getByLabel('Lösungen nach Abdeckung sortieren')).toBeChecked();
			await expect(page.getByLabel('nur Unterschiede')).toBeChecked();
			await expect(matrixRows(page)).toHaveCount(rows.length);
			const header = page
				.getByRole('region', { name: /^Abdeckung je Baustein/ })
				.locator('thead th');
			await expect(header).toHaveText([
				'Baustein',
				...byShare.map((name) => new RegExp(`^${name.replace(/[()]/g, '\\$&')}`))
			]);
			await expectFigures(page, expected);
			await expect(page).toHaveURL(new RegExp(`${link.replace(/[?]/g, '\\?')}$`));
			if (visit === 'link') await page.reload();
		}
	});

	test('a phase chosen before the page has its script is kept once it has', async ({
		page,
		pageProblems
	}) => {
		const release = await holdAppCode(page);
		await page.goto('/vergleich', { waitUntil: 'commit' });
		const phase = page.getByLabel('Phase', { exact: true });
		await expect(phase).toHaveValue(index.state.get('sh')!.defaultPhase);
		await phase.selectOption(basis.phase);
		await expect(page.locator('html[data-hydrated]')).toHaveCount(0);
		release();

		await hydrated(page);
		await expect(page).toHaveURL(new RegExp(`[?&]phase=${basis.phase}(&|$)`));
		await expect(phase).toHaveValue(basis.phase);
		await expect(page.getByLabel('Land', { exact: true })).toHaveValue('sh');
		expect(pageProblems).toEqual([]);
	});

	test('invalid link values are ignored with a notice, never a crash', async ({
		page,
		pageProblems
	}) => {
		await page.goto(
			'/vergleich?szenario=gibt-es-nicht&land=sh&loesungen=iserv,foo,ucs-school&sortierung=x'
		);
		const notice = page.getByRole('status').filter({ hasText: 'nicht übernommen' });
		await expect(notice).toContainText('szenario=gibt-es-nicht');
		await expect(notice).toContainText('loesungen=foo');
		await expect(notice).toContainText('sortierung=x');
		await expect(page.getByLabel('Szenario')).toHaveValue(basis.scenario);
		await expect(matrixRows(page).first()).toBeVisible();
		expect(pageProblems).toEqual([]);
	});

	test('a saved configuration sets the context; a broken file shows why and changes nothing', async ({
		page
	}) => {
		await page.goto(iservVsUcs);
		const before = compareSolutions(basis, ['iserv', 'ucs-school'], catalog);
		await expectFigures(page, before);

		const file = page.getByLabel('Oder gespeicherte Konfiguration laden');
		await file.setInputFiles(fixture('invalid-json.json'));
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('„invalid-json.json“ konnte nicht geladen werden');
		await expect(alert).toContainText('Kein gültiges JSON');
		await expect(page.getByLabel('Szenario')).toHaveValue(basis.scenario);
		await expectFigures(page, before);
		await expect(page).toHaveURL(/loesungen=iserv,ucs-school$/);

		// Lübeck: Schulträgerlösung (erweitert), state solution active, SH, video conferencing added,
		// one solution (UCS@school mit Erweiterungen).
		await file.setInputFiles(fixture('configuration-luebeck.json'));
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expect(
			page.getByText(
				'Konfiguration „Hansestadt Lübeck“ aus „configuration-luebeck.json“ übernommen.'
			)
		).toBeVisible();
		await expect(page.getByLabel('Szenario')).toHaveValue('schultraegerloesung-erweitert');
		await expect(page.getByLabel('Phase', { exact: true })).toHaveValue('landesloesung-aktiv');
		await expect(page.getByLabel('UCS@school mit Erweiterungen')).toBeChecked();
		await expect(page.getByLabel('IServ Schulplattform')).not.toBeChecked();
		await expect(page.getByText('Hinzugefügt: Videokonferenz')).toBeVisible();
		await expect(page.getByText('Wählen Sie mindestens 2 Systemlösungen')).toBeVisible();
		await expect(page).toHaveURL(/hinzu=videokonferenz/);

		await page.getByLabel('IServ Schulplattform').check();
		const customizations = { added: ['videokonferenz'], removed: [], responsibleOverrides: {} };
		const luebeck = compareSolutions(
			{
				scenario: 'schultraegerloesung-erweitert',
				phase: 'landesloesung-aktiv',
				state: 'sh',
				customizations
			},
			['ucs-school-erweitert', 'iserv'],
			catalog
		);
		await expectFigures(page, luebeck);
		await expect(page.locator('tr[data-block="videokonferenz"]')).toHaveCount(1);
	});

	test('"Link kopieren" copies the link of this comparison', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(iservVsUcs);
		await page.getByLabel('Lösungen nach Abdeckung sortieren').check();
		await expect(page).toHaveURL(/sortierung=abdeckung/);
		await page.getByRole('button', { name: 'Link kopieren' }).click();
		await expect(page.getByText('Link kopiert.')).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
	});

	test('axe finds no violation in German and English with a cell open; no other origin, no CSP error', async ({
		page,
		switchLanguage,
		axeViolations,
		pageProblems
	}) => {
		// Two full axe runs over a large page: 5 to 15 s each, depending on the machine's load.
		test.slow();
		await page.goto(iservVsUcs);
		await page.getByRole('button', { name: /IServ Schulplattform, Kurssystem/ }).click();
		await expect(page.locator('#cmp-details-kurssystem')).toBeVisible();
		expect(describeViolations(await axeViolations())).toEqual([]);
		await switchLanguage('English');
		await expect(page.getByRole('heading', { name: 'Blocks compared' })).toBeVisible();
		expect(describeViolations(await axeViolations())).toEqual([]);
		expect(pageProblems).toEqual([]);
	});
});
