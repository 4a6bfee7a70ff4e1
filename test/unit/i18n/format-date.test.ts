import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../src/lib/i18n/format-date';

const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('formatIsoDate', () => {
	it.each(['de', 'en'])('writes every day of 2024 and 2026 in %s as Intl does', (locale) => {
		const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
		for (const year of [2024, 2026])
			for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year;) {
				expect(formatIsoDate(iso(day), locale)).toBe(intl.format(day));
				day = new Date(day.getTime() + 86_400_000);
			}
	});

	it('writes the German long form', () => {
		expect(formatIsoDate('2026-03-01', 'de')).toBe('1. März 2026');
		expect(formatIsoDate('2026-11-29', 'en')).toBe('November 29, 2026');
	});

	it('asks Intl for a language it does not spell out', () => {
		expect(formatIsoDate('2026-11-29', 'fr')).toBe('29 novembre 2026');
	});
});
