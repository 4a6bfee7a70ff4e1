import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { readCatalogFiles } from '../../scripts/cli/input';
import { aggregate, assembleCatalog, stateCoverage, type Catalog } from '../../src/lib/domain';
import { describeViolations, expect, holdAppCode, test } from './fixtures';

// The engine on the test's side: the page must show exactly what it computes.
const catalog: Catalog = (() => {
	const { catalog, problems } = assembleCatalog(
		readCatalogFiles(fileURLToPath(new URL('../../catalog/', import.meta.url)))
	);
	if (!catalog) throw new Error(JSON.stringify(problems, null, 2));
	return catalog;
})();

const percent = (share: number) =>
	new Intl.NumberFormat('de', { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** The share line of every scenario as the page must write it for this state and phase. */
async function expectShares(
	page: Page,
	state: string,
	phase: string,
	options: { without?: string[]; assume?: string[] } = {}
) {
	for (const s of stateCoverage(state, phase, catalog, options).scenarios) {
		await expect(page.locator(`[data-scenario="${s.scenario}"]`)).toContainText(
			s.expected.length
				? `${s.covered.length} von ${s.expected.length} Bausteinen abgedeckt (${percent(s.share)}), davon ${s.partial.length} nur teilweise`
				: 'Erwartet in dieser Phase nichts vom Land.'
		);
	}
}

const fixture = (name: string) =>
	JSON.parse(readFileSync(new URL(`../fixtures/documents/${name}`, import.meta.url), 'utf8'));

test.describe('/abdeckung', () => {
	test('shows the shares per scenario for Schleswig-Holstein as stateCoverage computes them', async ({
		page,
		pageProblems
	}) => {
		await page.goto('/abdeckung?land=sh');
		const sh = catalog.states.find((s) => s.id === 'sh')!;
		await expect(page.getByLabel('Phase', { exact: true })).toHaveValue(sh.defaultPhase);
		await expect(page).toHaveURL(`/abdeckung?land=sh&phase=${sh.defaultPhase}`);
		await expectShares(page, 'sh', sh.defaultPhase);
		await expect(page.getByRole('img', { name: /^Heatmap: .*Schleswig-Holstein/ })).toBeVisible();
		const cells = page.locator('table td[data-state]');
		const expected = stateCoverage('sh', sh.defaultPhase, catalog).scenarios;
		await expect(cells).toHaveCount(
			expected.length * new Set(expected.flatMap((s) => s.expected)).size
		);
		expect(pageProblems).toEqual([]);
	});

	test('what-if both ways: assuming the planned Landesradius covers Wi-Fi access and says it is an assumption; switching itslearning off leaves the course system pending; a reload keeps both', async ({
		page,
		pageProblems
	}) => {
		await page.goto('/abdeckung?land=sh&phase=landesloesung-aktiv');
		const wifi = page.locator('[data-block="wlan-zugangsverwaltung"][data-reason]');
		const courses = page.locator('[data-block="kurssystem"][data-reason]');
		// Today the Landesradius is only planned: the block is pending, in every phase.
		await expect(wifi).toContainText('WLAN-Zugangsverwaltung – nur geplant');
		await expect(courses).toHaveCount(0);
		await expect(page.getByText('Annahme, nicht der heutige Stand')).toHaveCount(0);
		await expect(
			page.getByText('ist das Zielbild des Konzepts, nicht der heutige Stand')
		).toBeVisible();

		await page.getByRole('checkbox', { name: 'Landesradius' }).check();
		await expect(wifi).toHaveCount(0);
		await expect(page.getByText('Annahme, nicht der heutige Stand')).toBeVisible();
		await expect(
			page.getByRole('status').filter({ hasText: 'Landesradius (geplant' })
		).toBeVisible();
		await page.getByRole('checkbox', { name: 'itslearning' }).uncheck();
		await expect(courses).toContainText('Kurssystem – abgeschaltet (Was-wäre-wenn)');
		const options = { without: ['sh-itslearning'], assume: ['sh-landesradius'] };
		await expectShares(page, 'sh', 'landesloesung-aktiv', options);
		await expect(page).toHaveURL(
			'/abdeckung?land=sh&phase=landesloesung-aktiv&ohne=sh-itslearning&annahme=sh-landesradius'
		);
		await expect(
			page.getByRole('status').filter({ hasText: 'Abgeschaltet: 1 · angenommen: 1' })
		).toBeVisible();

		await page.reload();
		await expect(page.getByRole('checkbox', { name: 'Landesradius' })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: 'itslearning' })).not.toBeChecked();
		await expectShares(page, 'sh', 'landesloesung-aktiv', options);

		await page.getByRole('button', { name: 'Auf den heutigen Stand zurücksetzen' }).click();
		await expect(wifi).toBeVisible();
		await expect(courses).toHaveCount(0);
		await expect(page).toHaveURL('/abdeckung?land=sh&phase=landesloesung-aktiv');
		expect(pageProblems).toEqual([]);
	});

	test('switches to another state (its default phase) and then the phase', async ({ page }) => {
		await page.goto('/abdeckung?land=sh&ohne=sh-itslearning');
		await page.getByLabel('Land', { exact: true }).selectOption({ label: 'Bayern' });
		const by = catalog.states.find((s) => s.id === 'by')!;
		await expect(page.getByLabel('Phase', { exact: true })).toHaveValue(by.defaultPhase);
		await expect(page).toHaveURL(`/abdeckung?land=by&phase=${by.defaultPhase}`);
		await expect(page.getByRole('heading', { level: 2, name: /^Bayern/ })).toBeVisible();
		await expectShares(page, 'by', by.defaultPhase);

		const other = catalog.phases.find((p) => p.id !== by.defaultPhase)!;
		await page.getByLabel('Phase', { exact: true }).selectOption(other.id);
		await expect(page).toHaveURL(`/abdeckung?land=by&phase=${other.id}`);
		await expectShares(page, 'by', other.id);
	});

	test('ignores unknown values in the address, with a notice', async ({ page }) => {
		await page.goto(
			'/abdeckung?land=xx&phase=sommer&ohne=sh-itslearning,gibts-nicht,sh-landesradius&annahme=sh-itslearning'
		);
		const notice = page.getByRole('alert');
		await expect(notice).toContainText('Das Land „xx“ gibt es im Katalog nicht');
		await expect(notice).toContainText('Die Phase „sommer“ gibt es im Katalog nicht');
		await expect(notice).toContainText('Einen verfügbaren Dienst „gibts-nicht“');
		// A planned service cannot be switched off, an available one cannot be assumed.
		await expect(notice).toContainText('Einen verfügbaren Dienst „sh-landesradius“');
		await expect(notice).toContainText(
			'„sh-itslearning“ kann nicht als verfügbar angenommen werden'
		);
		await expect(page.getByLabel('Land', { exact: true })).toHaveValue('sh');
		await expect(page.getByRole('checkbox', { name: 'itslearning' })).not.toBeChecked();
		const sh = catalog.states.find((st) => st.id === 'sh')!;
		await expect(page).toHaveURL(
			new RegExp(`\\?land=sh&phase=${sh.defaultPhase}&ohne=sh-itslearning$`)
		);
	});

	test('aggregates 3 valid files and lists 1 broken one, in a worker, with no axe violation in German or English', async ({
		page,
		pageProblems,
		switchLanguage,
		axeViolations
	}) => {
		const luebeck = fixture('configuration-luebeck.json');
		const small = fixture('configuration-small-municipality.json');
		const kreis = {
			...luebeck,
			profile: { ...luebeck.profile, name: 'Landkreis Beispiel', state: 'by', schoolCount: 25 },
			scenario: 'schultraegerloesung-basis',
			phase: 'uebergangsphase',
			inventory: { wiki: 'existing' },
			solutions: []
		};
		const dir = mkdtempSync(join(tmpdir(), 'abdeckung-'));
		const files = { 'luebeck.json': luebeck, 'amt.json': small, 'kreis.json': kreis };
		for (const [name, data] of Object.entries(files))
			writeFileSync(join(dir, name), JSON.stringify(data));
		writeFileSync(
			join(dir, 'kaputt.json'),
			readFileSync(new URL('../fixtures/documents/invalid-json.json', import.meta.url))
		);
		const expected = aggregate(
			Object.entries(files).map(([name, data]) => ({ name, data })),
			catalog
		);

		await page.goto('/abdeckung');
		await page
			.getByLabel('Dateien wählen', { exact: true })
			.setInputFiles(
				['luebeck.json', 'kaputt.json', 'amt.json', 'kreis.json'].map((f) => join(dir, f))
			);

		await expect(page.getByText('3 gültig, 1 ungültig (von 4 Dateien)')).toBeVisible();
		await expect(page.locator('[data-off-main-thread="true"]')).toBeVisible();
		const broken = page.locator('[data-file="kaputt.json"]');
		await expect(broken).toContainText('Kein gültiges JSON');

		const result = page.locator('[data-aggregate-result]');
		for (const summary of await result.getByText('Als Tabelle anzeigen').all())
			await summary.click();
		for (const [dimension, counts] of [
			['scenarios', expected.scenarios],
			['phases', expected.phases],
			['states', expected.states]
		] as const)
			for (const [id, count] of Object.entries(counts))
				await expect(
					result.locator(`[data-distribution="${dimension}"] tr[data-id="${id}"] td`).first()
				).toHaveText(String(count));

		const top = result.locator('[data-table="top-gaps"] tbody tr');
		await expect(top).toHaveCount(expected.topGaps.length);
		for (const [i, gap] of expected.topGaps.entries())
			await expect(top.nth(i).locator('td')).toHaveText([
				String(gap.gap),
				String(gap.statePending),
				String(gap.gap + gap.statePending)
			]);

		const blocks = result.locator('[data-table="blocks"] tbody tr');
		await expect(blocks).toHaveCount(expected.blocks.length);
		for (const b of expected.blocks)
			await expect(
				result.locator(`[data-table="blocks"] tr[data-block="${b.block}"] td`)
			).toHaveText([
				String(b.carriers),
				String(b.gap),
				String(b.statePending),
				String(b.gap + b.statePending),
				percent(b.share)
			]);
		const gapHeader = result
			.locator('[data-table="blocks"]')
			.getByRole('columnheader', { name: /^Lücke/ });
		await gapHeader.getByRole('button').click();
		await expect(gapHeader).toHaveAttribute('aria-sort', 'descending');
		const mostGaps = Math.max(...expected.blocks.map((b) => b.gap));
		await expect(blocks.first().locator('td').nth(1)).toHaveText(String(mostGaps));

		await page.getByRole('checkbox', { name: 'Landesradius' }).uncheck();
		await page.getByText('Als Tabelle anzeigen').first().click();
		expect(describeViolations(await axeViolations())).toEqual([]);
		await switchLanguage('English');
		await expect(page.getByText('3 valid, 1 invalid (of 4 files)')).toBeVisible();
		await expect(broken).toContainText('Not valid JSON');
		expect(describeViolations(await axeViolations())).toEqual([]);
		expect(pageProblems).toEqual([]);
	});

	test('files chosen before the page has its script are evaluated once it has', async ({
		page,
		pageProblems
	}) => {
		const release = await holdAppCode(page);
		await page.goto('/abdeckung', { waitUntil: 'commit' });
		const dir = mkdtempSync(join(tmpdir(), 'abdeckung-early-'));
		writeFileSync(join(dir, 'luebeck.json'), JSON.stringify(fixture('configuration-luebeck.json')));
		await page
			.getByLabel('Dateien wählen', { exact: true })
			.setInputFiles(join(dir, 'luebeck.json'));
		await expect(page.locator('html[data-hydrated]')).toHaveCount(0);
		release();

		await expect(page.getByText('1 gültig, 0 ungültig (von 1 Dateien)')).toBeVisible();
		expect(pageProblems).toEqual([]);
	});

	test('takes files dropped on the drop zone', async ({ page, pageProblems }) => {
		await page.goto('/abdeckung');
		await expect(page.getByLabel('Land', { exact: true })).toBeVisible();
		await page.evaluate(
			(valid) => {
				const transfer = new DataTransfer();
				transfer.items.add(new File([valid], 'stadt.json', { type: 'application/json' }));
				transfer.items.add(new File(['{ "kaputt": '], 'kaputt.json', { type: 'application/json' }));
				const zone = document.querySelector('[aria-labelledby="cov-agg-pick"]')!;
				for (const type of ['dragover', 'drop'])
					zone.dispatchEvent(
						new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true })
					);
			},
			JSON.stringify(fixture('configuration-luebeck.json'))
		);
		await expect(page.getByText('1 gültig, 1 ungültig (von 2 Dateien)')).toBeVisible();
		await expect(page.locator('[data-file="kaputt.json"]')).toContainText('Kein gültiges JSON');
		expect(pageProblems).toEqual([]);
	});

	test('takes the JSON files of a chosen folder and its subfolders, named by their path', async ({
		page
	}) => {
		const dir = join(mkdtempSync(join(tmpdir(), 'abdeckung-')), 'traeger');
		mkdirSync(join(dir, 'kreis'), { recursive: true });
		writeFileSync(join(dir, 'stadt.json'), JSON.stringify(fixture('configuration-luebeck.json')));
		writeFileSync(join(dir, 'kreis', 'kaputt.json'), '{ "kaputt": ');
		writeFileSync(join(dir, 'notiz.txt'), 'keine Konfiguration');
		await page.goto('/abdeckung');
		await page.getByLabel('Ordner wählen', { exact: true }).setInputFiles(dir);
		await expect(page.getByText('1 gültig, 1 ungültig (von 2 Dateien)')).toBeVisible();
		await expect(page.locator('[data-file="traeger/kreis/kaputt.json"]')).toBeVisible();
	});
});
