/**
 * An ISO date (`2026-11-29`) written the way `locale` writes dates ("29. November 2026").
 * Without imports, so that the build (vite.config.ts) writes the footer's date with it too.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function formatIsoDate(isoDate: string, locale: string): string {
	const [year, month, day] = isoDate.split('-').map(Number);
	const date = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
	// One formatter per language: making one is far dearer than using it (a block page writes
	// dozens of dates).
	let format = formats.get(locale);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
		formats.set(locale, format);
	}
	return format.format(date);
}
