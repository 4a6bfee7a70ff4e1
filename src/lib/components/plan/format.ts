/** Numbers and euros in the page's language. */
import { getLocale } from '$lib/paraglide/runtime.js';

const tag = () => (getLocale() === 'de' ? 'de-DE' : 'en-GB');

export const formatNumber = (n: number) => n.toLocaleString(tag(), { maximumFractionDigits: 1 });

export const formatEuro = (n: number) =>
	`${n.toLocaleString(tag(), { maximumFractionDigits: 0 })} €`;
