/** Numbers and euros in the page's language. */
import { getLocale } from '$lib/paraglide/runtime.js';
import { formatEuro as euro, numberFormat } from '$lib/i18n/number-format';

export const formatNumber = (n: number) =>
	numberFormat(getLocale(), { maximumFractionDigits: 1 }).format(n);

export const formatEuro = (n: number) => euro(n, getLocale());
