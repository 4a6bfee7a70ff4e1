import { describe, expect, it } from 'vitest';
import { compareCodes, compareNames } from '../../../src/lib/i18n/compare-names';
import { realCatalog } from '../helpers/catalog';

const catalog = realCatalog();
const named = [
	catalog.states,
	catalog.solutions,
	catalog.scenarios,
	catalog.blocks,
	catalog.categories,
	catalog.phases
];

describe('compareNames', () => {
	// The reason it exists is speed; the order must stay the one ICU gives for the names we show.
	for (const locale of ['de', 'en'] as const)
		it(`orders every catalog name list as Intl.Collator('${locale}') does`, () => {
			const collator = new Intl.Collator(locale);
			for (const list of named) {
				// Solutions have one name (a product's); the rest one per language.
				const names = list.map(({ name }) => (typeof name === 'string' ? name : name[locale]));
				expect([...names].sort(compareNames)).toEqual([...names].sort(collator.compare));
			}
		});

	it('sorts umlauts and ß with their base letters, ignores case, puts signs before letters', () => {
		const names = [
			'Thüringen',
			'Zwickau',
			'Uelzen',
			'Über',
			'baden',
			'Bayern',
			'Straße',
			'Strasse 2',
			'A-Stadt',
			'Ab'
		];
		expect([...names].sort(compareNames)).toEqual([...names].sort(new Intl.Collator('de').compare));
		expect([...names].sort(compareNames)).toEqual([
			'A-Stadt',
			'Ab',
			'baden',
			'Bayern',
			'Straße',
			'Strasse 2',
			'Thüringen',
			'Über',
			'Uelzen',
			'Zwickau'
		]);
	});

	it('gives names that differ only in accents a fixed order', () => {
		expect(compareNames('Apfel', 'Äpfel')).toBeLessThan(0);
		expect(compareNames('Äpfel', 'Apfel')).toBeGreaterThan(0);
		expect(compareNames('Apfel', 'Apfel')).toBe(0);
	});
});

describe('compareCodes', () => {
	it('orders ISO dates and ids as written', () => {
		const values = ['2026-12-01T08:00:00.000Z', '2026-02-01T08:00:00.000Z', 'b-1', 'a-10', 'a-2'];
		expect([...values].sort(compareCodes)).toEqual([
			'2026-02-01T08:00:00.000Z',
			'2026-12-01T08:00:00.000Z',
			'a-10',
			'a-2',
			'b-1'
		]);
	});
});
