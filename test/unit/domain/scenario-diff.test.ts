import { describe, expect, it } from 'vitest';
import { indexCatalog } from '../../../src/lib/domain';
import {
	changeCount,
	comparedPhases,
	overlapsByMeaning,
	scenarioPhaseDiff,
	type PhaseChange
} from '../../../src/lib/domain/scenario-diff';
import type { BlockAssignment, Scenario } from '../../../src/lib/schema/types';
import { realCatalog } from '../helpers/catalog';

const catalog = realCatalog();
const scenario = (id: string) => indexCatalog(catalog).scenario.get(id)!;
const ids = (changes: PhaseChange[]) => changes.map((c) => c.block);
const diffOf = (id: string) =>
	scenarioPhaseDiff(catalog, scenario(id), 'uebergangsphase', 'landesloesung-aktiv');

const assignment = (
	block: string,
	responsible: BlockAssignment['responsible'],
	extra: Partial<BlockAssignment> = {}
): BlockAssignment => ({
	block,
	responsible,
	confidence: 'high',
	reasoning: { de: '', en: '' },
	...extra
});

const phase = (blocks: BlockAssignment[]) => ({ characteristics: [], blocks, sources: [] });

describe('scenarioPhaseDiff on the shipped catalog', () => {
	it('Musterlösung +: eight carrier blocks become overlaps (IDM and Wi-Fi connected, three services phased out, three non-technical blocks complemented), ten state blocks appear', () => {
		const diff = diffOf('musterloesung-plus');
		expect(Object.fromEntries(diff.newOverlaps.map((c) => [c.block, c.to?.overlap]))).toEqual({
			identitaetsmanagement: 'connect',
			'wlan-zugangsverwaltung': 'connect',
			dateiablage: 'phase-out',
			'online-office': 'phase-out',
			'anwendungen-fachunterricht': 'phase-out',
			basisdokumentation: 'complement',
			nutzungsordnung: 'complement',
			datenschutz: 'complement'
		});
		expect(ids(diff.newOverlaps)).toEqual([
			'identitaetsmanagement',
			'wlan-zugangsverwaltung',
			'dateiablage',
			'online-office',
			'anwendungen-fachunterricht',
			'basisdokumentation',
			'nutzungsordnung',
			'datenschutz'
		]);
		expect(ids(diff.appeared)).toEqual([
			'kurssystem',
			'email-adresse',
			'messenger',
			'kalender',
			'buchungssystem',
			'adressbuch',
			'abstimmung-terminplaner',
			'forum',
			'aufgaben',
			'systemfortbildung'
		]);
		expect(diff.appeared.every((c) => c.to?.responsible === 'state')).toBe(true);
		expect(diff.toState).toEqual([]);
		expect(diff.disappeared).toEqual([]);
		expect(changeCount(diff)).toBe(18);
	});

	it('Schulträgerlösung (basis): the optional pedagogical services move to the state, duplicate services are switched off, the non-technical blocks complemented', () => {
		const diff = diffOf('schultraegerloesung-basis');
		expect(ids(diff.toState)).toEqual([
			'kurssystem',
			'email-adresse',
			'messenger',
			'kalender',
			'buchungssystem',
			'adressbuch',
			'abstimmung-terminplaner',
			'forum',
			'aufgaben'
		]);
		expect(diff.toState.every((c) => c.from?.optional === true)).toBe(true);
		const overlaps = Object.fromEntries(diff.newOverlaps.map((c) => [c.block, c.to?.overlap]));
		expect(overlaps).toEqual({
			identitaetsmanagement: 'connect',
			'wlan-zugangsverwaltung': 'connect',
			dateiablage: 'switch-off',
			'online-office': 'switch-off',
			'anwendungen-fachunterricht': 'switch-off',
			basisdokumentation: 'complement',
			nutzungsordnung: 'complement',
			datenschutz: 'complement'
		});
		expect(ids(diff.appeared)).toEqual(['systemfortbildung']);
		expect(changeCount(diff)).toBe(18);
	});

	it('Schulträgerlösung (erweitert): 12 intended redundancies, two connections and four complements, nothing moves to the state', () => {
		const diff = diffOf('schultraegerloesung-erweitert');
		expect(diff.toState).toEqual([]);
		expect(diff.newOverlaps).toHaveLength(18);
		expect(diff.newOverlaps.filter((c) => c.to?.overlap === 'redundant')).toHaveLength(12);
		expect(diff.newOverlaps.filter((c) => c.to?.overlap === 'connect').map((c) => c.block)).toEqual(
			['identitaetsmanagement', 'wlan-zugangsverwaltung']
		);
		expect(
			diff.newOverlaps.filter((c) => c.to?.overlap === 'complement').map((c) => c.block)
		).toEqual(['basisdokumentation', 'nutzungsordnung', 'datenschutz', 'systemfortbildung']);
		expect(changeCount(diff)).toBe(18);
	});

	it('Musterlösung Grundschule SH: the same blocks the same way in both phases', () => {
		expect(changeCount(diffOf('musterloesung-gs'))).toBe(0);
	});
});

describe('scenarioPhaseDiff on a made-up scenario', () => {
	const made: Scenario = {
		...scenario('musterloesung-plus'),
		id: 'made-up',
		phases: {
			a: phase([
				assignment('wiki', 'carrier'),
				assignment('kurssystem', 'both'),
				assignment('forum', 'state'),
				assignment('kalender', 'carrier', { optional: true }),
				assignment('backup', 'carrier')
			]),
			b: phase([
				assignment('kurssystem', 'state'),
				assignment('forum', 'carrier'),
				assignment('kalender', 'carrier'),
				assignment('backup', 'carrier'),
				assignment('netzwerklaufwerk', 'carrier')
			])
		}
	};
	const diff = scenarioPhaseDiff(catalog, made, 'a', 'b');

	it('an overlap that ends with the state counts as moving to the state', () => {
		expect(ids(diff.toState)).toEqual(['kurssystem']);
	});

	it('a block back to the carrier, or no longer optional, is another change', () => {
		expect(ids(diff.otherChanges)).toEqual(['kalender', 'forum']);
	});

	it('lists blocks that appear and disappear, in catalog order', () => {
		expect(ids(diff.appeared)).toEqual(['netzwerklaufwerk']);
		expect(ids(diff.disappeared)).toEqual(['wiki']);
		expect(diff.disappeared[0]!.to).toBeUndefined();
	});

	it('leaves unchanged blocks out', () => {
		expect(changeCount(diff)).toBe(5);
	});

	it('throws for a phase the scenario does not have', () => {
		expect(() => scenarioPhaseDiff(catalog, made, 'a', 'c')).toThrow(/no phase "c"/);
	});
});

describe('overlapsByMeaning', () => {
	it('groups the new overlaps by what they mean, in the order they first occur', () => {
		const groups = overlapsByMeaning(diffOf('schultraegerloesung-basis'));
		expect(groups.map((g) => [g.overlap, g.changes.length])).toEqual([
			['connect', 2],
			['switch-off', 3],
			['complement', 3]
		]);
	});

	it('keeps overlaps without a stated meaning in a group of their own', () => {
		const withoutMeaning = scenarioPhaseDiff(
			catalog,
			{
				...scenario('musterloesung-plus'),
				phases: {
					a: phase([assignment('wiki', 'carrier'), assignment('forum', 'carrier')]),
					b: phase([
						assignment('wiki', 'both'),
						assignment('forum', 'both', { overlap: 'connect' })
					])
				}
			},
			'a',
			'b'
		);
		expect(overlapsByMeaning(withoutMeaning).map((g) => [g.overlap, ids(g.changes)])).toEqual([
			[undefined, ['wiki']],
			['connect', ['forum']]
		]);
	});
});

describe('comparedPhases', () => {
	it('compares the first phase with the next and every later one with the previous', () => {
		expect(comparedPhases(['a', 'b', 'c'], 'a')).toEqual({ from: 'a', to: 'b' });
		expect(comparedPhases(['a', 'b', 'c'], 'b')).toEqual({ from: 'a', to: 'b' });
		expect(comparedPhases(['a', 'b', 'c'], 'c')).toEqual({ from: 'b', to: 'c' });
	});

	it('has nothing to compare with a single or an unknown phase', () => {
		expect(comparedPhases(['a'], 'a')).toBeUndefined();
		expect(comparedPhases(['a', 'b'], 'x')).toBeUndefined();
	});
});
