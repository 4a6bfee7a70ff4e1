/**
 * Reading carriers' saved configurations from files the user picked or dropped: no file is read
 * beyond 5 MB, the text is parsed as JSON without ever throwing, and every failure becomes a
 * problem in German and English, like the CLI's. Reading (`readText`) and parsing (`parseText`)
 * are separate steps, so the page can read and a worker parse. Works on anything shaped like a
 * File (`FileLike`), so tests need no real files.
 */
import type { NamedDocument } from '../domain/aggregate';
import { MAX_DOCUMENT_BYTES, parseDocumentText } from '../domain/configuration-input';
import { problem, type Problem } from '../domain/problem';

/** The one size limit of every way in (the domain's). */
export const MAX_FILE_BYTES = MAX_DOCUMENT_BYTES;

export interface FileLike {
	readonly name: string;
	readonly size: number;
	text(): Promise<string>;
	stream?(): ReadableStream<Uint8Array>;
}

/** A file and the name it is reported under (its path inside a chosen or dropped folder). */
export interface NamedFile<F extends FileLike = FileLike> {
	file: F;
	name: string;
}

export interface InvalidDocument {
	name: string;
	problems: Problem[];
}

export type ReadResult =
	{ ok: true; document: NamedDocument } | { ok: false; invalid: InvalidDocument };

const megabytes = MAX_FILE_BYTES / 1024 / 1024;

/** The domain's JSON step (the same for every way in), as a read result. */
export function parseJson(text: string, name: string): ReadResult {
	const parsed = parseDocumentText(text, name);
	return parsed.ok
		? { ok: true, document: { name, data: parsed.data } }
		: { ok: false, invalid: { name, problems: parsed.problems } };
}

export type TextResult =
	{ ok: true; name: string; text: string } | { ok: false; invalid: InvalidDocument };

const unreadable = (name: string, de: string, en: string): TextResult => ({
	ok: false,
	invalid: { name, problems: [problem(name, '', de, en)] }
});

const tooLarge = (name: string) =>
	unreadable(
		name,
		`Die Datei ist größer als ${megabytes} MB und wurde nicht ausgewertet.`,
		`The file is larger than ${megabytes} MB and was not evaluated.`
	);

/**
 * The text of a stream of at most `limit` bytes (UTF-8, a byte-order mark dropped), or
 * undefined when the stream is longer: reading stops there, the rest is never read.
 */
export async function readBounded(
	stream: ReadableStream<Uint8Array>,
	limit: number
): Promise<string | undefined> {
	const reader = stream.getReader();
	const parts: Uint8Array[] = [];
	let length = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		length += value.byteLength;
		if (length > limit) {
			await reader.cancel();
			return undefined;
		}
		parts.push(value);
	}
	const bytes = new Uint8Array(length);
	let offset = 0;
	for (const part of parts) {
		bytes.set(part, offset);
		offset += part.byteLength;
	}
	return new TextDecoder().decode(bytes);
}

/**
 * The file's text, or why it was not read: larger than 5 MB, or unreadable. The limit is
 * enforced while streaming, not by asking `file.size` first: for files from a file input,
 * Chromium answers `size` with a synchronous call to the browser process (about 0.2 ms each,
 * over a second of blocked page for 5,500 files), while a bounded stream costs the page almost
 * nothing and still never reads more than 5 MB of a file. Without `stream()` (old browsers) the
 * size is checked before `text()`.
 */
export async function readText({ file, name }: NamedFile): Promise<TextResult> {
	try {
		const text = file.stream
			? await readBounded(file.stream(), MAX_FILE_BYTES)
			: file.size > MAX_FILE_BYTES
				? undefined
				: await file.text();
		return text === undefined ? tooLarge(name) : { ok: true, name, text };
	} catch {
		return unreadable(name, 'Die Datei ist nicht lesbar.', 'The file cannot be read.');
	}
}

/** A text read (or not) turned into a document (or a problem). */
export function parseText(result: TextResult): ReadResult {
	return result.ok ? parseJson(result.text, result.name) : result;
}

export async function readDocument(file: NamedFile): Promise<ReadResult> {
	return parseText(await readText(file));
}

/**
 * Reads files in batches (so a folder of thousands does not open thousands of reads at once),
 * reporting progress after each batch. Results keep the order of `files`.
 */
export async function readDocuments(
	files: NamedFile[],
	onProgress: (done: number, total: number) => void = () => {},
	batchSize = 250
): Promise<ReadResult[]> {
	const results: ReadResult[] = [];
	for (let start = 0; start < files.length; start += batchSize) {
		results.push(...(await Promise.all(files.slice(start, start + batchSize).map(readDocument))));
		onProgress(results.length, files.length);
	}
	return results;
}
