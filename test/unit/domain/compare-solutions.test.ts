import { describe, expect, it } from 'vitest';
import { compareSolutions, solutionIdProblems } from '../../../src/lib/domain';
import { realCatalog } from '../helpers/catalog';

const catalog = realCatalog();
const context = {
	scenario: 'schultraegerloesung-basis',
	phase: 'landesloesung-aktiv',
	state: 'sh'
};

describe('compareSolutions', () => {
	const result = compareSolutions(context, ['iserv', 'ucs-school'], catalog);

	it('rates every block of the scenario for every solution, with note and sources', () => {
		expect(result.rows.length).toBeGreaterThan(20);
		for (const r of result.rows)
			expect(r.cells.map((c) => c.solution)).toEqual(['iserv', 'ucs-school']);
		// A state block in basis/aktiv: shown in the matrix, not counted in the carrier's share.
		expect(result.rows.find((r) => r.block === 'kurssystem')!.carrierBlock).toBe(false);
		const idm = result.rows.find((r) => r.block === 'identitaetsmanagement')!;
		expect(idm.cells[0]).toMatchObject({ level: 'full' });
		expect(idm.cells[0]!.sources.length).toBeGreaterThan(0);
	});

	it('computes the share of the carrier’s blocks: full = 1, partial = 0.5, none and unknown = 0', () => {
		const carrierRows = result.rows.filter((r) => r.carrierBlock);
		const points = { full: 1, partial: 0.5, none: 0, unknown: 0 } as const;
		const expected =
			carrierRows.reduce((n, r) => n + points[r.cells[0]!.level], 0) / carrierRows.length;
		expect(result.perSolution[0]!.share).toBeCloseTo(expected, 10);
		expect(result.perSolution[0]!.total).toBe(carrierRows.length);
		expect(result.scoring.explanation.de).toContain('teilweise = 0,5');
	});

	it('lists per solution the carrier blocks it leaves open, and those no solution covers', () => {
		result.perSolution.forEach((summary, i) => {
			const open = result.rows
				.filter((r) => r.carrierBlock && ['none', 'unknown'].includes(r.cells[i]!.level))
				.map((r) => r.block);
			expect(summary.open).toEqual(open);
		});
		expect(result.perSolution[1]!.open).toContain('mobile-device-management'); // UCS@school core has no MDM
		expect(result.perSolution[0]!.open).not.toContain('mobile-device-management'); // IServ has an iPad MDM module
		expect(result.openForAll).toEqual(
			expect.arrayContaining(['personalressource', 'prozesssteuerung'])
		);
		expect(result.openForAll).not.toContain('netzwerklaufwerk');
	});

	it('marks where a solution duplicates an available state service', () => {
		const office = result.rows.find((r) => r.block === 'dateiablage')!;
		expect(office.stateServices.length).toBeGreaterThan(0);
		expect(office.cells[0]!.duplicatesState).toBe(true);
		expect(result.perSolution[0]!.duplicates).toContain('dateiablage');
	});

	it('gives per-category shares for the categories that have carrier blocks', () => {
		expect(Object.keys(result.perSolution[0]!.byCategory)).toEqual(
			expect.arrayContaining(['infrastruktur', 'betrieb-support'])
		);
	});

	it('accepts 2 to 8 solutions and names what is wrong otherwise', () => {
		expect(solutionIdProblems(['iserv'], catalog)[0]!.message.de).toBe(
			'Bitte 2 bis 8 Systemlösungen wählen (gewählt: 1).'
		);
		expect(solutionIdProblems(['iserv', 'iserv'], catalog)[0]!.message.en).toBe(
			'A solution is chosen twice.'
		);
		expect(solutionIdProblems(['iserv', 'nope'], catalog)[0]!.message.en).toBe(
			'Solution "nope" does not exist in the catalog.'
		);
		expect(() => compareSolutions(context, ['iserv'], catalog)).toThrow(RangeError);
		expect(
			compareSolutions(
				context,
				catalog.solutions.map((s) => s.id),
				catalog
			).perSolution
		).toHaveLength(8);
	});
});
