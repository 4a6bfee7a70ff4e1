/**
 * The one way a saved configuration comes in, whatever carries it (file, drop, share link,
 * browser storage, CLI): bytes to text and the size limit, JSON and the shape limits
 * (document-text.ts), then the upgrade of old documents, then the precompiled schema validator
 * and the catalog references. Every failure is a problem in German and English; nothing
 * throws, and nothing is half-applied.
 */
import type { Configuration, LocalizedText } from '../schema/types';
import type { Catalog } from './catalog';
import {
	decodeDocumentBytes,
	limitProblems,
	MAX_DOCUMENT_BYTES,
	readDocumentText,
	tooLarge
} from './document-text';
import { parseConfiguration } from './documents';
import { migrateConfiguration } from './migrate-configuration';
import { problem, type Problem } from './problem';

export type ConfigurationInput =
	{ ok: true; value: Configuration; notices: LocalizedText[] } | { ok: false; problems: Problem[] };

export function readConfigurationData(
	data: unknown,
	catalog: Catalog,
	file = 'configuration'
): ConfigurationInput {
	const limits = limitProblems(data, file);
	if (limits.length) return { ok: false, problems: limits };
	const { data: upgraded, notices } = migrateConfiguration(data, catalog);
	const parsed = parseConfiguration(upgraded, catalog, file);
	// What the upgrade did explains a failure too (e.g. an id the catalog has removed).
	if (!parsed.ok)
		return {
			ok: false,
			problems: [...parsed.problems, ...notices.map((n) => problem(file, '', n.de, n.en))]
		};
	if (parsed.value.catalogVersion !== catalog.meta.catalogVersion)
		notices.push({
			de: `Erstellt mit Katalogversion ${parsed.value.catalogVersion}, geöffnet mit ${catalog.meta.catalogVersion}: Die Ergebnisse folgen dem aktuellen Katalog.`,
			en: `Created with catalog version ${parsed.value.catalogVersion}, opened with ${catalog.meta.catalogVersion}: the results follow the current catalog.`
		});
	return { ok: true, value: parsed.value, notices };
}

export function readConfigurationText(
	text: string,
	catalog: Catalog,
	file = 'configuration'
): ConfigurationInput {
	const data = readDocumentText(text, file);
	return data.ok ? readConfigurationData(data.value, catalog, file) : data;
}

/** A file's bytes, decoded (UTF-8, or UTF-16 with a byte-order mark), then read as text. */
export function readConfigurationBytes(
	bytes: Uint8Array,
	catalog: Catalog,
	file = 'configuration'
): ConfigurationInput {
	const text = decodeDocumentBytes(bytes, file);
	return text.ok ? readConfigurationText(text.value, catalog, file) : text;
}

/** What the browser's File offers: the size is checked before the content is read. */
export interface NamedFile {
	name: string;
	size: number;
	arrayBuffer(): Promise<ArrayBuffer>;
}

export async function readConfigurationFile(
	file: NamedFile,
	catalog: Catalog
): Promise<ConfigurationInput> {
	if (file.size > MAX_DOCUMENT_BYTES) return tooLarge(file.name);
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(await file.arrayBuffer());
	} catch {
		return {
			ok: false,
			problems: [
				problem(
					file.name,
					'',
					'Die Datei ist nicht lesbar (vielleicht wurde sie inzwischen verschoben oder gelöscht).',
					'The file cannot be read (perhaps it was moved or deleted in the meantime).'
				)
			]
		};
	}
	return readConfigurationBytes(bytes, catalog, file.name);
}
