import { describe, expect, it } from 'vitest';
import { stateCoverage } from '../../../src/lib/domain';
import { realCatalog } from '../helpers/catalog';

const catalog = realCatalog();

describe('stateCoverage', () => {
	it('lists per scenario what it expects from Schleswig-Holstein and what is covered', () => {
		const result = stateCoverage('sh', 'landesloesung-aktiv', catalog);
		const gs = result.scenarios.find((s) => s.scenario === 'musterloesung-gs')!;
		expect(gs.expected).toHaveLength(18);
		expect(gs.covered.length + gs.pending.length).toBe(18);
		expect(gs.share).toBeCloseTo(gs.covered.length / 18, 10);
		const erweitert = result.scenarios.find((s) => s.scenario === 'schultraegerloesung-erweitert')!;
		expect(erweitert.expected).toHaveLength(18);
	});

	it('expects nothing from the state in the transition phase except in the Musterlösung Grundschule, where only the planned Landesradius is pending, as in the target phase', () => {
		const result = stateCoverage('sh', 'uebergangsphase', catalog);
		expect(
			result.scenarios.find((s) => s.scenario === 'schultraegerloesung-basis')!.expected
		).toEqual([]);
		expect(result.scenarios.find((s) => s.scenario === 'schultraegerloesung-basis')!.share).toBe(1);
		const gs = result.scenarios.find((s) => s.scenario === 'musterloesung-gs')!;
		expect(gs.pending).toEqual([{ block: 'wlan-zugangsverwaltung', reason: 'planned' }]);
		expect(gs.covered).toContain('kurssystem');
		const active = stateCoverage('sh', 'landesloesung-aktiv', catalog).scenarios.find(
			(s) => s.scenario === 'musterloesung-gs'
		)!;
		expect(active.pending).toEqual(gs.pending);
		expect(active.share).toBeCloseTo(17 / 18, 10);
	});

	it('answers what-if: without the Schulportal SH the identity management block becomes pending', () => {
		const without = stateCoverage('sh', 'landesloesung-aktiv', catalog, {
			without: ['sh-schulportal-sh']
		});
		const gs = without.scenarios.find((s) => s.scenario === 'musterloesung-gs')!;
		expect(gs.pending).toEqual([
			{ block: 'identitaetsmanagement', reason: 'switched-off' },
			{ block: 'wlan-zugangsverwaltung', reason: 'planned' }
		]);
		expect(without.switchedOff).toEqual(['sh-schulportal-sh']);
		expect(without.services.find((s) => s.id === 'sh-schulportal-sh')!.switchedOff).toBe(true);
		const all = stateCoverage('sh', 'landesloesung-aktiv', catalog);
		expect(gs.covered.length).toBe(
			all.scenarios.find((s) => s.scenario === 'musterloesung-gs')!.covered.length - 1
		);
	});

	it('answers what-if: assuming the planned Landesradius available covers Wi-Fi access, and says it assumed so', () => {
		const assumed = stateCoverage('sh', 'landesloesung-aktiv', catalog, {
			assume: ['sh-landesradius']
		});
		expect(assumed.assumed).toEqual(['sh-landesradius']);
		expect(assumed.services.find((s) => s.id === 'sh-landesradius')).toMatchObject({
			status: 'available',
			actualStatus: 'planned',
			assumed: true,
			switchedOff: false
		});
		for (const s of assumed.scenarios) {
			expect(s.covered, s.scenario).toContain('wlan-zugangsverwaltung');
			expect(s.pending, s.scenario).toEqual([]);
			expect(s.share, s.scenario).toBe(1);
		}
		const today = stateCoverage('sh', 'landesloesung-aktiv', catalog);
		expect(today.assumed).toEqual([]);
		expect(today.services.find((s) => s.id === 'sh-landesradius')).toMatchObject({
			status: 'planned',
			assumed: false
		});
	});

	it('switches off rather than assumes a service named for both', () => {
		const both = stateCoverage('sh', 'landesloesung-aktiv', catalog, {
			without: ['sh-landesradius'],
			assume: ['sh-landesradius']
		});
		expect(both.assumed).toEqual([]);
		expect(both.scenarios[0]!.pending).toContainEqual({
			block: 'wlan-zugangsverwaltung',
			reason: 'switched-off'
		});
	});

	it('lists the blocks that available services cover only partly, and counts them as covered', () => {
		const gs = stateCoverage('by', 'landesloesung-aktiv', catalog).scenarios.find(
			(s) => s.scenario === 'musterloesung-gs'
		)!;
		// ByCS: the account and the training only for the state's services; mail, calendar and
		// address book only for teachers of state schools.
		expect(gs.partial).toEqual([
			'identitaetsmanagement',
			'email-adresse',
			'kalender',
			'adressbuch',
			'systemfortbildung'
		]);
		expect(gs.covered).toHaveLength(10);
		for (const block of gs.partial) expect(gs.covered).toContain(block);
		expect(gs.share).toBeCloseTo(10 / 18, 10);
	});

	it('works for every state and rejects unknown input', () => {
		for (const state of catalog.states)
			expect(stateCoverage(state.id, state.defaultPhase, catalog).scenarios).toHaveLength(4);
		expect(() => stateCoverage('xx', 'uebergangsphase', catalog)).toThrow('Unknown state');
		expect(() => stateCoverage('sh', 'uebergangsphase', catalog, { without: ['nope'] })).toThrow(
			'Unknown service'
		);
		expect(() => stateCoverage('sh', 'uebergangsphase', catalog, { assume: ['nope'] })).toThrow(
			'Unknown service'
		);
	});
});
