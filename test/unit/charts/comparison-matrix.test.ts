import { describe, expect, it } from 'vitest';
import { matrixView } from '../../../src/lib/charts/comparison-matrix';
import { compareSolutions } from '../../../src/lib/domain';
import { realCatalog } from '../helpers/catalog';

const catalog = realCatalog();
const context = {
	scenario: 'schultraegerloesung-basis',
	phase: 'landesloesung-aktiv',
	state: 'sh'
};
// IServ 13 of 25 carrier blocks (52 %), UCS@school core 11 of 25 (44 %).
const comparison = compareSolutions(context, ['ucs-school', 'iserv'], catalog);
const blocks = (view: ReturnType<typeof matrixView>) =>
	view.groups.flatMap((g) => g.rows.map((r) => r.row.block));

describe('matrixView', () => {
	it('keeps the chosen column order and every row, grouped by category in catalog order', () => {
		const view = matrixView(comparison);
		expect(view.columns.map((c) => c.solution)).toEqual(['ucs-school', 'iserv']);
		expect(view.groups.map((g) => [g.category, g.rows.length])).toEqual([
			['infrastruktur', 8],
			['paedagogische-dienste', 13],
			['betrieb-support', 6],
			['nicht-technisch', 8]
		]);
		expect(view.shown).toBe(35);
		expect(view.total).toBe(35);
		expect(blocks(view)).toEqual(comparison.rows.map((r) => r.block));
	});

	it('sorts the columns by covered share, and the cells of every row with them', () => {
		const view = matrixView(comparison, {
			sortByCoverage: true,
			category: '',
			differencesOnly: false
		});
		expect(view.columns.map((c) => [c.solution, c.summary.covered, c.summary.total])).toEqual([
			['iserv', 13, 25],
			['ucs-school', 11, 25]
		]);
		const mdm = view.groups
			.flatMap((g) => g.rows)
			.find((r) => r.row.block === 'mobile-device-management')!;
		expect(mdm.cells.map((c) => [c.solution, c.level])).toEqual([
			['iserv', 'full'],
			['ucs-school', 'none']
		]);
	});

	it('keeps the chosen order between solutions with the same share', () => {
		const equal = {
			...comparison,
			perSolution: comparison.perSolution.map((s) => ({ ...s, share: 0.5 }))
		};
		const view = matrixView(equal, { sortByCoverage: true, category: '', differencesOnly: false });
		expect(view.columns.map((c) => c.solution)).toEqual(['ucs-school', 'iserv']);
	});

	it('filters to one category', () => {
		const view = matrixView(comparison, {
			sortByCoverage: false,
			category: 'betrieb-support',
			differencesOnly: false
		});
		expect(view.groups.map((g) => g.category)).toEqual(['betrieb-support']);
		expect(blocks(view)).toEqual([
			'ticketsystem',
			'mobile-device-management',
			'softwareverteilung',
			'administration',
			'backup',
			'monitoring'
		]);
		expect(view.shown).toBe(6);
	});

	it('shows only the rows where the solutions differ, 18 of 35 here', () => {
		const view = matrixView(comparison, {
			sortByCoverage: false,
			category: '',
			differencesOnly: true
		});
		expect(view.shown).toBe(18);
		expect(view.groups.every((g) => g.rows.every((r) => r.row.differs))).toBe(true);
		expect(blocks(view)).not.toContain('netzwerklaufwerk');
		// Both bring a RADIUS server now; file storage differs (UCS@school only in the school network).
		expect(blocks(view)).not.toContain('wlan-zugangsverwaltung');
		expect(blocks(view)).toContain('dateiablage');
	});

	it('combines the category filter with the differences and leaves out empty groups', () => {
		const view = matrixView(comparison, {
			sortByCoverage: false,
			category: 'betrieb-support',
			differencesOnly: true
		});
		expect(blocks(view)).toEqual([
			'ticketsystem',
			'mobile-device-management',
			'softwareverteilung',
			'backup'
		]);
		const infrastructure = matrixView(comparison, {
			sortByCoverage: false,
			category: 'infrastruktur',
			differencesOnly: true
		});
		expect(infrastructure.groups).toEqual([]);
		expect(infrastructure.shown).toBe(0);
		const none = matrixView(comparison, {
			sortByCoverage: false,
			category: 'gibt-es-nicht',
			differencesOnly: false
		});
		expect(none.groups).toEqual([]);
		expect(none.shown).toBe(0);
	});
});
