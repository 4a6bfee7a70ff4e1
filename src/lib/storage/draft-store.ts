/**
 * Where the wizard's draft lives in the browser, read and written through the one validation
 * path. A stored draft that cannot be read is kept (under a backup key) and reported, never
 * silently dropped.
 */
import type { Catalog } from '../domain';
import type { LocalizedText, SavedDraft } from '../schema/types';
import { parseSavedDraft } from '../wizard/saved-draft';
import { readItem, removeItem, writeItem, type StorageResult } from './browser-storage';

export const DRAFT_KEY = 'baukasten.assistent.v1';
export const BROKEN_DRAFT_KEY = 'baukasten.assistent.v1.unlesbar';
export const PREVIOUS_DRAFT_KEY = 'baukasten.assistent.v1.vorher';
/** A stored draft is a few kilobytes; anything far larger was not written by this app. */
const MAX_STORED_LENGTH = 1024 * 1024;

export type StoredDraft =
	| { kind: 'none' }
	| { kind: 'draft'; saved: SavedDraft }
	| { kind: 'broken'; message: LocalizedText };

export type LoadedDraft = StoredDraft | { kind: 'unavailable'; message: LocalizedText };

/** Reads the stored text of a draft; pure, so it can be tested with any input. */
export function parseStoredDraft(text: string | null, catalog: Catalog): StoredDraft {
	if (text === null) return { kind: 'none' };
	if (text.length > MAX_STORED_LENGTH)
		return {
			kind: 'broken',
			message: {
				de: 'Der gespeicherte Stand ist zu groß, um von diesem Werkzeug zu stammen.',
				en: 'The saved work is too large to come from this tool.'
			}
		};
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return {
			kind: 'broken',
			message: {
				de: 'Der gespeicherte Stand ist beschädigt (kein gültiges JSON).',
				en: 'The saved work is damaged (not valid JSON).'
			}
		};
	}
	const parsed = parseSavedDraft(data, catalog);
	if (!parsed.ok) {
		const first = parsed.problems[0]!;
		return {
			kind: 'broken',
			message: {
				de: `Der gespeicherte Stand passt nicht mehr zum Katalog: ${first.message.de}`,
				en: `The saved work no longer fits the catalog: ${first.message.en}`
			}
		};
	}
	return { kind: 'draft', saved: parsed.value };
}

export function loadDraft(catalog: Catalog): LoadedDraft {
	const read = readItem(DRAFT_KEY);
	if (!read.ok) return { kind: 'unavailable', message: read.message };
	const stored = parseStoredDraft(read.value, catalog);
	// Keep the unreadable text, so a fresh start does not destroy it.
	if (stored.kind === 'broken' && read.value !== null) writeItem(BROKEN_DRAFT_KEY, read.value);
	return stored;
}

export function saveDraft(saved: SavedDraft): StorageResult<void> {
	return writeItem(DRAFT_KEY, JSON.stringify(saved));
}

/** Before a shared or imported configuration replaces the draft, the draft is kept aside. */
export function keepPreviousDraft(): void {
	const read = readItem(DRAFT_KEY);
	if (read.ok && read.value !== null) writeItem(PREVIOUS_DRAFT_KEY, read.value);
}

export function clearDraft(): void {
	removeItem(DRAFT_KEY);
}
