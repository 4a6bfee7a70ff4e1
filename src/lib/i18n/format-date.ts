/**
 * An ISO date (`2026-11-29`) written the way `locale` writes dates ("29. November 2026",
 * "November 29, 2026"). Without imports, so that the build (vite.config.ts) writes the footer's
 * date with it too.
 *
 * German and English are spelled out here rather than asked of `Intl.DateTimeFormat`: the first
 * formatter of a page loads the locale's calendar data, 20 ms on a fast PC and 80 ms on a slow
 * one, in the middle of hydration. A unit test holds the output equal to `Intl`'s for every day.
 */
const monthNames: Record<string, readonly string[]> = {
	de: [
		'Januar',
		'Februar',
		'März',
		'April',
		'Mai',
		'Juni',
		'Juli',
		'August',
		'September',
		'Oktober',
		'November',
		'Dezember'
	],
	en: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	]
};

const formats = new Map<string, Intl.DateTimeFormat>();

function formatWithIntl(date: Date, locale: string): string {
	let format = formats.get(locale);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
		formats.set(locale, format);
	}
	return format.format(date);
}

export function formatIsoDate(isoDate: string, locale: string): string {
	const [year, month, day] = isoDate.split('-').map(Number);
	const date = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
	const months = monthNames[locale];
	if (!months) return formatWithIntl(date, locale);
	const d = date.getUTCDate();
	const name = months[date.getUTCMonth()]!;
	const y = date.getUTCFullYear();
	return locale === 'de' ? `${d}. ${name} ${y}` : `${name} ${d}, ${y}`;
}
