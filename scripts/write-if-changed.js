// Writes a generated file only when its content changes, and then atomically (a temporary file
// renamed over it): `npm test` checks the committed generated files while the site builds and
// svelte-check reads them, and a reader must never see a half-written or needlessly rewritten file.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * @param {string} file
 * @param {string} content
 * @param {{ mode?: number }} [options]
 * @returns {boolean} whether the file was written
 */
export function writeIfChanged(file, content, options = {}) {
	let current;
	try {
		current = readFileSync(file, 'utf8');
	} catch {
		current = undefined;
	}
	if (current === content) return false;
	const temporary = `${file}.${process.pid}.tmp`;
	writeFileSync(temporary, content, options);
	renameSync(temporary, file);
	return true;
}
