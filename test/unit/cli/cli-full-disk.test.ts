/**
 * A write that fails half-way (the disk is full) leaves the old file whole and no temporary
 * file behind, and says so in one line. node:fs is the real one except that writing fails.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../../scripts/cli/input';
import { writeFileAtomic } from '../../../scripts/cli/output';

vi.mock('node:fs', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs')>();
	return {
		...fs,
		writeSync: () => {
			throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
		}
	};
});

const scratch = mkdtempSync(join(tmpdir(), 'baukasten-full-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a full disk', () => {
	it('leaves the only copy whole, removes the temporary file and says why', () => {
		const file = join(scratch, 'konfiguration.json');
		writeFileSync(file, 'die einzige Kopie');
		let error: unknown;
		try {
			writeFileAtomic(file, '{ "neu": true }', true);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(InputError);
		expect((error as InputError).problems).toEqual([
			{
				file,
				pointer: '',
				message: {
					de: 'Konnte nicht geschrieben werden: Auf dem Datenträger ist kein Platz mehr (ENOSPC). Es wurde nichts verändert.',
					en: 'Could not be written: There is no space left on the device (ENOSPC). Nothing was changed.'
				}
			}
		]);
		expect(readFileSync(file, 'utf8')).toBe('die einzige Kopie');
		expect(readdirSync(scratch)).toEqual(['konfiguration.json']);
	});
});
