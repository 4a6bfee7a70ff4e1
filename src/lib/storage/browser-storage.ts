/**
 * The browser's storage, reached without ever throwing: localStorage may be disabled (private
 * mode, policies) or full, and sessionStorage likewise. Every failure comes back as a message
 * that says what happened and what the way out is; the app keeps working without saving.
 */
import type { LocalizedText } from '../schema/types';

export type StorageResult<T> = { ok: true; value: T } | { ok: false; message: LocalizedText };

export const storageMessages = {
	unavailable: {
		de: 'Der Browser erlaubt kein Speichern (z. B. im privaten Modus oder durch eine Richtlinie). Sie können weiterarbeiten, aber nichts wird gesichert: Speichern Sie Ihr Ergebnis als Datei, bevor Sie das Fenster schließen.',
		en: 'The browser does not allow saving (e.g. in private mode or by a policy). You can keep working, but nothing is kept: save your result as a file before you close the window.'
	},
	full: {
		de: 'Der Speicher des Browsers ist voll. Ihre letzte Änderung wurde nicht gesichert. Speichern Sie Ihre Konfiguration als Datei, oder löschen Sie nicht mehr benötigte Konfigurationen unter „Meine Konfigurationen“.',
		en: 'The browser\'s storage is full: your last change was not saved. Save your configuration as a file, or delete configurations you no longer need under "My configurations".'
	}
} satisfies Record<string, LocalizedText>;

/** The failure of a storage call as a result: full (quota) or not available at all. */
export function storageFailure(error: unknown): { ok: false; message: LocalizedText } {
	const quota =
		error instanceof DOMException &&
		(error.name === 'QuotaExceededError' ||
			error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
			error.code === 22);
	return { ok: false, message: quota ? storageMessages.full : storageMessages.unavailable };
}

/** localStorage, or undefined where the browser refuses it (its getter may throw). */
export function localStore(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}

/** sessionStorage (per tab), or undefined. */
export function sessionStore(): Storage | undefined {
	try {
		return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
	} catch {
		return undefined;
	}
}

/** One value of the tab's own storage: which configuration this tab works on. */
export const tabValue = {
	get(key: string): string | null {
		try {
			return sessionStore()?.getItem(key) ?? null;
		} catch {
			return null;
		}
	},
	set(key: string, value: string | null): void {
		try {
			if (value === null) sessionStore()?.removeItem(key);
			else sessionStore()?.setItem(key, value);
		} catch {
			// Without it, a reload continues with the most recent configuration instead.
		}
	}
};
