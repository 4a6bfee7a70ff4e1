/**
 * Catalog entries in the order of their names in the current UI language. Apart from `localized`
 * so that the frame of every page does not carry the comparison.
 */
import { compareNames } from './compare-names';
import { localized } from './localized';
import type { LocalizedText } from '$lib/schema/types';

/** Sorted by name ("Baden-Württemberg" … "Thüringen"). */
export function sortedByName<T extends { name: LocalizedText }>(items: readonly T[]): T[] {
	return [...items].sort((a, b) => compareNames(localized(a.name), localized(b.name)));
}
