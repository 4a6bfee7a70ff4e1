import { describe, expect, it } from 'vitest';
import {
	countCellStates,
	coverageMatrix,
	pendingBlocks
} from '../../../src/lib/charts/coverage-cells';
import { stateCoverage, type StateCoverage } from '../../../src/lib/domain';
import { realCatalog } from '../helpers/catalog';

const catalog = realCatalog();

describe('coverageMatrix', () => {
	it('has one cell per scenario and expected block for sh/landesloesung-aktiv, each as the engine says', () => {
		const coverage = stateCoverage('sh', 'landesloesung-aktiv', catalog);
		const matrix = coverageMatrix(coverage, catalog);
		expect(matrix.scenarios).toEqual(catalog.scenarios.map((s) => s.id));
		expect(matrix.groups.map((g) => [g.category, g.blocks.length])).toEqual([
			['infrastruktur', 2],
			['paedagogische-dienste', 12],
			['nicht-technisch', 4]
		]);
		expect(matrix.groups[0]!.blocks).toEqual(['identitaetsmanagement', 'wlan-zugangsverwaltung']);
		expect(matrix.cells).toHaveLength(4 * 18);
		for (const cell of matrix.cells) {
			const s = coverage.scenarios.find((x) => x.scenario === cell.scenario)!;
			const expected = s.covered.includes(cell.block)
				? 'covered'
				: s.expected.includes(cell.block)
					? s.pending.find((p) => p.block === cell.block)!.reason
					: 'not-expected';
			expect(cell.state, `${cell.scenario}/${cell.block}`).toBe(expected);
		}
		expect(countCellStates(matrix.cells)).toMatchObject({ covered: 72, 'switched-off': 0 });
	});

	it('marks the blocks of a switched-off service as switched off in every scenario that expects them', () => {
		const coverage = stateCoverage('sh', 'landesloesung-aktiv', catalog, {
			without: ['sh-landesradius']
		});
		const matrix = coverageMatrix(coverage, catalog);
		const wlan = matrix.cells.filter((c) => c.block === 'wlan-zugangsverwaltung');
		expect(wlan.map((c) => c.state)).toEqual(Array(4).fill('switched-off'));
		expect(countCellStates(matrix.cells)).toMatchObject({ covered: 68, 'switched-off': 4 });
	});

	it('tells pilot, planned and not expected apart in the transition phase', () => {
		const matrix = coverageMatrix(stateCoverage('sh', 'uebergangsphase', catalog), catalog);
		const cell = (scenario: string, block: string) =>
			matrix.cells.find((c) => c.scenario === scenario && c.block === block)!.state;
		expect(cell('musterloesung-gs', 'kurssystem')).toBe('pilot');
		expect(cell('musterloesung-gs', 'wlan-zugangsverwaltung')).toBe('planned');
		expect(cell('musterloesung-gs', 'identitaetsmanagement')).toBe('covered');
		expect(cell('schultraegerloesung-basis', 'kurssystem')).toBe('not-expected');
		expect(countCellStates(matrix.cells)).toEqual({
			covered: 10,
			pilot: 7,
			planned: 1,
			'not-available': 0,
			'no-service': 0,
			'switched-off': 0,
			'not-expected': 54
		});
	});

	it('works for any number of scenarios and leaves out categories with nothing expected', () => {
		const coverage: StateCoverage = {
			state: 'x',
			phase: 'p',
			switchedOff: [],
			services: [],
			scenarios: [
				{
					scenario: 'a',
					expected: ['wiki'],
					covered: [],
					pending: [{ block: 'wiki', reason: 'no-service' }],
					share: 0
				},
				{ scenario: 'b', expected: [], covered: [], pending: [], share: 1 },
				{ scenario: 'c', expected: ['wiki'], covered: ['wiki'], pending: [], share: 1 }
			]
		};
		const matrix = coverageMatrix(coverage, catalog);
		expect(matrix.groups).toEqual([{ category: 'paedagogische-dienste', blocks: ['wiki'] }]);
		expect(matrix.cells.map((c) => c.state)).toEqual(['no-service', 'not-expected', 'covered']);
	});
});

describe('pendingBlocks', () => {
	it('lists each pending block once, in catalog order, with its reason and the scenarios', () => {
		const pending = pendingBlocks(stateCoverage('sh', 'uebergangsphase', catalog), catalog);
		expect(pending.map((p) => [p.block, p.reason])).toEqual([
			['wlan-zugangsverwaltung', 'planned'],
			['kurssystem', 'pilot'],
			['online-office', 'pilot'],
			['messenger', 'pilot'],
			['anwendungen-fachunterricht', 'pilot'],
			['buchungssystem', 'pilot'],
			['adressbuch', 'pilot'],
			['abstimmung-terminplaner', 'pilot']
		]);
		expect(pending[0]!.scenarios).toEqual(['musterloesung-gs']);
	});

	it('is empty when every expected block is covered, and names all scenarios of a switched-off block', () => {
		expect(pendingBlocks(stateCoverage('sh', 'landesloesung-aktiv', catalog), catalog)).toEqual([]);
		const off = pendingBlocks(
			stateCoverage('sh', 'landesloesung-aktiv', catalog, { without: ['sh-landesradius'] }),
			catalog
		);
		expect(off).toEqual([
			{
				block: 'wlan-zugangsverwaltung',
				reason: 'switched-off',
				scenarios: catalog.scenarios.map((s) => s.id)
			}
		]);
	});
});
