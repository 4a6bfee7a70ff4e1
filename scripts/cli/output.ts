/**
 * Writing the CLI's result to a file (-o): atomically, so the target is either the old file or
 * the whole new one, never half of it (a full disk used to truncate a carrier's only copy). The
 * text goes to a temporary file next to the target, is flushed to disk, and is then renamed over
 * it. An existing file is replaced only with --force, and only a regular file (never a device,
 * and a symbolic link is not followed). Every failure is one problem, never a stack trace.
 */
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { problem } from '../../src/lib/domain';
import { InputError } from './input';

/** The reasons Node gives for a failed write, in words. */
const reasons: Record<string, [string, string]> = {
	ENOSPC: ['Auf dem Datenträger ist kein Platz mehr', 'There is no space left on the device'],
	EDQUOT: ['Das Speicherkontingent ist erschöpft', 'The disk quota is exhausted'],
	EACCES: ['Keine Berechtigung, dort zu schreiben', 'No permission to write there'],
	EPERM: ['Keine Berechtigung, dort zu schreiben', 'No permission to write there'],
	EROFS: ['Der Datenträger ist schreibgeschützt', 'The file system is read-only'],
	ENOENT: ['Den Ordner gibt es nicht', 'The folder does not exist'],
	ENOTDIR: ['Ein Teil des Pfades ist kein Ordner', 'Part of the path is not a folder'],
	EISDIR: ['Das ist ein Ordner', 'This is a folder'],
	EIO: ['Ein Lese- oder Schreibfehler des Datenträgers', 'An input/output error of the device'],
	ENAMETOOLONG: ['Der Dateiname ist zu lang', 'The file name is too long']
};

function writeError(path: string, error: unknown): InputError {
	const code = String((error as { code?: string }).code ?? '');
	const [de, en] = reasons[code] ?? ['Unbekannter Fehler', 'Unknown error'];
	return new InputError([
		problem(
			path,
			'',
			`Konnte nicht geschrieben werden: ${de}${code ? ` (${code})` : ''}. Es wurde nichts verändert.`,
			`Could not be written: ${en}${code ? ` (${code})` : ''}. Nothing was changed.`
		)
	]);
}

/** What is at `path` without following a link: 'none', 'file', 'folder' or 'other'. */
function existing(path: string): 'none' | 'file' | 'folder' | 'other' {
	try {
		const stat = lstatSync(path);
		return stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other';
	} catch (error) {
		if ((error as { code?: string }).code === 'ENOENT') return 'none';
		throw writeError(path, error);
	}
}

/**
 * Writes `text` (or bytes, e.g. a DOCX) to `path` atomically; refuses to replace an existing
 * file unless `force`.
 */
export function writeFileAtomic(path: string, text: string | Uint8Array, force: boolean): void {
	if (!path)
		throw new InputError([
			problem('-o', '', 'Bitte einen Dateinamen angeben.', 'Please give a file name.')
		]);
	const there = existing(path);
	if (there === 'folder') throw writeError(path, { code: 'EISDIR' });
	if (there === 'other')
		throw new InputError([
			problem(
				path,
				'',
				'Das ist keine normale Datei (z. B. ein Gerät oder ein Verweis); sie wird nicht ersetzt.',
				'This is not a regular file (e.g. a device or a link); it is not replaced.'
			)
		]);
	if (there === 'file' && !force)
		throw new InputError([
			problem(
				path,
				'',
				'Die Datei gibt es schon. Zum Ersetzen --force angeben, oder einen anderen Namen wählen.',
				'The file exists already. Add --force to replace it, or choose another name.'
			)
		]);
	const temporary = join(
		dirname(path),
		`.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`
	);
	let fd: number | undefined;
	try {
		fd = openSync(temporary, 'wx', 0o644);
		const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text);
		let written = 0;
		while (written < bytes.length) written += writeSync(fd, bytes, written);
		fsyncSync(fd);
		closeSync(fd);
		fd = undefined;
		// A link at the target is replaced by the file, not followed.
		renameSync(temporary, path);
	} catch (error) {
		try {
			if (fd !== undefined) closeSync(fd);
			rmSync(temporary, { force: true });
		} catch {
			// The write failed already; that is the error to report.
		}
		throw writeError(path, error);
	}
}
