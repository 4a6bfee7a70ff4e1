/**
 * "Meine Konfigurationen": the carrier's configurations in the browser's localStorage, one key
 * per configuration (`baukasten.konfiguration.v1.<id>`), each a record with an optional name,
 * a creation date and the wizard's saved draft (whose `savedAt` is the last change). Every
 * record is read through the same limits as a file (size, JSON, depth and values), then the
 * draft schema and the catalog references. A record that cannot be read is listed as broken,
 * with its raw text for download; nothing here ever overwrites or drops it.
 *
 * Writes compare first: a record is replaced only if it still holds the text this tab last saw,
 * so a second tab never silently overwrites the first one's work. Nothing throws; every failed
 * write comes back as a message.
 */
import { readDocumentText, type Catalog } from '../domain';
import { compareCodes } from '../i18n/compare-names';
import type { LocalizedText, SavedDraft } from '../schema/types';
import { parseSavedDraft } from '../wizard/saved-draft';
import { storageFailure, type StorageResult } from './browser-storage';

export const KEY_PREFIX = 'baukasten.konfiguration.v1.';
/** In the tab's own storage: the id of the configuration this tab works on. */
export const TAB_KEY = 'baukasten.aktuell';
/** Where the assistant kept its one draft before there was a list (and its two side slots). */
export const LEGACY_KEYS = [
	'baukasten.assistent.v1',
	'baukasten.assistent.v1.vorher',
	'baukasten.assistent.v1.unlesbar'
] as const;

export interface ConfigurationRecord {
	/** The name the carrier gave it; without one the list shows the carrier's name. */
	name?: string;
	createdAt: string;
	saved: SavedDraft;
}

export type StoredEntry =
	| { kind: 'ok'; id: string; text: string; record: ConfigurationRecord }
	| { kind: 'broken'; id: string; text: string; message: LocalizedText };

export type WriteResult =
	StorageResult<string> | { ok: false; conflict: true; current: string | null };

const keyOf = (id: string) => KEY_PREFIX + id;

/** A new id: time first (a readable order), then randomness (two tabs in the same millisecond). */
export function newId(): string {
	const random = Math.random().toString(36).slice(2, 8).padEnd(6, '0');
	return `${Date.now().toString(36)}-${random}`;
}

const broken = (id: string, text: string, de: string, en: string): StoredEntry => ({
	kind: 'broken',
	id,
	text,
	message: { de, en }
});

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored text as an entry; pure, so it can be tested with any input. */
export function parseRecord(id: string, text: string, catalog: Catalog): StoredEntry {
	const data = readDocumentText(text, 'Browserspeicher');
	if (!data.ok) {
		const reason = data.problems[0]!.message;
		return broken(
			id,
			text,
			`Der gespeicherte Stand ist beschädigt: ${reason.de}`,
			`The saved work is damaged: ${reason.en}`
		);
	}
	// Records from before the list are a bare saved draft.
	const value = data.value;
	const wrapped = isObject(value) && 'saved' in value;
	const saved = wrapped ? value.saved : value;
	const name = wrapped ? value.name : undefined;
	const createdAt = wrapped ? value.createdAt : isObject(value) ? value.savedAt : undefined;
	if (
		(name !== undefined && (typeof name !== 'string' || name.length > 200)) ||
		typeof createdAt !== 'string' ||
		(wrapped && Object.keys(value).some((k) => !['name', 'createdAt', 'saved'].includes(k)))
	)
		return broken(
			id,
			text,
			'Der gespeicherte Stand ist beschädigt: Name oder Datum fehlen oder passen nicht.',
			'The saved work is damaged: its name or date is missing or wrong.'
		);
	const parsed = parseSavedDraft(saved, catalog, 'Browserspeicher');
	if (!parsed.ok) {
		const reason = parsed.problems[0]!.message;
		return broken(
			id,
			text,
			`Der gespeicherte Stand passt nicht zu dieser Version des Werkzeugs: ${reason.de}`,
			`The saved work does not fit this version of the tool: ${reason.en}`
		);
	}
	return {
		kind: 'ok',
		id,
		text,
		record: {
			...(name === undefined ? {} : { name: name as string }),
			createdAt,
			saved: parsed.value
		}
	};
}

/** When the entry was last changed (ISO), for sorting; broken entries sort by their id's time. */
export function changedAt(entry: StoredEntry): string {
	if (entry.kind === 'ok') return entry.record.saved.savedAt;
	const time = parseInt(entry.id.split('-')[0]!, 36);
	return Number.isFinite(time) ? new Date(time).toISOString() : '';
}

export class ConfigurationStore {
	constructor(
		private readonly storage: () => Storage | undefined,
		private readonly catalog: Catalog
	) {}

	/** Whether the browser lets this page save at all. */
	get available(): boolean {
		return this.storage() !== undefined;
	}

	#raw(key: string): StorageResult<string | null> {
		const store = this.storage();
		if (!store) return storageFailure(undefined);
		try {
			return { ok: true, value: store.getItem(key) };
		} catch (error) {
			return storageFailure(error);
		}
	}

	#put(key: string, text: string): StorageResult<string> {
		const store = this.storage();
		if (!store) return storageFailure(undefined);
		try {
			store.setItem(key, text);
			return { ok: true, value: text };
		} catch (error) {
			return storageFailure(error);
		}
	}

	/** Every configuration, the most recently changed first. */
	list(): StorageResult<StoredEntry[]> {
		const store = this.storage();
		if (!store) return storageFailure(undefined);
		try {
			const entries: StoredEntry[] = [];
			for (let i = 0; i < store.length; i++) {
				const key = store.key(i);
				if (!key?.startsWith(KEY_PREFIX)) continue;
				const text = store.getItem(key);
				if (text !== null)
					entries.push(parseRecord(key.slice(KEY_PREFIX.length), text, this.catalog));
			}
			entries.sort((a, b) => compareCodes(changedAt(b), changedAt(a)) || compareCodes(a.id, b.id));
			return { ok: true, value: entries };
		} catch (error) {
			return storageFailure(error);
		}
	}

	/** The stored text of one configuration (null when there is none). */
	text(id: string): StorageResult<string | null> {
		return this.#raw(keyOf(id));
	}

	read(id: string): StoredEntry | undefined {
		const text = this.#raw(keyOf(id));
		return text.ok && text.value !== null ? parseRecord(id, text.value, this.catalog) : undefined;
	}

	/**
	 * Writes a record, but only over the text this tab last saw (`expected`; null for a new one):
	 * anything else means another tab changed or deleted it, and nothing is written.
	 */
	write(id: string, record: ConfigurationRecord, expected: string | null): WriteResult {
		const current = this.#raw(keyOf(id));
		if (!current.ok) return current;
		if (current.value !== expected) return { ok: false, conflict: true, current: current.value };
		return this.#put(keyOf(id), JSON.stringify(record));
	}

	/** Puts back a text exactly as it was (undo), whatever is there now. */
	restore(id: string, text: string): StorageResult<string> {
		return this.#put(keyOf(id), text);
	}

	remove(id: string): StorageResult<void> {
		const store = this.storage();
		if (!store) return storageFailure(undefined);
		try {
			store.removeItem(keyOf(id));
			return { ok: true, value: undefined };
		} catch (error) {
			return storageFailure(error);
		}
	}

	/**
	 * Moves the drafts of the single-draft days into the list, text for text (a broken one stays
	 * broken, but listed and downloadable). An old key is removed only once its copy is written.
	 */
	adoptLegacy(): StorageResult<void> {
		for (const key of LEGACY_KEYS) {
			const text = this.#raw(key);
			if (!text.ok) return text;
			if (text.value === null) continue;
			const written = this.#put(keyOf(newId()), text.value);
			if (!written.ok) return written;
			const store = this.storage();
			try {
				store?.removeItem(key);
			} catch {
				// The copy exists; the old key is harmless and will be adopted again next time.
			}
		}
		return { ok: true, value: undefined };
	}
}
