import { describe, expect, it } from 'vitest';
import {
	comparisonQueryFromParams,
	comparisonQueryToParams,
	comparisonSearch,
	defaultComparisonQuery
} from '../../../src/lib/view/comparison-query';
import { directoryOf } from '../../../src/lib/domain';
import { realCatalog } from '../helpers/catalog';

const catalog = realCatalog();
const read = (search: string) => comparisonQueryFromParams(new URLSearchParams(search), catalog);

describe('comparisonQueryFromParams', () => {
	it('defaults to Schulträgerlösung (basis) in SH in the phase SH suggests, nothing chosen', () => {
		const { query, ignored } = read('');
		expect(query).toEqual(defaultComparisonQuery(catalog));
		expect(query).toMatchObject({
			scenario: 'schultraegerloesung-basis',
			phase: 'uebergangsphase',
			state: 'sh',
			solutions: [],
			sortByCoverage: false,
			category: '',
			differencesOnly: false
		});
		expect(ignored).toEqual([]);
	});

	it('reads the link the wizard builds', () => {
		const { query, ignored } = read(
			'szenario=musterloesung-plus&phase=uebergangsphase&land=sh&loesungen=iserv,ucs-school'
		);
		expect(query).toMatchObject({
			scenario: 'musterloesung-plus',
			phase: 'uebergangsphase',
			state: 'sh',
			solutions: ['iserv', 'ucs-school']
		});
		expect(ignored).toEqual([]);
	});

	it('takes the phase a state suggests when the link names the state but no phase', () => {
		// Hesse suggests the target phase, unlike Schleswig-Holstein, the default state.
		expect(read('land=he').query.phase).toBe('landesloesung-aktiv');
		expect(read('land=he&phase=uebergangsphase').query.phase).toBe('uebergangsphase');
		expect(read('land=by').query.phase).toBe('uebergangsphase');
	});

	it('reads the view options and the carrier’s changes', () => {
		const { query, ignored } = read(
			'kategorie=betrieb-support&sortierung=abdeckung&unterschiede=1&hinzu=videokonferenz&ohne=wiki,wiki&tausch=backup:state'
		);
		expect(query).toMatchObject({
			category: 'betrieb-support',
			sortByCoverage: true,
			differencesOnly: true,
			customizations: {
				added: ['videokonferenz'],
				removed: ['wiki'],
				responsibleOverrides: { backup: 'state' }
			}
		});
		expect(ignored).toEqual([]);
	});

	it('ignores every unknown value, reports it and keeps the default', () => {
		const { query, ignored } = read(
			'szenario=gibt-es-nicht&phase=x&land=zz&kategorie=y&sortierung=name&unterschiede=ja&loesungen=iserv,foo&hinzu=bar&tausch=backup:both,baz'
		);
		expect(query).toEqual({ ...defaultComparisonQuery(catalog), solutions: ['iserv'] });
		expect(ignored).toEqual([
			{ param: 'szenario', value: 'gibt-es-nicht', reason: 'unknown' },
			{ param: 'land', value: 'zz', reason: 'unknown' },
			{ param: 'phase', value: 'x', reason: 'unknown' },
			{ param: 'kategorie', value: 'y', reason: 'unknown' },
			{ param: 'sortierung', value: 'name', reason: 'unknown' },
			{ param: 'unterschiede', value: 'ja', reason: 'unknown' },
			{ param: 'loesungen', value: 'foo', reason: 'unknown' },
			{ param: 'hinzu', value: 'bar', reason: 'unknown' },
			{ param: 'tausch', value: 'backup:both', reason: 'unknown' },
			{ param: 'tausch', value: 'baz', reason: 'unknown' }
		]);
	});

	it('keeps at most eight solutions and drops a solution named twice', () => {
		const all = catalog.solutions.map((s) => s.id);
		expect(all).toHaveLength(8);
		const { query, ignored } = read(`loesungen=${[...all, all[0]].join(',')}`);
		expect(query.solutions).toEqual(all);
		expect(ignored).toEqual([{ param: 'loesungen', value: all[0], reason: 'duplicate' }]);

		const solutions = [...catalog.solutions, { ...catalog.solutions[0]!, id: 'neunte' }];
		const nine = { ...catalog, solutions, directory: directoryOf(catalog.states, solutions) };
		const more = comparisonQueryFromParams(
			new URLSearchParams(`loesungen=${[...all, 'neunte'].join(',')}`),
			nine
		);
		expect(more.query.solutions).toEqual(all);
		expect(more.ignored).toEqual([{ param: 'loesungen', value: 'neunte', reason: 'too-many' }]);
	});
});

describe('comparisonQueryToParams', () => {
	it('writes a readable link that reads back to the same comparison', () => {
		const { query } = read(
			'szenario=schultraegerloesung-basis&phase=landesloesung-aktiv&land=sh&loesungen=iserv,ucs-school&kategorie=infrastruktur&sortierung=abdeckung&unterschiede=1&tausch=backup:state'
		);
		const search = comparisonSearch(query);
		expect(search).toBe(
			'szenario=schultraegerloesung-basis&phase=landesloesung-aktiv&land=sh&loesungen=iserv,ucs-school&kategorie=infrastruktur&sortierung=abdeckung&unterschiede=1&tausch=backup:state'
		);
		expect(read(search).query).toEqual(query);
	});

	it('leaves out the view options and changes that are not set', () => {
		expect([...comparisonQueryToParams(defaultComparisonQuery(catalog)).keys()]).toEqual([
			'szenario',
			'phase',
			'land'
		]);
	});
});
