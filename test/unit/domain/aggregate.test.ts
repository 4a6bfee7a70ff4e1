import { describe, expect, it } from 'vitest';
import { aggregate, analyzeGaps } from '../../../src/lib/domain';
import { realCatalog } from '../helpers/catalog';
import { configuration, profile } from '../helpers/factories';

const catalog = realCatalog();

describe('aggregate', () => {
	const small = configuration();
	const basis = configuration({
		profile: profile({ schoolCount: 12, state: 'nw' }),
		scenario: 'schultraegerloesung-basis',
		phase: 'uebergangsphase'
	});
	const erweitert = configuration({
		scenario: 'schultraegerloesung-erweitert',
		inventory: { wiki: 'existing' }
	});
	const documents = [
		{ name: 'amt.json', data: small },
		{ name: 'kreis.json', data: basis },
		{ name: 'stadt.json', data: erweitert },
		{ name: 'kaputt.json', data: { formatVersion: 1 } },
		{ name: 'fremd.json', data: { ...small, scenario: 'unbekannt' } }
	];
	const result = aggregate(documents, catalog);

	it('reports invalid documents by name with the reason and never counts them', () => {
		expect(result.total).toBe(5);
		expect(result.valid).toBe(3);
		expect(result.invalid.map((i) => i.name)).toEqual(['kaputt.json', 'fremd.json']);
		expect(result.invalid[1]!.problems[0]!.message.de).toContain('„unbekannt“');
	});

	it('counts the scenarios, phases and states of the valid configurations', () => {
		expect(result.scenarios).toMatchObject({
			'musterloesung-gs': 1,
			'schultraegerloesung-basis': 1,
			'schultraegerloesung-erweitert': 1,
			'musterloesung-plus': 0
		});
		expect(result.states.sh).toBe(2);
		expect(result.states.nw).toBe(1);
	});

	it('counts per block the carriers with a gap or a pending state block, matching analyzeGaps', () => {
		const analyses = [small, basis, erweitert].map((c) => analyzeGaps(c, catalog));
		for (const block of result.blocks) {
			const gap = analyses.filter((a) =>
				a.rows.some((r) => r.block === block.block && r.status === 'gap')
			).length;
			const pending = analyses.filter((a) =>
				a.rows.some((r) => r.block === block.block && r.status === 'state-pending')
			).length;
			expect([block.block, block.gap, block.statePending]).toEqual([block.block, gap, pending]);
			expect(block.share).toBeCloseTo((gap + pending) / 3, 10);
		}
		expect(result.blocks.find((b) => b.block === 'wiki')!.gap).toBe(0);
	});

	it('lists the top gaps, most frequent first', () => {
		expect(result.topGaps.length).toBeGreaterThan(0);
		expect(result.topGaps.length).toBeLessThanOrEqual(10);
		for (let i = 1; i < result.topGaps.length; i++) {
			const a = result.topGaps[i - 1]!;
			const b = result.topGaps[i]!;
			expect(a.gap + a.statePending).toBeGreaterThanOrEqual(b.gap + b.statePending);
		}
	});
});
