/**
 * The browser's localStorage, behind a wrapper that never throws: storage may be disabled
 * (private mode, policies) or full. Every failure comes back as a message; the app keeps working
 * without saving.
 */
import type { LocalizedText } from '../schema/types';

export type StorageResult<T> = { ok: true; value: T } | { ok: false; message: LocalizedText };

const unavailable: LocalizedText = {
	de: 'Der Browser erlaubt kein Speichern (z. B. privater Modus). Sie können weiterarbeiten, Ihre Eingaben werden aber nicht gesichert.',
	en: 'The browser does not allow saving (e.g. private mode). You can keep working, but your input is not saved.'
};
const full: LocalizedText = {
	de: 'Der Speicher des Browsers ist voll. Ihre letzte Änderung wurde nicht gesichert; exportieren Sie Ihren Stand als Datei.',
	en: "The browser's storage is full. Your last change was not saved; export your work as a file."
};

function storage(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}

export function readItem(key: string): StorageResult<string | null> {
	const store = storage();
	if (!store) return { ok: false, message: unavailable };
	try {
		return { ok: true, value: store.getItem(key) };
	} catch {
		return { ok: false, message: unavailable };
	}
}

export function writeItem(key: string, value: string): StorageResult<void> {
	const store = storage();
	if (!store) return { ok: false, message: unavailable };
	try {
		store.setItem(key, value);
		return { ok: true, value: undefined };
	} catch (error) {
		const quota =
			error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
		return { ok: false, message: quota ? full : unavailable };
	}
}

export function removeItem(key: string): void {
	try {
		storage()?.removeItem(key);
	} catch {
		// Nothing to do: without storage there is nothing to remove.
	}
}
