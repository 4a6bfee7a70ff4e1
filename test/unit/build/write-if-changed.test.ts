/** Generated files are written only when their content changes, atomically, with their mode. */
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeIfChanged } from '../../../scripts/write-if-changed.js';

describe('writeIfChanged', () => {
	it('writes a new file and a changed one, leaving no temporary file behind', () => {
		const dir = mkdtempSync(join(tmpdir(), 'baukasten-write-'));
		const file = join(dir, 'out.js');
		expect(writeIfChanged(file, 'a', { mode: 0o755 })).toBe(true);
		expect(readFileSync(file, 'utf8')).toBe('a');
		expect(statSync(file).mode & 0o111).not.toBe(0);
		expect(writeIfChanged(file, 'b')).toBe(true);
		expect(readFileSync(file, 'utf8')).toBe('b');
		expect(readdirSync(dir)).toEqual(['out.js']);
	});

	it('leaves a file with the same content untouched', () => {
		const dir = mkdtempSync(join(tmpdir(), 'baukasten-write-'));
		const file = join(dir, 'types.ts');
		writeFileSync(file, 'same');
		utimesSync(file, new Date(1000), new Date(1000));
		expect(writeIfChanged(file, 'same')).toBe(false);
		expect(statSync(file).mtimeMs).toBe(1000);
	});
});
