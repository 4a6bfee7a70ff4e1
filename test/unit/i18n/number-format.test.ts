import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberFormat } from '../../../src/lib/i18n/number-format';

const locales = ['de', 'de-DE', 'en', 'en-GB', 'en-US'];
const special = [
	0,
	-0,
	1,
	-1,
	0.5,
	1.5,
	2.5,
	-2.5,
	0.125,
	1.005,
	999.9996,
	1234,
	12345.678,
	1e6,
	-1e9 - 0.4,
	0.0004,
	-0.0004,
	7.05,
	1 / 3,
	2 / 3,
	123456789.987654
];

function sameAsIntl(locale: string, options: Intl.NumberFormatOptions, n: number) {
	expect(
		numberFormat(locale, options as never).format(n),
		`${locale} ${JSON.stringify(options)} ${n}`
	).toBe(new Intl.NumberFormat(locale, options).format(n));
}

describe('numberFormat', () => {
	// The reason it exists is speed; what a carrier reads must stay what Intl writes.
	for (const locale of locales)
		it(`writes numbers as Intl.NumberFormat('${locale}') does`, () => {
			for (const digits of [undefined, 0, 1, 2, 3])
				for (const n of special) sameAsIntl(locale, { maximumFractionDigits: digits }, n);
			for (const n of [0, 0.004, 0.005, 0.125, 0.5, 0.9999, 1, 1.234, 12.5, -0.25])
				sameAsIntl(locale, { style: 'percent', maximumFractionDigits: 0 }, n);
			fc.assert(
				fc.property(
					fc.double({ min: -1e12, max: 1e12, noNaN: true }),
					fc.integer({ min: 0, max: 3 }),
					(n, digits) => sameAsIntl(locale, { maximumFractionDigits: digits }, n)
				),
				{ numRuns: 2000 }
			);
		});

	it('leaves other languages, and numbers it does not write, to Intl', () => {
		sameAsIntl('fr-FR', { maximumFractionDigits: 1 }, 12345.67);
		sameAsIntl('de', {}, Infinity);
		sameAsIntl('en', {}, NaN);
		sameAsIntl('de', { maximumFractionDigits: 2 }, 1e22);
	});
});
