import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	analyzeGaps,
	openStatuses,
	plan,
	quarterNumber,
	TRANSITION_QUARTERS
} from '../../../src/lib/domain';
import type { Configuration } from '../../../src/lib/schema/types';
import { realCatalog } from '../helpers/catalog';
import { configuration, profile } from '../helpers/factories';

const today = new Date('2026-11-30T12:00:00Z');
const fixture = (name: string): Configuration =>
	JSON.parse(
		readFileSync(new URL(`../../fixtures/documents/${name}.json`, import.meta.url), 'utf8')
	);

describe('plan', () => {
	const catalog = realCatalog();

	it('makes a measure of every open block of the analysis, and of nothing else', () => {
		const config = fixture('configuration-luebeck');
		const open = analyzeGaps(config, catalog).rows.filter((r) => openStatuses.has(r.status));
		const result = plan(config, catalog, { today });
		expect(result.measures.map((m) => m.block).sort()).toEqual(open.map((r) => r.block).sort());
		for (const m of result.measures)
			expect(m.status).toBe(open.find((r) => r.block === m.block)!.status);
	});

	it('starts in the next quarter and expects the phase change 36 months later in the transition phase', () => {
		const result = plan(fixture('configuration-small-municipality'), catalog, { today });
		expect(result.start).toBe('2027-Q1');
		expect(result.phaseChange).toBe('2030-Q1');
		expect(quarterNumber(result.phaseChange!) - quarterNumber(result.start)).toBe(
			TRANSITION_QUARTERS
		);
	});

	it('has no phase change when the state solution is already active', () => {
		expect(plan(fixture('configuration-luebeck'), catalog, { today }).phaseChange).toBeUndefined();
	});

	it('schedules cabling and Wi-Fi before the devices and presentation technology, with the reason', () => {
		const config = configuration({
			profile: profile({ schoolCount: 8, schoolTypes: ['grundschule', 'weiterfuehrende-schule'] }),
			scenario: 'schultraegerloesung-basis',
			phase: 'uebergangsphase'
		});
		const result = plan(config, catalog, { today });
		const lan = result.measures.find((m) => m.block === 'lan-wlan-infrastruktur')!;
		const devices = result.measures.find((m) => m.block === 'endgeraete')!;
		expect(quarterNumber(devices.start)).toBeGreaterThan(quarterNumber(lan.end));
		expect(devices.dependsOn.map((d) => d.block)).toContain('lan-wlan-infrastruktur');
		expect(devices.dependsOn.find((d) => d.block === 'lan-wlan-infrastruktur')!.reason.de).toMatch(
			/Verkabelung/
		);
		expect(result.measures.indexOf(lan)).toBeLessThan(result.measures.indexOf(devices));
	});

	it('keeps a moved measure in its quarter and flags the dependency it breaks', () => {
		const config = configuration({
			profile: profile({ schoolCount: 8, schoolTypes: ['weiterfuehrende-schule'] }),
			scenario: 'schultraegerloesung-basis',
			phase: 'uebergangsphase',
			plan: { start: '2027-Q1', moves: { endgeraete: '2027-Q1' } }
		});
		const result = plan(config, catalog, { today });
		const devices = result.measures.find((m) => m.block === 'endgeraete')!;
		expect(devices.moved).toBe(true);
		expect(devices.start).toBe('2027-Q1');
		expect(devices.conflicts.map((c) => c.block)).toContain('lan-wlan-infrastruktur');
		expect(result.warnings.some((w) => w.de.includes('Endgeräte'))).toBe(true);
		const unmoved = plan({ ...config, plan: { start: '2027-Q1' } }, catalog, { today });
		expect(unmoved.measures.flatMap((m) => m.conflicts)).toEqual([]);
	});

	it('marks only usable programmes as funding and says why closed ones are not', () => {
		const config = configuration({
			profile: profile({ state: 'bw', schoolCount: 8, schoolTypes: ['berufsbildende-schule'] }),
			scenario: 'schultraegerloesung-basis',
			phase: 'uebergangsphase'
		});
		const result = plan(config, catalog, { today });
		const lan = result.measures.find((m) => m.block === 'lan-wlan-infrastruktur')!;
		expect(lan.funding).toEqual(['digitalpakt-2']);
		const dp1 = result.funding.find((f) => f.programme.id === 'digitalpakt-schule')!;
		expect(dp1.usable).toBe(false);
		expect(dp1.reason.de).toMatch(/abgeschlossen/);
		expect(dp1.programme.examples?.some((e) => e.carrier === 'Landkreis Ludwigsburg')).toBe(true);
		expect(result.funding.some((f) => f.programme.id === 'saarland-digitalpakt-budgets')).toBe(
			false
		);
	});

	it('estimates staff as a range from Magdeburg and Stuttgart, with the formula and sources', () => {
		const config = configuration({
			profile: profile({
				schoolCount: 67,
				sites: 67,
				schoolTypes: ['grundschule'],
				itStaff: 'department',
				devices: 6700
			}),
			scenario: 'schultraegerloesung-erweitert',
			phase: 'uebergangsphase'
		});
		const s = plan(config, catalog, { today }).staffing;
		expect(s.low).toBe(8);
		expect(s.onSite).toBe(22.1);
		expect(s.high).toBe(30.1);
		expect(s.formula.de).toContain('67 Standorte (mit Außenstellen) × 8/67');
		expect(s.sources.map((r) => r.source)).toEqual(['seed-003', 'stuttgart-grdrs-1223-2023']);
		expect(s.expectation?.levels).toEqual([1, 2, 3]);
		expect(s.devicesPerPost).toEqual({ low: 223, high: 838 });
		expect(s.cost).toEqual(expect.objectContaining({ low: 592000, high: 2227400 }));
	});

	it('prices a chosen solution per school from its source and leaves everything else unknown', () => {
		const config = configuration({
			profile: profile({
				schoolCount: 3,
				schoolTypes: ['weiterfuehrende-schule'],
				itStaff: 'small'
			}),
			scenario: 'musterloesung-plus',
			phase: 'uebergangsphase',
			solutions: ['iserv']
		});
		const result = plan(config, catalog, { today });
		expect(result.costs.oneOff).toEqual({ min: 3 * 7600, max: 3 * 7600 });
		expect(result.costs.running).toEqual({ min: 3 * 890, max: 3 * 890 });
		expect(result.costs.lines.every((l) => l.figure.sources.length > 0)).toBe(true);
		expect(result.costs.unknown).toContain('endgeraete');
		const without = plan({ ...config, solutions: [] }, catalog, { today });
		expect(without.costs.lines).toEqual([]);
	});

	it('shows cooperation to a small carrier and names it among who does a suited measure', () => {
		const small = plan(fixture('configuration-small-municipality'), catalog, { today });
		expect(small.cooperation.small).toBe(true);
		expect(small.cooperation.forms.map((f) => f.id)).toEqual([
			'informell',
			'oeffentlich-rechtliche-vereinbarung',
			'zweckverband',
			'gemeinsame-einrichtung'
		]);
		const suited = small.measures.filter((m) => m.cooperation);
		expect(suited.length).toBeGreaterThan(0);
		for (const m of suited) expect(m.who.map((w) => w.kind)).toContain('cooperation');
		const large = plan(fixture('configuration-luebeck'), catalog, { today });
		expect(large.cooperation.small).toBe(false);
		for (const m of large.measures) expect(m.who.map((w) => w.kind)).not.toContain('cooperation');
	});

	it('follows an earlier answer: another state changes the measures', () => {
		const config = fixture('configuration-small-municipality');
		const sh = plan(config, catalog, { today });
		const by = plan({ ...config, profile: { ...config.profile, state: 'by' } }, catalog, { today });
		expect(by.measures.map((m) => `${m.block}:${m.status}`)).not.toEqual(
			sh.measures.map((m) => `${m.block}:${m.status}`)
		);
	});
});
