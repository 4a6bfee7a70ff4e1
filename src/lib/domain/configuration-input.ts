/**
 * The one way a saved configuration comes in, whatever carries it (file, drop, share link,
 * browser storage, CLI): size and shape limits first, then JSON, then the upgrade of old
 * documents, then the precompiled schema validator and the catalog references. Every failure is
 * a problem in German and English; nothing throws, and nothing is half-applied.
 */
import type { Configuration, LocalizedText } from '../schema/types';
import type { Catalog } from './catalog';
import { parseConfiguration } from './documents';
import { migrateConfiguration } from './migrate-configuration';
import { problem, type Problem } from './problem';

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
/** Deeper than any valid configuration (which nests 4 levels); guards the validator's recursion. */
export const MAX_DEPTH = 20;
/** More values than any valid configuration holds; guards against huge arrays and objects. */
export const MAX_VALUES = 20000;

export type ConfigurationInput =
	{ ok: true; value: Configuration; notices: LocalizedText[] } | { ok: false; problems: Problem[] };

const fail = (file: string, de: string, en: string): ConfigurationInput => ({
	ok: false,
	problems: [problem(file, '', de, en)]
});

/** Whether the data stays within MAX_DEPTH and MAX_VALUES (checked without recursion). */
function withinLimits(data: unknown): 'ok' | 'deep' | 'large' {
	// Two parallel stacks instead of [value, depth] pairs: this runs for every document.
	const values: unknown[] = [data];
	const depths: number[] = [1];
	let count = 0;
	while (values.length) {
		const value = values.pop();
		const depth = depths.pop()!;
		if (++count > MAX_VALUES) return 'large';
		if (depth > MAX_DEPTH) return 'deep';
		if (value && typeof value === 'object')
			for (const key in value) {
				values.push((value as Record<string, unknown>)[key]);
				depths.push(depth + 1);
			}
	}
	return 'ok';
}

export function readConfigurationData(
	data: unknown,
	catalog: Catalog,
	file = 'configuration'
): ConfigurationInput {
	const limits = withinLimits(data);
	if (limits === 'deep')
		return fail(
			file,
			`Das Dokument ist tiefer als ${MAX_DEPTH} Ebenen verschachtelt; eine Konfiguration sieht anders aus.`,
			`The document is nested deeper than ${MAX_DEPTH} levels; a configuration looks different.`
		);
	if (limits === 'large')
		return fail(
			file,
			`Das Dokument enthält mehr als ${MAX_VALUES} Werte; eine Konfiguration ist viel kleiner.`,
			`The document holds more than ${MAX_VALUES} values; a configuration is much smaller.`
		);
	const { data: upgraded, notices } = migrateConfiguration(data, catalog);
	const parsed = parseConfiguration(upgraded, catalog, file);
	if (!parsed.ok) return parsed;
	if (parsed.value.catalogVersion !== catalog.meta.catalogVersion)
		notices.push({
			de: `Erstellt mit Katalogversion ${parsed.value.catalogVersion}, geöffnet mit ${catalog.meta.catalogVersion}: Die Ergebnisse folgen dem aktuellen Katalog.`,
			en: `Created with catalog version ${parsed.value.catalogVersion}, opened with ${catalog.meta.catalogVersion}: the results follow the current catalog.`
		});
	return { ok: true, value: parsed.value, notices };
}

/**
 * The JSON step of every document that comes in as text (a leading byte-order mark is allowed):
 * the data, or a problem naming the file. Never throws.
 */
export function parseDocumentText(
	text: string,
	file: string
): { ok: true; data: unknown } | { ok: false; problems: Problem[] } {
	try {
		return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		return {
			ok: false,
			problems: [
				problem(file, '', `Kein gültiges JSON (${detail}).`, `Not valid JSON (${detail}).`)
			]
		};
	}
}

export function readConfigurationText(
	text: string,
	catalog: Catalog,
	file = 'configuration'
): ConfigurationInput {
	// UTF-16 length ≤ UTF-8 bytes ≤ 3 × length: a cheap bound before encoding.
	if (
		text.length > MAX_DOCUMENT_BYTES ||
		(text.length * 3 > MAX_DOCUMENT_BYTES &&
			new TextEncoder().encode(text).length > MAX_DOCUMENT_BYTES)
	)
		return fail(
			file,
			`Die Datei ist größer als ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`,
			`The file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`
		);
	const parsed = parseDocumentText(text, file);
	if (!parsed.ok) return parsed;
	return readConfigurationData(parsed.data, catalog, file);
}

/** What the browser's File offers: the size is checked before the content is read. */
export interface NamedFile {
	name: string;
	size: number;
	text(): Promise<string>;
}

export async function readConfigurationFile(
	file: NamedFile,
	catalog: Catalog
): Promise<ConfigurationInput> {
	if (file.size > MAX_DOCUMENT_BYTES)
		return fail(
			file.name,
			`Die Datei ist größer als ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`,
			`The file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`
		);
	let text: string;
	try {
		text = await file.text();
	} catch {
		return fail(file.name, 'Die Datei ist nicht lesbar.', 'The file cannot be read.');
	}
	return readConfigurationText(text, catalog, file.name);
}
