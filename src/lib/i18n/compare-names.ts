/**
 * Orders without `Intl.Collator`. A page's first collator (or `localeCompare`) costs a slow PC
 * 35–55 ms while it starts (ICU loads its collation data), longer than everything else some
 * pages do; the names and ids here need far less than ICU offers.
 */

/** Code-point order, for ids, ISO dates and other ASCII keys that sort as they are written. */
export const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const marks = /\p{M}/gu;

/** A name as a German or English index sorts it (DIN 5007-1): case and accents ignored, ß as ss. */
const sortKey = (name: string) =>
	name.normalize('NFD').replace(marks, '').replace(/ß/g, 'ss').toLowerCase();

/**
 * Names in the order of a German or English index: "Baden-Württemberg", "Bayern", … "Thüringen";
 * "Über" beside "Uber", not after "Z". Names equal but for case or accents keep a fixed order.
 * Spaces and punctuation sort before digits, digits before letters, as in ICU's default.
 */
export function compareNames(a: string, b: string): number {
	return compareCodes(sortKey(a), sortKey(b)) || compareCodes(a, b);
}
