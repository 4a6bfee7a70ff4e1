/**
 * Dates in the current UI language. Apart from `localized` so that the site's frame (header and
 * footer, on every page) does not carry the month tables; pages that show dates import this.
 */
import { getLocale } from '$lib/paraglide/runtime.js';
import { formatIsoDate, formatMoment } from './format-date';

/** An ISO date (`2026-11-29`) written the way the current UI language writes dates. */
export function formatDate(isoDate: string): string {
	return formatIsoDate(isoDate, getLocale());
}

/** A moment's calendar day where the user is (not in UTC), written like `formatDate`. */
export function formatDay(moment: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return formatDate(
		`${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`
	);
}

/** A moment with its time of day, in the user's time zone and the current UI language. */
export function formatDateTime(moment: Date, style: 'long' | 'medium' = 'long'): string {
	return formatMoment(moment, getLocale(), style);
}
