/**
 * Reading carriers' saved configurations from files the user picked or dropped: no file is read
 * beyond the one size limit, the bytes are decoded like every other way in (UTF-8, or UTF-16
 * with a byte-order mark; anything else is named, not garbled), and every failure becomes a
 * problem in German and English, like the CLI's. Reading (`readText`) and parsing
 * (`parseText`) are separate steps, so the page can read and a worker parse. Works on anything
 * shaped like a File (`FileLike`), so tests need no real files.
 */
import type { NamedDocument } from '../domain/aggregate';
import {
	decodeDocumentBytes,
	MAX_DOCUMENT_BYTES,
	readDocumentText,
	tooLarge
} from '../domain/document-text';
import { problem, type Problem } from '../domain/problem';

/** The one size limit of every way in (the domain's). */
export const MAX_FILE_BYTES = MAX_DOCUMENT_BYTES;

export interface FileLike {
	readonly name: string;
	readonly size: number;
	arrayBuffer?(): Promise<ArrayBuffer>;
	stream?(): ReadableStream<Uint8Array>;
}

/** A file and the name it is reported under (its path inside a chosen or dropped folder). */
export interface NamedFile<F extends FileLike = FileLike> {
	file: F;
	name: string;
}

export interface UnreadFile {
	name: string;
	problems: Problem[];
}

export type ReadResult = { ok: true; document: NamedDocument } | { ok: false; invalid: UnreadFile };

export type TextResult =
	{ ok: true; name: string; text: string } | { ok: false; invalid: UnreadFile };

const unreadable = (name: string): TextResult => ({
	ok: false,
	invalid: {
		name,
		problems: [
			problem(
				name,
				'',
				'Die Datei ist nicht lesbar (vielleicht wurde sie inzwischen verschoben oder gelöscht).',
				'The file cannot be read (perhaps it was moved or deleted in the meantime).'
			)
		]
	}
});

/**
 * The bytes of a stream of at most `limit` bytes, or undefined when the stream is longer:
 * reading stops there, the rest is never read.
 */
export async function readBounded(
	stream: ReadableStream<Uint8Array>,
	limit: number
): Promise<Uint8Array | undefined> {
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
	return bytes;
}

/**
 * The file's text, or why it was not read: too large, not UTF-8, or unreadable. The limit is
 * enforced while reading (a bounded stream that stops just past it), not by asking the file's
 * `size`: for files from a chosen folder, Chromium answers `size` with a synchronous lookup,
 * which for 20,000 files blocked the page for many seconds; a stream costs the page almost
 * nothing. Without `stream()` (old browsers) the size is checked before reading.
 */
export async function readText({ file, name }: NamedFile): Promise<TextResult> {
	try {
		const bytes = file.stream
			? await readBounded(file.stream(), MAX_FILE_BYTES)
			: file.size > MAX_FILE_BYTES
				? undefined
				: new Uint8Array(await file.arrayBuffer!());
		if (!bytes || bytes.byteLength > MAX_FILE_BYTES)
			return { ok: false, invalid: { name, problems: tooLarge(name).problems } };
		const text = decodeDocumentBytes(bytes, name);
		return text.ok
			? { ok: true, name, text: text.value }
			: { ok: false, invalid: { name, problems: text.problems } };
	} catch {
		return unreadable(name);
	}
}

/** A text read (or not) turned into a document (or a problem): JSON and the shape limits. */
export function parseText(result: TextResult): ReadResult {
	if (!result.ok) return result;
	const data = readDocumentText(result.text, result.name);
	return data.ok
		? { ok: true, document: { name: result.name, data: data.value } }
		: { ok: false, invalid: { name: result.name, problems: data.problems } };
}

export async function readDocument(file: NamedFile): Promise<ReadResult> {
	return parseText(await readText(file));
}
