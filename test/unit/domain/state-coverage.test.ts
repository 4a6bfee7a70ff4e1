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

	it('expects nothing from the state in the transition phase except in the Musterlösung Grundschule', () => {
		const result = stateCoverage('sh', 'uebergangsphase', catalog);
		expect(
			result.scenarios.find((s) => s.scenario === 'schultraegerloesung-basis')!.expected
		).toEqual([]);
		expect(result.scenarios.find((s) => s.scenario === 'schultraegerloesung-basis')!.share).toBe(1);
		const gs = result.scenarios.find((s) => s.scenario === 'musterloesung-gs')!;
		expect(gs.pending.find((p) => p.block === 'kurssystem')).toEqual({
			block: 'kurssystem',
			reason: 'pilot'
		});
	});

	it('answers what-if: without Landesradius the Wi-Fi access block becomes pending', () => {
		const without = stateCoverage('sh', 'landesloesung-aktiv', catalog, {
			without: ['sh-landesradius']
		});
		const gs = without.scenarios.find((s) => s.scenario === 'musterloesung-gs')!;
		expect(gs.pending).toContainEqual({ block: 'wlan-zugangsverwaltung', reason: 'switched-off' });
		expect(without.services.find((s) => s.id === 'sh-landesradius')!.switchedOff).toBe(true);
		const all = stateCoverage('sh', 'landesloesung-aktiv', catalog);
		expect(gs.covered.length).toBe(
			all.scenarios.find((s) => s.scenario === 'musterloesung-gs')!.covered.length - 1
		);
	});

	it('works for every state and rejects unknown input', () => {
		for (const state of catalog.states)
			expect(stateCoverage(state.id, state.defaultPhase, catalog).scenarios).toHaveLength(4);
		expect(() => stateCoverage('xx', 'uebergangsphase', catalog)).toThrow('Unknown state');
		expect(() => stateCoverage('sh', 'uebergangsphase', catalog, { without: ['nope'] })).toThrow(
			'Unknown service'
		);
	});
});
