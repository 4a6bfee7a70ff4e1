/** Downloads of stored configurations: as a configuration file, or the raw text of a broken one. */
import type { Catalog } from '$lib/domain';
import { configurationFileName, configurationJson } from '$lib/exchange/configuration-file';
import { downloadText } from '$lib/exchange/download';
import { changedAt, type StoredEntry } from '$lib/storage/configuration-store';
import { configurationOf } from '$lib/wizard/derive';

/** The configuration file of an entry, when it is complete enough (scenario chosen). */
export function entryConfiguration(entry: StoredEntry, catalog: Catalog) {
	return entry.kind === 'ok' ? configurationOf(entry.record.saved.draft, catalog) : undefined;
}

export function downloadEntry(entry: StoredEntry, catalog: Catalog): boolean {
	const config = entryConfiguration(entry, catalog);
	if (!config) return false;
	downloadText(configurationJson(config), configurationFileName(config), 'application/json');
	return true;
}

/** The stored text exactly as it is, to keep or to hand to someone who can repair it. */
export function downloadRaw(entry: StoredEntry): void {
	const date = changedAt(entry).slice(0, 10) || 'unbekannt';
	downloadText(entry.text, `baukasten-unlesbarer-stand-${date}.txt`, 'text/plain');
}
