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
			const expected = s.partial.includes(cell.block)
				? 'partial'
				: s.covered.includes(cell.block)
					? 'covered'
					: s.expected.includes(cell.block)
						? s.pending.find((p) => p.block === cell.block)!.reason
						: 'not-expected';
			expect(cell.state, `${cell.scenario}/${cell.block}`).toBe(expected);
		}
		// Every scenario expects the same 18 blocks here: the teachers' e-mail covers one partly,
		// the Landesradius is only planned.
		expect(countCellStates(matrix.cells)).toMatchObject({
			covered: 64,
			partial: 4,
			planned: 4,
			'switched-off': 0
		});
	});

	it('marks the blocks of a switched-off service as switched off in every scenario that expects them', () => {
		const coverage = stateCoverage('sh', 'landesloesung-aktiv', catalog, {
			without: ['sh-schulportal-sh']
		});
		const matrix = coverageMatrix(coverage, catalog);
		const idm = matrix.cells.filter((c) => c.block === 'identitaetsmanagement');
		expect(idm.map((c) => c.state)).toEqual(Array(4).fill('switched-off'));
		expect(countCellStates(matrix.cells)).toMatchObject({
			covered: 60,
			partial: 4,
			planned: 4,
			'switched-off': 4
		});
	});

	it('tells covered, partly covered, planned and not expected apart in the transition phase', () => {
		const matrix = coverageMatrix(stateCoverage('sh', 'uebergangsphase', catalog), catalog);
		const cell = (scenario: string, block: string) =>
			matrix.cells.find((c) => c.scenario === scenario && c.block === block)!.state;
		expect(cell('musterloesung-gs', 'kurssystem')).toBe('covered');
		expect(cell('musterloesung-gs', 'email-adresse')).toBe('partial');
		expect(cell('musterloesung-gs', 'wlan-zugangsverwaltung')).toBe('planned');
		expect(cell('schultraegerloesung-basis', 'kurssystem')).toBe('not-expected');
		// Only the Musterlösung Grundschule expects its 18 blocks from the state in this phase.
		expect(countCellStates(matrix.cells)).toEqual({
			covered: 16,
			partial: 1,
			pilot: 0,
			planned: 1,
			discontinued: 0,
			'no-service': 0,
			'switched-off': 0,
			'not-expected': 54
		});
	});

	it('tells a pilot apart from no service at all (Baden-Württemberg)', () => {
		const matrix = coverageMatrix(stateCoverage('bw', 'uebergangsphase', catalog), catalog);
		const cell = (block: string) =>
			matrix.cells.find((c) => c.scenario === 'musterloesung-gs' && c.block === block)!.state;
		expect(cell('email-adresse')).toBe('pilot');
		expect(cell('wlan-zugangsverwaltung')).toBe('no-service');
		expect(cell('kurssystem')).toBe('covered');
		expect(cell('messenger')).toBe('partial');
		expect(countCellStates(matrix.cells)).toEqual({
			covered: 2,
			partial: 4,
			pilot: 4,
			planned: 0,
			discontinued: 0,
			'no-service': 8,
			'switched-off': 0,
			'not-expected': 54
		});
	});

	it('works for any number of scenarios and leaves out categories with nothing expected', () => {
		const coverage: StateCoverage = {
			state: 'x',
			phase: 'p',
			switchedOff: [],
			assumed: [],
			services: [],
			scenarios: [
				{
					scenario: 'a',
					expected: ['wiki'],
					covered: [],
					partial: [],
					pending: [{ block: 'wiki', reason: 'no-service' }],
					share: 0
				},
				{ scenario: 'b', expected: [], covered: [], partial: [], pending: [], share: 1 },
				{
					scenario: 'c',
					expected: ['wiki'],
					covered: ['wiki'],
					partial: [],
					pending: [],
					share: 1
				},
				{
					scenario: 'd',
					expected: ['wiki'],
					covered: ['wiki'],
					partial: ['wiki'],
					pending: [],
					share: 1
				}
			]
		};
		const matrix = coverageMatrix(coverage, catalog);
		expect(matrix.groups).toEqual([{ category: 'paedagogische-dienste', blocks: ['wiki'] }]);
		expect(matrix.cells.map((c) => c.state)).toEqual([
			'no-service',
			'not-expected',
			'covered',
			'partial'
		]);
	});
});

describe('pendingBlocks', () => {
	it('lists each pending block once, in catalog order, with its reason and the scenarios', () => {
		const pending = pendingBlocks(stateCoverage('bw', 'uebergangsphase', catalog), catalog);
		expect(pending.map((p) => [p.block, p.reason])).toEqual([
			['wlan-zugangsverwaltung', 'no-service'],
			['dateiablage', 'pilot'],
			['email-adresse', 'pilot'],
			['anwendungen-fachunterricht', 'no-service'],
			['kalender', 'pilot'],
			['buchungssystem', 'no-service'],
			['adressbuch', 'pilot'],
			['abstimmung-terminplaner', 'no-service'],
			['basisdokumentation', 'no-service'],
			['nutzungsordnung', 'no-service'],
			['datenschutz', 'no-service'],
			['systemfortbildung', 'no-service']
		]);
		expect(pending[0]!.scenarios).toEqual(['musterloesung-gs']);
	});

	it('names all scenarios of a pending block, and is empty when every expected block is covered', () => {
		const all = catalog.scenarios.map((s) => s.id);
		expect(pendingBlocks(stateCoverage('sh', 'landesloesung-aktiv', catalog), catalog)).toEqual([
			{ block: 'wlan-zugangsverwaltung', reason: 'planned', scenarios: all }
		]);
		const off = pendingBlocks(
			stateCoverage('sh', 'landesloesung-aktiv', catalog, { without: ['sh-schulportal-sh'] }),
			catalog
		);
		expect(off).toEqual([
			{ block: 'identitaetsmanagement', reason: 'switched-off', scenarios: all },
			{ block: 'wlan-zugangsverwaltung', reason: 'planned', scenarios: all }
		]);
		const assumed = stateCoverage('sh', 'landesloesung-aktiv', catalog, {
			assume: ['sh-landesradius']
		});
		expect(pendingBlocks(assumed, catalog)).toEqual([]);
	});
});
