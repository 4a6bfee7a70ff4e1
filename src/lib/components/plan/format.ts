/** Numbers and euros in the page's language. */
import { getLocale } from '$lib/paraglide/runtime.js';
import { numberFormat } from '$lib/i18n/number-format';

const tag = () => (getLocale() === 'de' ? 'de-DE' : 'en-GB');

export const formatNumber = (n: number) =>
	numberFormat(tag(), { maximumFractionDigits: 1 }).format(n);

export const formatEuro = (n: number) =>
	`${numberFormat(tag(), { maximumFractionDigits: 0 }).format(n)} €`;
