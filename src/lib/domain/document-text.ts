/**
 * The first steps of every document that comes in (file, drop, share link, browser storage,
 * CLI): bytes to text, text to JSON, and the shape limits, before any schema runs. One size
 * limit for all of them, fitted to the data: the fullest configuration today's catalog allows
 * (every block in every list) is 5.5 KB, a realistic one 2–3 KB. Every failure is a problem in plain German and English;
 * nothing throws, and no message repeats more than a few dozen characters of the input.
 */
import { problem, type Problem } from './problem';

/** 64 KiB: 12 times the fullest configuration today's catalog allows, 25 times a real one. */
export const MAX_DOCUMENT_BYTES = 64 * 1024;
/** Deeper than any valid configuration or draft (they nest 5 levels); guards recursion. */
export const MAX_DEPTH = 20;
/** More values than any schema-valid configuration can hold (4 lists of at most 500). */
export const MAX_VALUES = 4000;
/** The schema's largest list or map has 500 entries; longer ones never reach a validator. */
export const MAX_ENTRIES = 500;

export type Failure = { ok: false; problems: Problem[] };
export type Step<T> = { ok: true; value: T } | Failure;

const fail = (file: string, de: string, en: string): Failure => ({
	ok: false,
	problems: [problem(file, '', de, en)]
});

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

export function tooLarge(file: string, limit = MAX_DOCUMENT_BYTES): Failure {
	return fail(
		file,
		`Die Datei ist größer als ${kilobytes(limit)}. Eine gespeicherte Konfiguration hat nur wenige KB – ist das die richtige Datei?`,
		`The file is larger than ${kilobytes(limit)}. A saved configuration is only a few KB – is this the right file?`
	);
}

const decoder = (label: string) => new TextDecoder(label, { fatal: true, ignoreBOM: false });

/**
 * Bytes as text: UTF-8 (with or without byte-order mark), or UTF-16 with a byte-order mark
 * (what Windows Notepad calls "Unicode"). Anything else, e.g. Latin-1, is refused rather than
 * turned into replacement characters: "Süderlügum" must never silently become "S�derl�gum".
 * The browser and the CLI both decode here, so they accept exactly the same files.
 */
export function decodeDocumentBytes(
	bytes: Uint8Array,
	file: string,
	limit = MAX_DOCUMENT_BYTES
): Step<string> {
	if (bytes.byteLength > limit) return tooLarge(file, limit);
	const utf16 =
		bytes[0] === 0xff && bytes[1] === 0xfe
			? 'utf-16le'
			: bytes[0] === 0xfe && bytes[1] === 0xff
				? 'utf-16be'
				: undefined;
	try {
		// The decoder drops the byte-order mark itself (ignoreBOM: false).
		return { ok: true, value: decoder(utf16 ?? 'utf-8').decode(bytes) };
	} catch {
		return fail(
			file,
			'Die Datei ist nicht in UTF-8 gespeichert (vielleicht in „ANSI“, Windows-1252 oder ISO-8859-1). Umlaute würden dabei verfälscht. Bitte speichern Sie die Datei im Editor mit der Kodierung UTF-8 und öffnen Sie sie erneut.',
			'The file is not saved as UTF-8 (perhaps as "ANSI", Windows-1252 or ISO-8859-1), which would garble accented letters. Please save it with the encoding UTF-8 in your editor and open it again.'
		);
	}
}

/** Line and column (1-based) of a position in a text. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = 0; i < position && i < text.length; i++)
		if (text.charCodeAt(i) === 10) {
			line++;
			start = i + 1;
		}
	return { line, column: position - start + 1 };
}

/**
 * The JSON step, with a message a person can act on instead of the parser's own: empty,
 * cut off, or where the first error is. A leading byte-order mark is allowed. Never throws.
 */
export function parseDocumentText(text: string, file: string): Step<unknown> {
	const body = text.replace(/^\uFEFF/, '');
	if (!body.trim())
		return fail(
			file,
			'Die Datei ist leer. Eine gespeicherte Konfiguration enthält Text, der mit „{“ beginnt.',
			'The file is empty. A saved configuration contains text beginning with "{".'
		);
	try {
		return { ok: true, value: JSON.parse(body) };
	} catch (error) {
		const message = error instanceof Error ? error.message : '';
		const at = /position (\d+)/.exec(message);
		const position = at ? Number(at[1]) : undefined;
		const cutOff =
			position === undefined
				? /end of (JSON )?input/i.test(message)
				: position >= body.trimEnd().length;
		if (cutOff) {
			const { line } = lineAndColumn(body, body.length);
			return fail(
				file,
				`Kein gültiges JSON: Der Text bricht in Zeile ${line} mitten im Inhalt ab – die Datei ist wohl unvollständig.`,
				`Not valid JSON: the text stops in the middle of the content at line ${line} – the file seems incomplete.`
			);
		}
		if (position === undefined || !/^\s*[[{]/.test(body))
			return fail(
				file,
				'Kein gültiges JSON: Der Inhalt ist keine gespeicherte Konfiguration (die beginnt mit „{“).',
				'Not valid JSON: the content is not a saved configuration (which begins with "{").'
			);
		const { line, column } = lineAndColumn(body, position);
		return fail(
			file,
			`Kein gültiges JSON: Fehler in Zeile ${line}, Spalte ${column}. Wurde die Datei von Hand bearbeitet? Öffnen Sie sonst die Datei, die das Werkzeug gespeichert hat.`,
			`Not valid JSON: error at line ${line}, column ${column}. Was the file edited by hand? Otherwise open the file the tool saved.`
		);
	}
}

/** Whether data stays within the shape limits (checked without recursion, stops early). */
export function documentLimits(data: unknown): 'ok' | 'deep' | 'large' | 'wide' {
	// Two parallel stacks instead of [value, depth] pairs: this runs for every document.
	const values: unknown[] = [data];
	const depths: number[] = [1];
	let count = 0;
	while (values.length) {
		const value = values.pop();
		const depth = depths.pop()!;
		if (++count > MAX_VALUES) return 'large';
		if (depth > MAX_DEPTH) return 'deep';
		if (!value || typeof value !== 'object') continue;
		if (Array.isArray(value)) {
			if (value.length > MAX_ENTRIES) return 'wide';
			for (const item of value) {
				values.push(item);
				depths.push(depth + 1);
			}
			continue;
		}
		let entries = 0;
		for (const key in value) {
			if (++entries > MAX_ENTRIES) return 'wide';
			values.push((value as Record<string, unknown>)[key]);
			depths.push(depth + 1);
		}
	}
	return 'ok';
}

/** The shape limits as problems ([] when the data is within them). */
export function limitProblems(data: unknown, file: string): Problem[] {
	const limits = documentLimits(data);
	if (limits === 'ok') return [];
	const [de, en] =
		limits === 'deep'
			? [
					`Das Dokument ist tiefer als ${MAX_DEPTH} Ebenen verschachtelt; eine Konfiguration sieht anders aus.`,
					`The document is nested deeper than ${MAX_DEPTH} levels; a configuration looks different.`
				]
			: limits === 'wide'
				? [
						`Eine Liste im Dokument hat mehr als ${MAX_ENTRIES} Einträge; eine Konfiguration hat höchstens so viele, wie der Katalog Bausteine kennt.`,
						`A list in the document has more than ${MAX_ENTRIES} entries; a configuration has at most as many as the catalog has blocks.`
					]
				: [
						`Das Dokument enthält mehr als ${MAX_VALUES} Werte; eine Konfiguration ist viel kleiner.`,
						`The document holds more than ${MAX_VALUES} values; a configuration is much smaller.`
					];
	return [problem(file, '', de, en)];
}

/** UTF-8 length without encoding when the UTF-16 length already decides (≤ length × 3). */
export function utf8Length(text: string): number {
	return new TextEncoder().encode(text).byteLength;
}

/** Text to data through the size limit, the JSON step and the shape limits. */
export function readDocumentText(
	text: string,
	file: string,
	limit = MAX_DOCUMENT_BYTES
): Step<unknown> {
	if (text.length > limit || (text.length * 3 > limit && utf8Length(text) > limit))
		return tooLarge(file, limit);
	const parsed = parseDocumentText(text, file);
	if (!parsed.ok) return parsed;
	const problems = limitProblems(parsed.value, file);
	return problems.length ? { ok: false, problems } : parsed;
}
