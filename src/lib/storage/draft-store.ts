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

export type LoadedDraft =
	| { kind: 'none' }
	| { kind: 'draft'; saved: SavedDraft }
	| { kind: 'broken'; message: LocalizedText }
	| { kind: 'unavailable'; message: LocalizedText };

export function loadDraft(catalog: Catalog): LoadedDraft {
	const read = readItem(DRAFT_KEY);
	if (!read.ok) return { kind: 'unavailable', message: read.message };
	if (read.value === null) return { kind: 'none' };
	let data: unknown;
	try {
		data = JSON.parse(read.value);
	} catch {
		return broken(read.value, {
			de: 'Der gespeicherte Stand ist beschädigt (kein gültiges JSON).',
			en: 'The saved work is damaged (not valid JSON).'
		});
	}
	const parsed = parseSavedDraft(data, catalog);
	if (!parsed.ok) {
		const first = parsed.problems[0]!;
		return broken(read.value, {
			de: `Der gespeicherte Stand passt nicht mehr zum Katalog: ${first.message.de}`,
			en: `The saved work no longer fits the catalog: ${first.message.en}`
		});
	}
	return { kind: 'draft', saved: parsed.value };
}

function broken(raw: string, message: LocalizedText): LoadedDraft {
	// Keep the unreadable text, so a fresh start does not destroy it.
	writeItem(BROKEN_DRAFT_KEY, raw);
	return { kind: 'broken', message };
}

export function saveDraft(saved: SavedDraft): StorageResult<void> {
	return writeItem(DRAFT_KEY, JSON.stringify(saved));
}

export function clearDraft(): void {
	removeItem(DRAFT_KEY);
}
