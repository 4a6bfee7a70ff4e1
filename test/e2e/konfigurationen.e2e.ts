/**
 * "Your work is safe": every way of losing work in the browser, tried as a carrier would. An
 * import over work in progress asks and can be undone; a second share link in the same tab is
 * opened (after asking); a configuration that cannot be read is kept and downloadable; a full
 * storage is reported at once with the way out; two tabs never silently overwrite each other.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { catalog, readConfigurationText, type ConfigurationInput } from './engine';
import { shareUrl } from '../../src/lib/exchange/share-link';
import { configurationJson } from '../../src/lib/exchange/configuration-file';
import { draftFromConfiguration } from '../../src/lib/wizard/derive';
import { toSavedDraft } from '../../src/lib/wizard/saved-draft';
import type { Configuration } from '../../src/lib/schema/types';
import { appOrigin, describeViolations, expect, hydrated, test } from './fixtures';

const scratch = mkdtempSync(join(tmpdir(), 'baukasten-konfig-'));
const PREFIX = 'baukasten.konfiguration.v1.';

function configuration(name: string, scenario = 'musterloesung-plus'): Configuration {
	return {
		formatVersion: 1,
		catalogVersion: catalog.meta.catalogVersion,
		savedAt: '2026-11-29T10:00:00.000Z',
		profile: {
			name,
			state: 'sh',
			schoolCount: 3,
			schoolTypes: ['grundschule', 'weiterfuehrende-schule'],
			itStaff: 'small',
			serviceProvider: 'none'
		},
		scenario,
		phase: 'uebergangsphase',
		customizations: { added: [], removed: [], responsibleOverrides: {} },
		inventory: {},
		solutions: ['iserv']
	};
}

/** A stored record as the app writes it, for a configuration opened at its result. */
function record(config: Configuration, savedAt = '2026-11-29T10:00:00.000Z') {
	const saved = toSavedDraft(draftFromConfiguration(config, catalog), 'ergebnis', catalog, savedAt);
	return JSON.stringify({ createdAt: savedAt, saved });
}

/** Puts records into the browser's storage (bypassing any test override of setItem). */
async function seed(page: Page, records: Record<string, string>) {
	await page.goto('/');
	await page.evaluate(
		({ records, prefix }) => {
			for (const [id, text] of Object.entries(records))
				Storage.prototype.setItem.call(localStorage, prefix + id, text);
		},
		{ records, prefix: PREFIX }
	);
}

const stored = (page: Page) =>
	page.evaluate((prefix) => {
		const out: Record<string, string> = {};
		for (let i = 0; i < localStorage.length; i++) {
			const key = localStorage.key(i)!;
			if (key.startsWith(prefix)) out[key.slice(prefix.length)] = localStorage.getItem(key)!;
		}
		return out;
	}, PREFIX);

function file(name: string, config: Configuration) {
	const path = join(scratch, name);
	writeFileSync(path, configurationJson(config));
	return path;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const dialog = (page: Page) => page.getByRole('dialog');
const listItem = (page: Page, name: string | RegExp) =>
	page.locator('li[data-entry]').filter({ has: page.getByRole('heading', { name }) });

test('an import over work in progress asks; "as new" keeps both, "replace" keeps a copy and can be undone', async ({
	page,
	pageProblems,
	axeViolations
}) => {
	await seed(page, { a: record(configuration('Amt Altdorf', 'musterloesung-gs')) });
	const before = await stored(page);
	await page.goto('/assistent');
	await hydrated(page);
	await expect(page.getByRole('heading', { name: 'Meine Konfigurationen' })).toBeVisible();
	await expect(listItem(page, 'Amt Altdorf')).toBeVisible();

	await page
		.getByLabel('Konfigurationsdatei')
		.setInputFiles(file('b.json', configuration('Amt Beetz')));
	await expect(dialog(page)).toBeVisible();
	await expect(dialog(page)).toContainText(
		'Die Datei „b.json“ enthält die Konfiguration „Amt Beetz“.'
	);
	await expect(dialog(page)).toContainText(
		'In diesem Browser liegt schon Ihre Arbeit „Amt Altdorf“.'
	);
	await expect(page.getByRole('button', { name: 'Als neue Konfiguration öffnen' })).toBeFocused();
	expect(describeViolations(await axeViolations())).toEqual([]);
	expect(await stored(page)).toEqual(before);
	await page.getByRole('button', { name: 'Als neue Konfiguration öffnen' }).click();
	await expect(page).toHaveURL(/\/assistent\/ergebnis$/);
	await expect(
		page.getByRole('status').filter({ hasText: 'Geöffnet als neue Konfiguration' })
	).toContainText('„Amt Altdorf“ bleibt unverändert');
	const afterNew = await stored(page);
	expect(Object.keys(afterNew)).toHaveLength(2);
	expect(afterNew.a).toBe(before.a);

	// Replacing: the old state stays in the list, and undo puts everything back.
	await page.goto('/assistent');
	await hydrated(page);
	await page
		.getByLabel('Konfigurationsdatei')
		.setInputFiles(file('c.json', configuration('Amt Cismar', 'schultraegerloesung-basis')));
	await page.getByRole('button', { name: '„Amt Beetz“ ersetzen' }).click();
	await expect(page).toHaveURL(/\/assistent\/ergebnis$/);
	await expect(page.locator('#result-scenario')).toContainText('Schulträgerlösung (basis)');
	const notice = page.locator('[data-notice="replaced"]');
	await expect(notice).toContainText('„Amt Beetz“ wurde ersetzt.');
	await expect(notice).toContainText('Amt Beetz (vor dem Ersetzen am');
	expect(Object.keys(await stored(page))).toHaveLength(3);
	await notice.getByRole('button', { name: 'Rückgängig machen' }).click();
	await expect(page.locator('[data-notice="undone"]')).toBeVisible();
	await expect(page.locator('#result-scenario')).toContainText('Musterlösung +');
	expect(await stored(page)).toEqual(afterNew);
	expect(pageProblems).toEqual([]);
});

test('a second share link pasted into a tab that shows a result is opened, after asking', async ({
	page
}) => {
	const first = shareUrl(appOrigin, '/assistent/ergebnis', configuration('Amt Eins'));
	const second = shareUrl(
		appOrigin,
		'/assistent/ergebnis',
		configuration('Amt Zwei', 'musterloesung-gs')
	);
	await page.goto(first);
	await expect(page.locator('#result-profile + dl')).toContainText('Amt Eins');
	await expect(page).toHaveURL(/\/assistent\/ergebnis$/);

	await page.goto(second);
	await expect(dialog(page)).toContainText('Der Link enthält die Konfiguration „Amt Zwei“.');
	await page.getByRole('button', { name: 'Als neue Konfiguration öffnen' }).click();
	await expect(page.locator('#result-profile + dl')).toContainText('Amt Zwei');
	await expect(page).toHaveURL(/\/assistent\/ergebnis$/);
	const names = Object.values(await stored(page)).map(
		(t) => JSON.parse(t).saved.draft.profile.name
	);
	expect(names.sort()).toEqual(['Amt Eins', 'Amt Zwei']);

	// "Do not open" leaves everything as it is, and the fragment is gone.
	await page.goto(shareUrl(appOrigin, '/assistent/ergebnis', configuration('Amt Drei')));
	await page.getByRole('button', { name: 'Nicht öffnen' }).click();
	await expect(dialog(page)).toBeHidden();
	await expect(page.locator('#result-profile + dl')).toContainText('Amt Zwei');
	await expect(page).toHaveURL(/\/assistent\/ergebnis$/);
	expect(Object.keys(await stored(page))).toHaveLength(2);
});

test('a saved state that cannot be read is kept, explained and downloadable, also at a step URL', async ({
	page,
	pageProblems,
	axeViolations,
	switchLanguage
}) => {
	const future = JSON.stringify({
		...JSON.parse(record(configuration('Amt Zukunft'))),
		saved: { ...JSON.parse(record(configuration('Amt Zukunft'))).saved, formatVersion: 2 }
	});
	await seed(page, {});
	// The single draft of older versions, damaged: a bookmark to the result must not reset it.
	await page.evaluate((future) => {
		localStorage.setItem('baukasten.assistent.v1', '{ "formatVersion": 1, "draft": ');
		localStorage.setItem('baukasten.konfiguration.v1.zukunft', future);
	}, future);
	await page.goto('/assistent/ergebnis');
	await expect(heading(page)).toHaveText('Diese Konfiguration kann nicht geöffnet werden');
	await expect(page.getByRole('alert')).toContainText(/beschädigt|neueren Version/);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Rohtext herunterladen' }).click()
	]);
	const raw = readFileSync(await download.path(), 'utf8');
	expect(['{ "formatVersion": 1, "draft": ', future]).toContain(raw);

	// A new start is a new configuration: both unreadable states are still there, unchanged.
	await page.getByRole('button', { name: 'Neue Konfiguration beginnen' }).click();
	await page.getByLabel('Anzahl der Schulen').fill('4');
	const kept = Object.values(await stored(page));
	expect(kept).toContain(future);
	expect(kept).toContain('{ "formatVersion": 1, "draft": ');
	await page.goto('/assistent');
	await hydrated(page);
	await expect(
		page.getByText('Mindestens ein gespeicherter Stand kann nicht gelesen werden')
	).toBeVisible();
	await expect(page.locator('li[data-kind="broken"]')).toHaveCount(2);
	await expect(page.locator('li[data-kind="broken"]').first()).toContainText(
		/neueren Version|beschädigt/
	);
	expect(describeViolations(await axeViolations())).toEqual([]);
	await switchLanguage('English');
	await expect(page.getByRole('heading', { name: 'My configurations' })).toBeVisible();
	await expect(page.locator('li[data-kind="broken"]').first()).toContainText(
		/newer version|damaged/
	);
	expect(describeViolations(await axeViolations())).toEqual([]);
	expect(pageProblems).toEqual([]);
});

test('a full storage is reported with the first change, with the way out; nothing is replaced', async ({
	page
}) => {
	await seed(page, { a: record(configuration('Amt Voll')) });
	await page.addInitScript(() => {
		Storage.prototype.setItem = function (key: string) {
			if (key.startsWith('baukasten.konfiguration'))
				throw new DOMException('full', 'QuotaExceededError');
		} as Storage['setItem'];
	});
	const before = await stored(page);
	await page.goto('/assistent');
	await hydrated(page);
	await page.getByRole('button', { name: 'Weitermachen, wo Sie aufgehört haben' }).click();
	await expect(heading(page)).toHaveText('Ihr Ergebnis');
	await page.getByRole('link', { name: 'Ändern' }).first().click();
	await page.getByLabel('Anzahl der Schulen').fill('5');
	const problem = page.locator('[data-save-problem]');
	await expect(problem).toContainText('Der Speicher des Browsers ist voll.');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		problem.getByRole('button', { name: 'Als Datei speichern' }).click()
	]);
	const saved = readConfigurationText(
		readFileSync(await download.path(), 'utf8'),
		catalog
	) as ConfigurationInput;
	expect(saved.ok && saved.value.profile.schoolCount).toBe(5);

	// Replacing needs a copy of the old state first: with a full storage, nothing is replaced.
	await page.goto('/assistent');
	await hydrated(page);
	await page
		.getByLabel('Konfigurationsdatei')
		.setInputFiles(file('neu.json', configuration('Amt Neu')));
	await page.getByRole('button', { name: '„Amt Voll“ ersetzen' }).click();
	await expect(dialog(page).getByRole('alert')).toContainText('wurde nicht ersetzt');
	await page.getByRole('button', { name: 'Nicht öffnen' }).click();
	expect(await stored(page)).toEqual(before);
});

test('two tabs: the later write never erases the earlier one, and the first tab is told', async ({
	context
}) => {
	const tab1 = await context.newPage();
	await seed(tab1, { a: record(configuration('Amt Zwilling')) });
	await tab1.goto('/assistent');
	await hydrated(tab1);
	await tab1.getByRole('button', { name: 'Weitermachen, wo Sie aufgehört haben' }).click();
	await expect(heading(tab1)).toHaveText('Ihr Ergebnis');
	await tab1.goto('/assistent/schulen');

	const tab2 = await context.newPage();
	await tab2.goto('/assistent');
	await hydrated(tab2);
	await tab2.getByRole('button', { name: 'Weitermachen, wo Sie aufgehört haben' }).click();
	await tab2.goto('/assistent/schulen');
	await tab2.getByLabel('Anzahl der Schulen').fill('9');
	const theirs = (await stored(tab2)).a;
	expect(JSON.parse(theirs!).saved.draft.profile.schoolCount).toBe(9);

	const conflict = tab1.locator('[data-conflict="changed"]');
	await expect(conflict).toContainText('„Amt Zwilling“ wurde gerade in einem anderen Fenster');
	await tab1.getByLabel('Anzahl der Schulen').fill('7');
	expect((await stored(tab1)).a).toBe(theirs);

	await conflict
		.getByRole('button', { name: 'Meinen Stand als neue Konfiguration behalten' })
		.click();
	await expect(conflict).toBeHidden();
	const all = Object.values(await stored(tab1)).map((t) => JSON.parse(t));
	expect(all.map((r) => r.saved.draft.profile.schoolCount).sort()).toEqual([7, 9]);
	expect(all.map((r) => r.name).filter(Boolean)).toEqual([
		'Amt Zwilling (aus einem zweiten Fenster)'
	]);
});

test('with the storage switched off, a second link warns that the current work is not kept, and offers it as a file first', async ({
	page
}) => {
	await page.addInitScript(() =>
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('denied', 'SecurityError');
			}
		})
	);
	await page.goto(shareUrl(appOrigin, '/assistent/ergebnis', configuration('Amt Eins')));
	await expect(page.locator('#result-profile + dl')).toContainText('Amt Eins');
	await expect(page.locator('[data-save-problem]')).toContainText('erlaubt kein Speichern');

	await page.goto(shareUrl(appOrigin, '/assistent/ergebnis', configuration('Amt Zwei')));
	await expect(dialog(page)).toContainText('„Amt Eins“ ist nicht im Browser gespeichert');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Bisherigen Stand als Datei speichern' }).click()
	]);
	const kept = readConfigurationText(readFileSync(await download.path(), 'utf8'), catalog);
	expect(kept.ok && kept.value.profile.name).toBe('Amt Eins');
	await page.getByRole('button', { name: 'Öffnen', exact: true }).click();
	await expect(page.locator('#result-profile + dl')).toContainText('Amt Zwei');
});

test('a Latin-1 file is refused in plain words; a UTF-16 file opens, as on the command line', async ({
	page
}) => {
	const text = configurationJson(configuration('Amt Süderlügum'));
	const latin1 = join(scratch, 'latin1.json');
	writeFileSync(latin1, Buffer.from(text, 'latin1'));
	const utf16 = join(scratch, 'utf16.json');
	writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
	await page.goto('/assistent');
	await hydrated(page);
	await page.getByLabel('Konfigurationsdatei').setInputFiles(latin1);
	await expect(page.getByRole('alert')).toContainText(
		'latin1.json: Die Datei ist nicht in UTF-8 gespeichert'
	);
	await page.getByLabel('Konfigurationsdatei').setInputFiles(utf16);
	await expect(page.locator('#result-profile + dl')).toContainText('Amt Süderlügum');
});
