/**
 * The scenarios page in a browser: every scenario of the catalog side by side, the phase toggle
 * (mouse, keyboard, URL) and what changes between the phases, checked against the catalog.
 */
import type { Locator, Page } from '@playwright/test';
import { scenarioPhaseDiff } from '../../src/lib/domain/scenario-diff';
import { catalog, indexCatalog } from './engine';
import { describeViolations, expect, test } from './fixtures';

const index = indexCatalog(catalog);
const [firstPhase, secondPhase] = catalog.phases.map((p) => p.id) as [string, string];
const phaseName = (id: string) => index.phase.get(id)!.name.de;

const column = (page: Page, scenario: string) =>
	page.getByRole('article', { name: index.scenario.get(scenario)!.name.de, exact: true });
/** A scenario's block grid: a named group of links, one per tile. */
const grid = (article: Locator) => article.getByRole('group', { name: 'Bausteine von' });
const tile = (article: Locator, block: string) =>
	grid(article).getByRole('link', { name: index.block.get(block)!.name.de, exact: true });
const changes = (article: Locator, title: RegExp) =>
	article.locator('.change').filter({ has: article.page().getByText(title) });

test.describe('the scenarios page', () => {
	test('shows every scenario of the catalog side by side with target group, characteristics and grid', async ({
		page
	}) => {
		await page.goto('/szenarien');
		await expect(page.getByRole('article')).toHaveCount(catalog.scenarios.length);
		expect(catalog.scenarios).toHaveLength(4);
		for (const scenario of catalog.scenarios) {
			const article = column(page, scenario.id);
			await expect(article.getByRole('heading', { level: 3, name: 'Zielgruppe' })).toBeVisible();
			await expect(article.getByText(scenario.targetGroup.itStaff.label.de)).toBeVisible();
			const blocks = scenario.phases[firstPhase]!.blocks;
			await expect(
				article.getByRole('group', { name: `Bausteine von ${scenario.name.de} in der Phase` })
			).toBeVisible();
			await expect(grid(article).getByRole('link')).toHaveCount(blocks.length);
		}
		// The school count of basis is the tool's assumption, and the page says so.
		const basis = column(page, 'schultraegerloesung-basis');
		await expect(basis.getByText('Annahme', { exact: true })).toBeVisible();
		await expect(
			basis.getByText(
				index.scenario.get('schultraegerloesung-basis')!.targetGroup.schoolCount.assumption!.de
			)
		).toBeVisible();
	});

	test('the phase toggle changes the grids and the changes, and keeps the phase in the URL', async ({
		page
	}) => {
		// Checked against the catalog: in Musterlösung + the course system is not part of the
		// transition phase and is the state's when the state solution is active; in basis it moves
		// from the carrier (optional) to the state.
		const plus = index.scenario.get('musterloesung-plus')!;
		const basis = index.scenario.get('schultraegerloesung-basis')!;
		const assignment = (s: typeof plus, phase: string) =>
			s.phases[phase]!.blocks.find((a) => a.block === 'kurssystem');
		expect(assignment(plus, firstPhase)).toBeUndefined();
		expect(assignment(plus, secondPhase)?.responsible).toBe('state');
		expect(assignment(basis, firstPhase)).toMatchObject({ responsible: 'carrier', optional: true });
		expect(assignment(basis, secondPhase)?.responsible).toBe('state');
		const plusDiff = scenarioPhaseDiff(catalog, plus, firstPhase, secondPhase);
		const basisDiff = scenarioPhaseDiff(catalog, basis, firstPhase, secondPhase);

		await page.goto('/szenarien');
		const plusColumn = column(page, 'musterloesung-plus');
		const basisColumn = column(page, 'schultraegerloesung-basis');
		await expect(page.getByRole('radio', { name: phaseName(firstPhase) })).toBeChecked();
		await expect(tile(plusColumn, 'kurssystem')).toHaveCount(0);
		await expect(plusColumn.getByText(`Bis zur Phase „${phaseName(secondPhase)}“:`)).toBeVisible();
		const appeared = changes(plusColumn, /^Neu im Szenario/);
		await expect(appeared.getByText(`Neu im Szenario (${plusDiff.appeared.length})`)).toBeVisible();
		await expect(appeared.getByRole('listitem').filter({ hasText: 'Kurssystem' })).toHaveText(
			'Kurssystem – Land'
		);
		const toState = changes(basisColumn, /^Vom Schulträger zum Land/);
		await expect(toState.getByRole('listitem')).toHaveCount(basisDiff.toState.length);
		await expect(toState.getByRole('listitem').filter({ hasText: 'Kurssystem' })).toHaveText(
			'Kurssystem – bisher: Schulträger (optional)'
		);

		// By keyboard: the arrow key moves to the next phase of the radio group.
		await page.getByRole('radio', { name: phaseName(firstPhase) }).focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('radio', { name: phaseName(secondPhase) })).toBeChecked();
		await expect(page).toHaveURL(new RegExp(`/szenarien\\?phase=${secondPhase}$`));
		await expect(tile(plusColumn, 'kurssystem')).toHaveCount(1);
		await expect(tile(basisColumn, 'kurssystem')).toHaveCount(1);
		await expect(grid(plusColumn).getByRole('link')).toHaveCount(
			plus.phases[secondPhase]!.blocks.length
		);
		await expect(
			plusColumn.getByText(`Gegenüber der Phase „${phaseName(firstPhase)}“:`)
		).toBeVisible();

		await page.getByText(phaseName(firstPhase), { exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`/szenarien\\?phase=${firstPhase}$`));
		await expect(tile(plusColumn, 'kurssystem')).toHaveCount(0);
	});

	test('a bookmarked phase is restored, also after a reload', async ({ page }) => {
		await page.goto(`/szenarien?phase=${secondPhase}`);
		await expect(page.getByRole('radio', { name: phaseName(secondPhase) })).toBeChecked();
		const plusColumn = column(page, 'musterloesung-plus');
		await expect(tile(plusColumn, 'kurssystem')).toHaveCount(1);
		await page.reload();
		await expect(page.getByRole('radio', { name: phaseName(secondPhase) })).toBeChecked();
		await expect(tile(plusColumn, 'kurssystem')).toHaveCount(1);
	});

	test('an unknown phase in the link is ignored with a notice', async ({ page, pageProblems }) => {
		await page.goto('/szenarien?phase=gibt-es-nicht');
		await expect(
			page.getByText('Die Phase „gibt-es-nicht“ aus dem Link gibt es nicht')
		).toBeVisible();
		await expect(page.getByRole('radio', { name: phaseName(firstPhase) })).toBeChecked();
		expect(pageProblems).toEqual([]);
	});

	test('the block list names provider, confidence and sources of every block', async ({ page }) => {
		await page.goto('/szenarien');
		const gs = column(page, 'musterloesung-gs');
		await gs.getByText(/^Quellen und Überschneidungen je Baustein/).click();
		const item = gs.locator('details li').filter({ hasText: 'Kurssystem' });
		await expect(item).toContainText('Land');
		await expect(item).toContainText('niedrig');
		await expect(item).toContainText('rekonstruiert');
		await expect(item.getByText(/\(Folie \d+/)).toBeVisible();
	});

	test('axe finds no violation in German and English; no other origin, no CSP error', async ({
		page,
		switchLanguage,
		axeViolations,
		pageProblems
	}) => {
		// Two full axe runs over a large page: 5 to 15 s each, depending on the machine's load.
		test.slow();
		await page.goto(`/szenarien?phase=${secondPhase}`);
		await expect(page.getByRole('radio', { name: phaseName(secondPhase) })).toBeChecked();
		// One block list open, so that its content is checked too.
		await column(page, 'musterloesung-plus')
			.getByText(/^Quellen und Überschneidungen je Baustein/)
			.click();
		expect(describeViolations(await axeViolations())).toEqual([]);
		await switchLanguage('English');
		await expect(
			page.getByRole('heading', { level: 3, name: 'Target group' }).first()
		).toBeVisible();
		expect(describeViolations(await axeViolations())).toEqual([]);
		expect(pageProblems).toEqual([]);
	});
});
