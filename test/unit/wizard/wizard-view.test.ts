/**
 * The assistant's view computes what the steps show from the session's draft once, with the
 * engine, and follows the draft when the carrier changes it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	analyzeGaps,
	effectiveBlocks,
	parseConfiguration,
	plan,
	solutionFit,
	type Catalog
} from '../../../src/lib/domain';
import { wizardDetails } from '../../../src/lib/view/wizard-details.svelte';
import { WizardView } from '../../../src/lib/view/wizard-view.svelte';
import {
	configurationOf,
	draftFromConfiguration,
	recommendationOf
} from '../../../src/lib/wizard/derive';
import { emptyDraft } from '../../../src/lib/wizard/draft';
import { WizardSession } from '../../../src/lib/wizard/wizard-session.svelte';
import { realCatalog } from '../helpers/catalog';

const catalog: Catalog = realCatalog();

function luebeck(step: 'bausteine' | 'ergebnis' = 'ergebnis') {
	const text = readFileSync(
		new URL('../../fixtures/documents/configuration-luebeck.json', import.meta.url),
		'utf8'
	);
	const parsed = parseConfiguration(JSON.parse(text), catalog);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return new WizardSession(catalog, {
		restore: { draft: draftFromConfiguration(parsed.value, catalog), step }
	});
}

describe('WizardView', () => {
	it('shows what the engine computes for the draft', () => {
		const session = luebeck();
		const view = new WizardView(
			() => session,
			() => catalog
		);
		const config = configurationOf(session.draft, catalog)!;
		expect(view.configuration).toMatchObject({ ...config, savedAt: expect.any(String) });
		expect(view.recommendation).toEqual(recommendationOf(session.draft, catalog));
		const details = wizardDetails(view);
		expect(details.analysis).toEqual(analyzeGaps(config, catalog));
		expect(details.solutionFit).toEqual(solutionFit(details.analysis, catalog));
		expect(details.blocks).toEqual(
			effectiveBlocks(catalog, config.scenario, config.phase, config.customizations)
		);
		expect(details.plan.measures).toEqual(plan(config, catalog).measures);
		expect(details.comparisonSearch).toContain(`szenario=${config.scenario}&`);
		expect(details.planTimes.starts.length).toBe(17);
		expect(details.planTimes.changes[0]!.id).toBe(details.plan.start);
		session.stop();
	});

	it('follows a change of the draft', () => {
		const session = luebeck('bausteine');
		const view = new WizardView(
			() => session,
			() => catalog
		);
		const details = wizardDetails(view);
		const before = details.analysis.rows.find((r) => r.status !== 'removed')!;
		session.send({ type: 'block.remove', block: before.block });
		expect(session.draft.customizations.removed).toContain(before.block);
		expect(details.analysis.rows.find((r) => r.block === before.block)?.status).toBe('removed');
		session.stop();
	});

	it('shares one set of details among the steps', () => {
		const session = luebeck('bausteine');
		const view = new WizardView(
			() => session,
			() => catalog
		);
		expect(wizardDetails(view)).toBe(wizardDetails(view));
		const other = new WizardView(
			() => session,
			() => catalog
		);
		expect(wizardDetails(other)).not.toBe(wizardDetails(view));
		session.stop();
	});

	it('has no gap analysis before a scenario is chosen, and says so', () => {
		const session = new WizardSession(catalog, {
			restore: { draft: emptyDraft(), step: 'schulen' }
		});
		const view = new WizardView(
			() => session,
			() => catalog
		);
		expect(view.configuration).toBeUndefined();
		expect(view.recommendation).toBeUndefined();
		expect(() => wizardDetails(view).analysis).toThrow(/before a scenario/);
		session.stop();
	});
});
