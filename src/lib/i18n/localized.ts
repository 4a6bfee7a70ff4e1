/**
 * Catalog texts in the current UI language. The catalog carries every text as `{ de, en }`;
 * components never index it themselves, so a missing language falls back in one place.
 */
import { getLocale } from '$lib/paraglide/runtime.js';
import type { LocalizedText } from '$lib/schema/types';

/** The text in the current UI language (German when the language has no text). */
export function localized(text: LocalizedText): string {
	return text[getLocale()] || text.de;
}

/** An ISO date (`2026-11-29`) written the way the current UI language writes dates. */
export function formatDate(isoDate: string): string {
	const [year, month, day] = isoDate.split('-').map(Number);
	const date = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
	return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
