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

	it('counts the carrier’s blocks per rating, unknown apart from none, and lists the unknown ones', () => {
		// 25 carrier blocks. IServ: 11 full + 4 partial = 13 points; UCS@school: 7 + 8 = 11 points.
		expect(result.perSolution.map((s) => s.counts)).toEqual([
			{ full: 11, partial: 4, none: 8, unknown: 2 },
			{ full: 7, partial: 8, none: 10, unknown: 0 }
		]);
		expect(result.perSolution.map((s) => s.covered)).toEqual([13, 11]);
		expect(result.perSolution[0]!.unknown).toEqual(['online-office', 'ticketsystem']);
		expect(result.perSolution[1]!.unknown).toEqual([]);
		for (const summary of result.perSolution) {
			const { full, partial, none, unknown } = summary.counts;
			expect(full + partial + none + unknown).toBe(summary.total);
			expect(summary.unknown.every((b) => summary.open.includes(b))).toBe(true);
		}
	});

	it('marks a duplicate only where an available state service covers the block fully', () => {
		// The state's e-mail is for teachers only; the Landesradius is only planned.
		const mail = result.rows.find((r) => r.block === 'email-adresse')!;
		expect(mail.stateServices).toEqual(['Dienstliche E-Mail für Lehrkräfte']);
		expect(mail.cells[0]).toMatchObject({ level: 'full', duplicatesState: false });
		const wlan = result.rows.find((r) => r.block === 'wlan-zugangsverwaltung')!;
		expect(wlan.stateServices).toEqual([]);
		expect(wlan.cells.map((c) => [c.level, c.duplicatesState])).toEqual([
			['full', false],
			['full', false]
		]);
		expect(result.perSolution[0]!.duplicates).not.toContain('email-adresse');
		expect(result.perSolution[0]!.duplicates).not.toContain('wlan-zugangsverwaltung');
	});

	it('says when a solution is tied to another state: the IQSH’s Musterlösung for a Bavarian carrier', () => {
		const inBavaria = compareSolutions(
			{ scenario: 'musterloesung-gs', phase: 'uebergangsphase', state: 'by' },
			['musterloesung-gs-sh', 'iserv'],
			catalog
		);
		const note = catalog.solutions.find((s) => s.id === 'musterloesung-gs-sh')!.availableIn!.note;
		expect(inBavaria.perSolution[0]).toMatchObject({
			offeredInState: false,
			availabilityNote: note
		});
		expect(inBavaria.perSolution[1]!.offeredInState).toBe(true);
		expect(inBavaria.perSolution[1]).not.toHaveProperty('availabilityNote');
		const inSh = compareSolutions(
			{ scenario: 'musterloesung-gs', phase: 'uebergangsphase', state: 'sh' },
			['musterloesung-gs-sh', 'iserv'],
			catalog
		);
		expect(inSh.perSolution[0]!.offeredInState).toBe(true);
		expect(inSh.perSolution[0]).not.toHaveProperty('availabilityNote');
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
