import { describe, expect, it } from 'vitest';
import { analyzeGaps, type GapAnalysis } from '../../../src/lib/domain';
import { realCatalog } from '../helpers/catalog';
import { configuration, profile } from '../helpers/factories';

const catalog = realCatalog();
const statusOf = (analysis: GapAnalysis, block: string) =>
	analysis.rows.find((r) => r.block === block)?.status;
const row = (analysis: GapAnalysis, block: string) => analysis.rows.find((r) => r.block === block)!;

describe('analyzeGaps for a small municipality in Schleswig-Holstein (Musterlösung Grundschule SH)', () => {
	it('shows the state covering its 18 blocks once the state solution is active, and the hardware as the carrier’s gaps', () => {
		const analysis = analyzeGaps(
			configuration({ scenario: 'musterloesung-gs', phase: 'landesloesung-aktiv' }),
			catalog
		);
		expect(analysis.rows).toHaveLength(21);
		expect(analysis.summary.byStatus.state).toBe(18);
		expect(analysis.rows.filter((r) => r.status === 'gap').map((r) => r.block)).toEqual([
			'lan-wlan-infrastruktur',
			'praesentation',
			'endgeraete'
		]);
		const lms = row(analysis, 'kurssystem');
		expect(lms.responsible).toBe('state');
		expect(lms.stateServices.map((s) => s.service)).toContain('sh-itslearning');
		expect(lms.nextStep.de).toContain('itslearning');
	});

	it('shows the risk in the transition phase: blocks the state only pilots are pending, and the carrier must bridge', () => {
		const analysis = analyzeGaps(
			configuration({ scenario: 'musterloesung-gs', phase: 'uebergangsphase' }),
			catalog
		);
		expect(statusOf(analysis, 'kurssystem')).toBe('state-pending');
		expect(row(analysis, 'kurssystem').nextStep.de).toContain('erst in der Pilotierung');
		expect(statusOf(analysis, 'identitaetsmanagement')).toBe('state');
		expect(analysis.summary.byStatus['state-pending']).toBeGreaterThan(0);
	});

	it('counts the hardware as covered by the Musterlösung and as existing from the inventory', () => {
		const analysis = analyzeGaps(
			configuration({
				solutions: ['musterloesung-gs-sh'],
				inventory: { endgeraete: 'existing', praesentation: 'planned' }
			}),
			catalog
		);
		expect(statusOf(analysis, 'endgeraete')).toBe('existing');
		expect(statusOf(analysis, 'lan-wlan-infrastruktur')).toBe('solution');
		expect(statusOf(analysis, 'praesentation')).toBe('solution');
		expect(row(analysis, 'lan-wlan-infrastruktur').nextStep.de).toContain(
			'Musterlösung Grundschule SH'
		);
	});
});

describe('analyzeGaps for overlaps', () => {
	it('says the basis carrier switches off its duplicate file storage but connects its IDM to the state’s', () => {
		const analysis = analyzeGaps(
			configuration({
				profile: profile({ schoolCount: 12 }),
				scenario: 'schultraegerloesung-basis',
				phase: 'landesloesung-aktiv'
			}),
			catalog
		);
		expect(row(analysis, 'dateiablage')).toMatchObject({ status: 'overlap', action: 'switch-off' });
		expect(row(analysis, 'identitaetsmanagement')).toMatchObject({
			status: 'overlap',
			action: 'connect'
		});
		expect(row(analysis, 'identitaetsmanagement').nextStep.de).toContain('anbinden');
	});

	it('keeps intended redundancy for the extended carrier (Lübeck)', () => {
		const analysis = analyzeGaps(
			configuration({ scenario: 'schultraegerloesung-erweitert', phase: 'landesloesung-aktiv' }),
			catalog
		);
		expect(row(analysis, 'kurssystem')).toMatchObject({ status: 'overlap', action: 'redundant' });
		expect(statusOf(analysis, 'wiki')).toBe('gap');
	});

	it('treats a shared block as the carrier’s own while the state does not offer its part yet', () => {
		const analysis = analyzeGaps(
			configuration({ scenario: 'schultraegerloesung-erweitert', phase: 'uebergangsphase' }),
			catalog
		);
		expect(statusOf(analysis, 'kurssystem')).toBe('gap');
	});
});

describe('analyzeGaps with the carrier’s changes', () => {
	it('adds blocks as the carrier’s own, removes blocks with a warning when the scenario requires them', () => {
		const analysis = analyzeGaps(
			configuration({
				scenario: 'musterloesung-plus',
				phase: 'uebergangsphase',
				customizations: { added: ['videokonferenz'], removed: ['backup'], responsibleOverrides: {} }
			}),
			catalog
		);
		expect(row(analysis, 'videokonferenz')).toMatchObject({
			added: true,
			responsible: 'carrier',
			status: 'gap'
		});
		expect(statusOf(analysis, 'backup')).toBe('removed');
		expect(analysis.warnings).toHaveLength(1);
		expect(analysis.warnings[0]!.de).toContain('Backupvorkehrungen');
	});

	it('swaps a block to the state: the state’s available LMS instead of an own one', () => {
		const config = configuration({
			scenario: 'schultraegerloesung-erweitert',
			phase: 'landesloesung-aktiv',
			customizations: {
				added: [],
				removed: [],
				responsibleOverrides: { kurssystem: 'state', wiki: 'state' }
			}
		});
		const analysis = analyzeGaps(config, catalog);
		expect(row(analysis, 'kurssystem')).toMatchObject({
			responsible: 'state',
			overridden: true,
			status: 'state'
		});
		expect(row(analysis, 'wiki')).toMatchObject({ responsible: 'state', status: 'state-pending' });
		expect(row(analysis, 'wiki').nextStep.de).toContain('keinen Dienst');
	});

	it('leaves optional blocks out of the gaps until the carrier adds them', () => {
		const base = configuration({
			profile: profile({ schoolCount: 12 }),
			scenario: 'schultraegerloesung-basis',
			phase: 'uebergangsphase'
		});
		expect(statusOf(analyzeGaps(base, catalog), 'kurssystem')).toBe('optional');
		const added = { ...base, customizations: { ...base.customizations, added: ['kurssystem'] } };
		expect(statusOf(analyzeGaps(added, catalog), 'kurssystem')).toBe('gap');
	});

	it('uses the state of the carrier: Bavaria’s services, not Schleswig-Holstein’s', () => {
		const analysis = analyzeGaps(configuration({ profile: profile({ state: 'by' }) }), catalog);
		expect(analysis.state).toBe('by');
		for (const r of analysis.rows)
			for (const s of r.stateServices) expect(s.service.startsWith('by-')).toBe(true);
	});

	it('summarises the statuses per category', () => {
		const analysis = analyzeGaps(configuration(), catalog);
		const perCategory = Object.values(analysis.summary.byCategory).reduce(
			(n, c) => n + Object.values(c).reduce((a, b) => a + b, 0),
			0
		);
		expect(perCategory).toBe(analysis.rows.length);
		expect(Object.keys(analysis.summary.byCategory)).toEqual(
			expect.arrayContaining(['infrastruktur', 'nicht-technisch'])
		);
	});
});
