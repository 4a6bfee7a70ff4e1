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

const shortMonthNames = {
	en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
} as const;

const momentFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment in the user's time zone with its time of day, as `Intl.DateTimeFormat` writes it with
 * `dateStyle` `long` ("29. November 2026 um 09:05") or `medium` ("29.11.2026, 09:05") and
 * `timeStyle` `short`. Spelled out for German and English for the same reason as dates: a
 * formatter with a time style loads the time zone data too, 170 ms on a slow PC.
 */
export function formatMoment(moment: Date, locale: string, style: 'long' | 'medium'): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const hours = moment.getHours();
	const minutes = pad(moment.getMinutes());
	const d = moment.getDate();
	const month = moment.getMonth();
	const y = moment.getFullYear();
	// The long date is the one `formatIsoDate` writes, for the moment's local calendar day.
	const longDate = () => formatIsoDate(`${y}-${pad(month + 1)}-${pad(d)}`, locale);
	if (locale === 'de') {
		const time = `${pad(hours)}:${minutes}`;
		return style === 'long'
			? `${longDate()} um ${time}`
			: `${pad(d)}.${pad(month + 1)}.${y}, ${time}`;
	}
	if (locale === 'en') {
		const time = `${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
		return style === 'long'
			? `${longDate()} at ${time}`
			: `${shortMonthNames.en[month]} ${d}, ${y}, ${time}`;
	}
	const key = `${locale}|${style}`;
	let format = momentFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, { dateStyle: style, timeStyle: 'short' });
		momentFormats.set(key, format);
	}
	return format.format(moment);
}
