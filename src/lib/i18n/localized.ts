/**
 * Catalog texts in the current UI language. The catalog carries every text as `{ de, en }`;
 * components never index it themselves, so a missing language falls back in one place.
 */
import { getLocale } from '$lib/paraglide/runtime.js';
import type { LocalizedText } from '$lib/schema/types';

/** The text in the current UI language, or in `locale` (German when it has no text). */
export function localized(text: LocalizedText, locale: string = getLocale()): string {
	return text[locale as keyof LocalizedText] || text.de;
}

/**
 * A block's name for a narrow tile: in German the catalog's `hyphenation` (soft hyphens where a
 * long compound may break), else the plain name.
 */
export function hyphenatedName(block: { name: LocalizedText; hyphenation?: string }): string {
	return getLocale() === 'de' && block.hyphenation ? block.hyphenation : localized(block.name);
}
