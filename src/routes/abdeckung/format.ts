/** Numbers as the current UI language writes them (shares: `formatPercent` in share-bars). */
import { getLocale } from '$lib/paraglide/runtime.js';
import { numberFormat } from '$lib/i18n/number-format';

export function formatCount(n: number): string {
	return numberFormat(getLocale()).format(n);
}

export function formatSeconds(ms: number): string {
	return numberFormat(getLocale(), { maximumFractionDigits: 2 }).format(ms / 1000);
}
