/** Numbers as the current UI language writes them. */
import { getLocale } from '$lib/paraglide/runtime.js';

export function formatPercent(share: number): string {
	return new Intl.NumberFormat(getLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(
		share
	);
}

export function formatCount(n: number): string {
	return new Intl.NumberFormat(getLocale()).format(n);
}

export function formatSeconds(ms: number): string {
	return new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 2 }).format(ms / 1000);
}
