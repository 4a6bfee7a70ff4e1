import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatMoment } from '../../../src/lib/i18n/format-date';

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

describe('formatMoment', () => {
	const styles = ['long', 'medium'] as const;
	it.each(['de', 'en'].flatMap((locale) => styles.map((style) => [locale, style] as const)))(
		'writes %s %s date and time as Intl does, every hour and a varying minute of 2026',
		(locale, style) => {
			const intl = new Intl.DateTimeFormat(locale, { dateStyle: style, timeStyle: 'short' });
			for (let day = 0; day < 365; day += 3)
				for (let hour = 0; hour < 24; hour++) {
					const moment = new Date(2026, 0, 1 + day, hour, (day * 7 + hour) % 60);
					expect(formatMoment(moment, locale, style)).toBe(intl.format(moment));
				}
		}
	);

	it('writes midnight and noon the way each language does', () => {
		expect(formatMoment(new Date(2026, 10, 29, 0, 5), 'en', 'long')).toBe(
			'November 29, 2026 at 12:05 AM'
		);
		expect(formatMoment(new Date(2026, 10, 29, 12, 0), 'en', 'medium')).toBe(
			'Nov 29, 2026, 12:00 PM'
		);
		expect(formatMoment(new Date(2026, 2, 1, 9, 5), 'de', 'long')).toBe('1. März 2026 um 09:05');
		expect(formatMoment(new Date(2026, 2, 1, 9, 5), 'de', 'medium')).toBe('01.03.2026, 09:05');
	});

	it('asks Intl for a language it does not spell out', () => {
		const moment = new Date(2026, 10, 29, 9, 5);
		expect(formatMoment(moment, 'fr', 'long')).toBe(
			new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeStyle: 'short' }).format(moment)
		);
	});
});
