/**
 * Numbers as a language writes them. German and English are written here, without
 * `Intl.NumberFormat`: building a formatter loads the locale's data, 6 ms each at full speed and
 * four times that on a slow PC, and `toLocaleString` with options builds a new one on every call
 * (the Maßnahmenplan's few dozen figures blocked a slow PC for over 100 ms). A unit test holds
 * the output equal to `Intl`'s. Other languages and options go to `Intl`, one formatter each.
 */
export interface NumberFormatOptions {
	/** Default 3, as in `Intl`. */
	maximumFractionDigits?: number;
	style?: 'decimal' | 'percent';
}

const symbols: Record<string, { group: string; decimal: string; percent: string }> = {
	de: { group: '.', decimal: ',', percent: '\u00a0%' },
	en: { group: ',', decimal: '.', percent: '%' }
};

const intlFormats = new Map<string, Intl.NumberFormat>();

function intlFormat(locale: string, options: NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale} ${options.style ?? ''} ${options.maximumFractionDigits ?? ''}`;
	let format = intlFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, options);
		intlFormats.set(key, format);
	}
	return format;
}

/**
 * `a` (not negative) rounded to `digits` fraction digits, as whole and fraction digits. Like
 * Intl, it rounds the shortest decimal that names the number (7.05, not the 7.0499… stored), and
 * a half away from zero.
 */
function rounded(a: number, digits: number): [string, string] {
	let text = String(a);
	const exponent = /^(\d)(?:\.(\d+))?e-(\d+)$/.exec(text);
	if (exponent) text = `0.${'0'.repeat(Number(exponent[3]) - 1)}${exponent[1]}${exponent[2] ?? ''}`;
	const [whole, fraction = ''] = text.split('.') as [string, string?];
	if (fraction.length <= digits) return [whole, fraction];
	const kept = whole + fraction.slice(0, digits);
	const up = fraction[digits]! >= '5';
	const all = up ? (BigInt(kept) + 1n).toString().padStart(kept.length, '0') : kept;
	return [all.slice(0, all.length - digits) || '0', all.slice(all.length - digits)];
}

function written(n: number, digits: number, s: (typeof symbols)[string]): string {
	const [whole, fraction] = rounded(Math.abs(n), digits);
	const grouped = whole.replace(/\B(?=(\d{3})+$)/g, s.group);
	const kept = fraction.replace(/0+$/, '');
	// Intl shows the sign of every negative number, also of one that rounds to 0 (and of -0).
	const sign = n < 0 || Object.is(n, -0) ? '-' : '';
	return sign + grouped + (kept ? s.decimal + kept : '');
}

export function numberFormat(
	locale: string,
	options: NumberFormatOptions = {}
): { format(n: number): string } {
	const s = symbols[locale.split('-')[0]!];
	const digits = options.maximumFractionDigits ?? (options.style === 'percent' ? 0 : 3);
	// From 1e21 on, String() writes an exponent.
	if (!s || digits > 20) return intlFormat(locale, options);
	return {
		format(n: number): string {
			const value = options.style === 'percent' ? n * 100 : n;
			if (!Number.isFinite(value) || Math.abs(value) >= 1e21)
				return intlFormat(locale, options).format(n);
			const text = written(value, digits, s);
			return options.style === 'percent' ? text + s.percent : text;
		}
	};
}

/** Whole euros: "12.500 €" in German, "12,500 €" in English (the symbol after, as the reports write it). */
export const formatEuro = (n: number, locale: string) =>
	`${numberFormat(locale, { maximumFractionDigits: 0 }).format(n)} €`;
