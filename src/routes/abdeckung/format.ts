/** Numbers as the current UI language writes them (shares: `formatPercent` in share-bars). */
import { getLocale } from '$lib/paraglide/runtime.js';

export function formatCount(n: number): string {
	return new Intl.NumberFormat(getLocale()).format(n);
}

export function formatSeconds(ms: number): string {
	return new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 2 }).format(ms / 1000);
}
