/**
 * Reading the CLI's inputs: JSON files (with a size limit checked before reading), folders of
 * configurations, and the catalog folder. Failures become problems, never stack traces.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
	MAX_DOCUMENT_BYTES,
	parseDocumentText,
	problem,
	type CatalogFile,
	type Problem
} from '../../src/lib/domain';

/** The one size limit of every way in (the domain's). */
export const MAX_FILE_BYTES = MAX_DOCUMENT_BYTES;

export class InputError extends Error {
	constructor(readonly problems: Problem[]) {
		super(problems.map((p) => p.message.en).join('\n'));
	}
}

/** Reads and parses one JSON file; throws InputError with a German/English message. */
export function readJson(path: string): unknown {
	let size: number;
	try {
		const stat = statSync(path);
		if (!stat.isFile())
			throw new InputError([problem(path, '', 'Das ist keine Datei.', 'This is not a file.')]);
		size = stat.size;
	} catch (error) {
		if (error instanceof InputError) throw error;
		throw new InputError([
			problem(
				path,
				'',
				'Die Datei gibt es nicht oder sie ist nicht lesbar.',
				'The file does not exist or cannot be read.'
			)
		]);
	}
	if (size > MAX_FILE_BYTES)
		throw new InputError([
			problem(
				path,
				'',
				`Die Datei ist größer als ${MAX_FILE_BYTES / 1024 / 1024} MB.`,
				`The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`
			)
		]);
	const parsed = parseDocumentText(readFileSync(path, 'utf8'), path);
	if (!parsed.ok) throw new InputError(parsed.problems);
	return parsed.data;
}

/** All .json files below the given files or folders, in a stable order. */
export function listJsonFiles(paths: string[]): string[] {
	const found: string[] = [];
	const walk = (path: string) => {
		let stat;
		try {
			stat = statSync(path);
		} catch {
			throw new InputError([
				problem(
					path,
					'',
					'Die Datei oder den Ordner gibt es nicht.',
					'The file or folder does not exist.'
				)
			]);
		}
		if (stat.isDirectory()) for (const entry of readdirSync(path).sort()) walk(join(path, entry));
		else if (path.endsWith('.json') || paths.includes(path)) found.push(path);
	};
	paths.forEach(walk);
	return found;
}

/** Reads every catalog file below `dir` (except the schemas) as the engine expects them. */
export function readCatalogFiles(dir: string): CatalogFile[] {
	try {
		if (!statSync(dir).isDirectory()) throw new Error();
	} catch {
		throw new InputError([
			problem(dir, '', 'Den Katalog-Ordner gibt es nicht.', 'The catalog folder does not exist.')
		]);
	}
	return listJsonFiles([dir])
		.map((file) => relative(dir, file).split('\\').join('/'))
		.filter((path) => !path.startsWith('schema/'))
		.map((path) => {
			try {
				return { path, data: readJson(join(dir, path)) };
			} catch (error) {
				if (error instanceof InputError)
					throw new InputError(error.problems.map((p) => ({ ...p, file: path })));
				throw error;
			}
		});
}
