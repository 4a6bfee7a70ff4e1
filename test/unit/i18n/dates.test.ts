import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDay } from '../../../src/lib/i18n/dates';
import { overwriteGetLocale } from '../../../src/lib/paraglide/runtime.js';

afterEach(() => overwriteGetLocale(() => 'de'));

describe('dates in the UI language', () => {
	it('writes a moment as its local calendar day, not as the UTC one', () => {
		overwriteGetLocale(() => 'de');
		// Late evening and just after midnight, local time: UTC is a day off in either direction
		// in most time zones; the carrier's own day is what the report must show.
		expect(formatDay(new Date(2026, 0, 5, 23, 30))).toBe('5. Januar 2026');
		expect(formatDay(new Date(2026, 11, 31, 0, 15))).toBe('31. Dezember 2026');
		overwriteGetLocale(() => 'en');
		expect(formatDay(new Date(2026, 2, 1, 12))).toBe('March 1, 2026');
	});

	it('writes an ISO date in the current language', () => {
		overwriteGetLocale(() => 'en');
		expect(formatDate('2026-11-29')).toBe('November 29, 2026');
		overwriteGetLocale(() => 'de');
		expect(formatDate('2026-11-29')).toBe('29. November 2026');
	});
});
