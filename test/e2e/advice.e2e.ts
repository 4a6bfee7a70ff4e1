/**
 * The advice a Medienberater would sign, in the browser: eligibility before the score on the
 * recommendation step (with the warnings next to the headline), and the gap statuses that say
 * what is true today (a state offer to decide on, the city-state notice).
 */
import type { Page } from '@playwright/test';
import { analyzeGaps, catalog, gapStatusLabel, recommend } from './engine';
import { expect, test } from './fixtures';
import type { Configuration, Profile } from '../../src/lib/schema/types';

const next = (page: Page) => page.getByRole('button', { name: 'Weiter' }).click();
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const scenarioName = (id: string) => catalog.scenarios.find((s) => s.id === id)!.name.de;
const stateName = (id: string) => catalog.states.find((s) => s.id === id)!.name.de;

const staffLabel: Record<Profile['itStaff'], RegExp> = {
	none: /^Nein, kaum oder gar nicht/,
	small: /^Etwas IT-Personal/,
	department: /^Ja, eine IT-Abteilung/
};
const providerLabel: Record<Profile['serviceProvider'], RegExp> = {
	none: /^Nein$/,
	regional: /^Ja, einen kleinen oder regionalen/,
	large: /^Ja, einen großen/,
	municipal: /^Ja, einen kommunalen IT-Dienstleister/
};
const typeLabel: Record<Profile['schoolTypes'][number], string> = {
	grundschule: 'Grundschule',
	foerderzentrum: 'Förderzentrum',
	'weiterfuehrende-schule': 'weiterführende Schule',
	'berufsbildende-schule': 'berufsbildende Schule'
};

/** Answers the profile questions and stops on the recommendation. */
async function toRecommendation(page: Page, profile: Profile) {
	await page.goto('/assistent');
	await page.getByRole('button', { name: 'Assistent starten' }).click();
	await page.getByLabel('Anzahl der Schulen').fill(String(profile.schoolCount));
	await next(page);
	for (const type of profile.schoolTypes)
		await page.getByLabel(typeLabel[type], { exact: true }).check();
	await next(page);
	await page.getByRole('radio', { name: staffLabel[profile.itStaff] }).check();
	await next(page);
	await page.getByRole('radio', { name: providerLabel[profile.serviceProvider] }).check();
	await next(page);
	await page.getByLabel('Land', { exact: true }).selectOption({ label: stateName(profile.state) });
	await next(page);
	await expect(heading(page)).toHaveText('Unsere Empfehlung');
}

test('a single Gymnasium without IT gets the Musterlösung +, and the primary-school model is ruled out in the slide’s words', async ({
	page,
	pageProblems
}) => {
	const profile: Profile = {
		state: 'sh',
		schoolCount: 1,
		schoolTypes: ['weiterfuehrende-schule'],
		itStaff: 'none',
		serviceProvider: 'none'
	};
	expect(recommend(profile, catalog).recommended).toBe('musterloesung-plus');
	await toRecommendation(page, profile);
	await expect(page.locator('#recommended-title')).toHaveText(scenarioName('musterloesung-plus'));
	await expect(page.locator('#scenario-musterloesung-gs-hint')).toContainText(
		'Nicht in der Zielgruppe: alle Schulen sind Grundschulen oder Förderzentren'
	);
	expect(pageProblems).toEqual([]);
});

test('a Kreis with 30 schools and no IT gets the Schulträgerlösung (basis), with the missing IT said next to the headline', async ({
	page
}) => {
	const profile: Profile = {
		state: 'sh',
		schoolCount: 30,
		schoolTypes: ['grundschule', 'weiterfuehrende-schule', 'berufsbildende-schule'],
		itStaff: 'none',
		serviceProvider: 'none'
	};
	const result = recommend(profile, catalog);
	expect(result.recommended).toBe('schultraegerloesung-basis');
	await toRecommendation(page, profile);
	const card = page.locator('section.recommended');
	await expect(card.locator('#recommended-title')).toHaveText(
		scenarioName('schultraegerloesung-basis')
	);
	// The warnings sit inside the card, between the headline and the criteria.
	const warnings = card.getByTestId('recommendation-warnings');
	for (const warning of result.warnings) await expect(warnings).toContainText(warning.message.de);
	const order = await card.evaluate((el) => {
		const warningsBox = el.querySelector('[data-testid="recommendation-warnings"]')!;
		const table = el.querySelector('table')!;
		return warningsBox.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING;
	});
	expect(order).toBeTruthy();
	await expect(page.locator('#scenario-schultraegerloesung-erweitert-hint')).toContainText(
		'Nicht in der Zielgruppe: eigene IT-Abteilung'
	);
});

test('a Hamburg carrier with the city’s own IT company: erweitert, the city-state notice, and the state’s offers as decisions', async ({
	page,
	pageProblems
}) => {
	const profile: Profile = {
		state: 'hh',
		schoolCount: 40,
		schoolTypes: ['grundschule', 'weiterfuehrende-schule'],
		itStaff: 'none',
		serviceProvider: 'municipal'
	};
	const result = recommend(profile, catalog);
	expect(result.recommended).toBe('schultraegerloesung-erweitert');
	await toRecommendation(page, profile);
	await expect(page.locator('#recommended-title')).toHaveText(
		scenarioName('schultraegerloesung-erweitert')
	);
	await expect(page.getByRole('table').first()).toContainText('zählt als eigene IT-Abteilung');
	await next(page);
	await expect(heading(page)).toHaveText('Ihre Bausteine');
	await next(page);
	await expect(heading(page)).toHaveText('Ihre Lücken');

	const hh = catalog.states.find((s) => s.id === 'hh')!;
	const config: Configuration = {
		formatVersion: 1,
		catalogVersion: catalog.meta.catalogVersion,
		savedAt: new Date().toISOString(),
		profile,
		scenario: 'schultraegerloesung-erweitert',
		phase: hh.defaultPhase,
		customizations: { added: [], removed: [], responsibleOverrides: {} },
		inventory: {},
		solutions: []
	};
	const analysis = analyzeGaps(config, catalog);
	await expect(page.getByTestId('gap-notice').first()).toContainText('Hamburg ist Stadtstaat');
	const offers = analysis.rows.filter((r) => r.status === 'state-offer');
	expect(offers.length).toBeGreaterThan(0);
	await expect(
		page.locator('[data-testid="gap-counts"] [data-status="state-offer"] .number')
	).toHaveText(String(offers.length));
	const offer = page.locator(`li.gap[data-block="${offers[0]!.block}"]`);
	await expect(offer).toContainText(gapStatusLabel['state-offer']('de'));
	await expect(offer).toContainText(offers[0]!.nextStep.de);
	await expect(offer).toContainText('Entscheiden Sie');
	expect(pageProblems).toEqual([]);
});
