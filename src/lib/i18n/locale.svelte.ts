/**
 * The UI language as reactive state, bridged to Paraglide in exactly this one place.
 *
 * Pages are prerendered in the base locale (German). Paraglide's own `getLocale()` would answer
 * with the stored choice already during hydration and so disagree with the prerendered HTML, and
 * its `setLocale()` reloads the page. Instead, `getLocale()` is pointed at a `$state` field:
 * hydration renders the base locale, `restoreLocale()` then switches to the stored or preferred
 * language, and every message call in a template re-renders when the locale changes, because the
 * message functions read `getLocale()`.
 */
import {
	baseLocale,
	getLocale as detectLocale,
	locales,
	overwriteGetLocale,
	setLocale as storeLocale,
	type Locale
} from '$lib/paraglide/runtime.js';

class UiLocale {
	#current = $state<Locale>(baseLocale);

	get current(): Locale {
		return this.#current;
	}

	set current(locale: Locale) {
		this.#current = locale;
	}
}

const uiLocale = new UiLocale();
// Captured before the overwrite: Paraglide's detection by strategy (localStorage, browser, base).
const detect = detectLocale;
overwriteGetLocale(() => uiLocale.current);

export { locales, type Locale };

/** The current UI language; reading it inside a template or `$derived` tracks it. */
export function currentLocale(): Locale {
	return uiLocale.current;
}

function apply(locale: Locale): void {
	uiLocale.current = locale;
	// Writing `lang`, even unchanged, makes the browser restyle the whole page.
	if (document.documentElement.lang !== locale) document.documentElement.lang = locale;
}

/** Switches the UI language, remembers the choice in the browser and updates `<html lang>`. */
export function switchLocale(locale: Locale): void {
	apply(locale);
	try {
		storeLocale(locale, { reload: false });
	} catch {
		// Storage disabled or full: the choice holds for this page view only.
	}
}

/** After hydration: applies the stored choice, else the browser's language, else German. */
export function restoreLocale(): void {
	let locale: Locale;
	try {
		locale = detect();
	} catch {
		// Paraglide may write its detection to storage; without storage, keep the base language.
		locale = baseLocale;
	}
	apply(locale);
}
