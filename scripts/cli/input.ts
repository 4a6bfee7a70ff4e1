/**
 * Reading the CLI's inputs: documents (size checked before reading, bytes decoded like in the
 * browser), folders of configurations, and the catalog folder. Failures become problems, never
 * stack traces; a folder walk reports what it cannot read and goes on.
 */
import {
	closeSync,
	fstatSync,
	openSync,
	readdirSync,
	readSync,
	realpathSync,
	statSync
} from 'node:fs';
import { join, relative } from 'node:path';
import {
	decodeDocumentBytes,
	MAX_DOCUMENT_BYTES,
	parseDocumentText,
	problem,
	readDocumentText,
	tooLarge,
	type CatalogFile,
	type Problem
} from '../../src/lib/domain';

/** Catalog files are written by people who maintain the catalog, and are larger (up to ~70 KB). */
export const MAX_CATALOG_FILE_BYTES = 5 * 1024 * 1024;

export class InputError extends Error {
	constructor(readonly problems: Problem[]) {
		super(problems.map((p) => p.message.en).join('\n'));
	}
}

const fail = (path: string, de: string, en: string) => new InputError([problem(path, '', de, en)]);

/** Why a path cannot be read, from the error Node gives. */
function unreadable(path: string, error: unknown): InputError {
	const code = (error as { code?: string }).code;
	if (code === 'ENOENT')
		return fail(
			path,
			'Die Datei gibt es nicht (oder ein Verweis zeigt ins Leere).',
			'The file does not exist (or a link points nowhere).'
		);
	if (code === 'EACCES' || code === 'EPERM')
		return fail(path, 'Keine Berechtigung, die Datei zu lesen.', 'No permission to read the file.');
	if (code === 'ELOOP')
		return fail(path, 'Die Verweise bilden eine Schleife.', 'The links form a loop.');
	return fail(path, 'Die Datei ist nicht lesbar.', 'The file cannot be read.');
}

/**
 * The text of a regular file of at most `limit` bytes, decoded as UTF-8 (or UTF-16 with a
 * byte-order mark). Devices, pipes and folders are refused before they are opened, so a FIFO
 * cannot block and /dev/zero cannot fill the memory.
 */
export function readText(path: string, limit = MAX_DOCUMENT_BYTES): string {
	let stat;
	try {
		stat = statSync(path);
	} catch (error) {
		throw unreadable(path, error);
	}
	if (stat.isDirectory()) throw fail(path, 'Das ist ein Ordner.', 'This is a folder.');
	if (!stat.isFile())
		throw fail(
			path,
			'Das ist keine normale Datei (sondern z. B. ein Gerät oder eine Pipe).',
			'This is not a regular file (but e.g. a device or a pipe).'
		);
	if (stat.size > limit) throw new InputError(tooLarge(path, limit).problems);
	let fd: number | undefined;
	try {
		fd = openSync(path, 'r');
		// The file may have grown since stat: read at most one byte more than allowed.
		const buffer = Buffer.alloc(Math.min(fstatSync(fd).size, limit) + 1);
		let length = 0;
		for (;;) {
			const n = readSync(fd, buffer, length, buffer.length - length, null);
			if (n === 0 || (length += n) === buffer.length) break;
		}
		if (length > limit) throw new InputError(tooLarge(path, limit).problems);
		const text = decodeDocumentBytes(buffer.subarray(0, length), path, limit);
		if (!text.ok) throw new InputError(text.problems);
		return text.value;
	} catch (error) {
		if (error instanceof InputError) throw error;
		throw unreadable(path, error);
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

/** A user's document (profile, configuration): size, JSON and shape limits like every way in. */
export function readDocument(path: string): unknown {
	const data = readDocumentText(readText(path), path);
	if (!data.ok) throw new InputError(data.problems);
	return data.value;
}

/** A catalog file: larger, written by maintainers, checked by the catalog check afterwards. */
function readCatalogJson(path: string): unknown {
	const data = parseDocumentText(readText(path, MAX_CATALOG_FILE_BYTES), path);
	if (!data.ok) throw new InputError(data.problems);
	return data.value;
}

export interface FileWalk {
	/** The .json files found (and every file named directly), in a stable order. */
	files: string[];
	/** Entries that could not be walked: dangling links, loops, unreadable folders. */
	skipped: { name: string; problems: Problem[] }[];
}

/**
 * All .json files below the given files or folders. Symbolic links are followed, but a folder
 * already visited (a loop) is skipped, and so is a link that points nowhere; each skipped entry
 * is reported with its reason and the walk goes on.
 */
export function walkJsonFiles(paths: string[]): FileWalk {
	const walk: FileWalk = { files: [], skipped: [] };
	const visited = new Set<string>();
	const skip = (name: string, error: InputError) =>
		walk.skipped.push({ name, problems: error.problems });
	const visit = (path: string, named: boolean) => {
		let stat;
		try {
			stat = statSync(path);
		} catch (error) {
			skip(path, unreadable(path, error));
			return;
		}
		if (!stat.isDirectory()) {
			if (named || path.toLowerCase().endsWith('.json')) walk.files.push(path);
			return;
		}
		let real: string;
		let entries: string[];
		try {
			real = realpathSync(path);
			entries = readdirSync(path).sort();
		} catch (error) {
			skip(path, unreadable(path, error));
			return;
		}
		if (visited.has(real)) {
			skip(
				path,
				fail(
					path,
					'Dieser Ordner wurde schon gelesen (ein Verweis bildet eine Schleife); übersprungen.',
					'This folder was read already (a link forms a loop); skipped.'
				)
			);
			return;
		}
		visited.add(real);
		for (const entry of entries) visit(join(path, entry), false);
	};
	for (const path of paths) visit(path, true);
	return walk;
}

/** Reads every catalog file below `dir` (except the schemas) as the engine expects them. */
export function readCatalogFiles(dir: string): CatalogFile[] {
	let isDirectory: boolean;
	try {
		isDirectory = statSync(dir).isDirectory();
	} catch {
		throw fail(dir, 'Den Katalog-Ordner gibt es nicht.', 'The catalog folder does not exist.');
	}
	if (!isDirectory)
		throw fail(
			dir,
			'--catalog braucht einen Ordner (den Katalog-Ordner), keine Datei.',
			'--catalog needs a folder (the catalog folder), not a file.'
		);
	const { files, skipped } = walkJsonFiles([dir]);
	if (skipped.length) throw new InputError(skipped.flatMap((s) => s.problems));
	return files
		.map((file) => relative(dir, file).split('\\').join('/'))
		.filter((path) => !path.startsWith('schema/'))
		.map((path) => {
			try {
				return { path, data: readCatalogJson(join(dir, path)) };
			} catch (error) {
				if (error instanceof InputError)
					throw new InputError(error.problems.map((p) => ({ ...p, file: path })));
				throw error;
			}
		});
}
