/**
 * The real `baukasten` command as a user's shell starts it: `bin/baukasten.js` loads the
 * TypeScript through tsx, and main's result becomes the exit code. Each start costs 0.3–5 s, so
 * these few tests cover the start-up and the three exit codes; the commands themselves are tested
 * in-process (`baukasten.test.ts`).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogDir } from '../helpers/catalog';
import { baukastenProcess } from '../helpers/cli';

const docs = fileURLToPath(new URL('../../fixtures/documents/', import.meta.url));

describe('the baukasten process', () => {
	it('starts, prints JSON on stdout, nothing on stderr, and exits with 0', async () => {
		const { code, stdout, stderr } = await baukastenProcess(
			'recommend',
			docs + 'profile-small-municipality.json'
		);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect(JSON.parse(stdout).recommended).toBe('musterloesung-gs');
	});

	it('exits with 2 on bad input, with the message on stderr and nothing on stdout', async () => {
		const { code, stdout, stderr } = await baukastenProcess(
			'recommend',
			docs + 'invalid-json.json'
		);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain('invalid-json.json: Kein gültiges JSON');
	});

	describe('on a broken catalog', () => {
		const scratch = mkdtempSync(join(tmpdir(), 'baukasten-process-'));
		afterAll(() => rmSync(scratch, { recursive: true, force: true }));

		it('exits with 1 and names the problem on stderr', async () => {
			const dir = join(scratch, 'catalog');
			cpSync(catalogDir, dir, { recursive: true });
			const file = join(dir, 'blocks.json');
			const blocks = JSON.parse(readFileSync(file, 'utf8'));
			blocks.blocks[0].category = 'hardware';
			writeFileSync(file, JSON.stringify(blocks));
			const { code, stdout, stderr } = await baukastenProcess(
				'catalog',
				'check',
				'--catalog',
				dir,
				'--lang',
				'en'
			);
			expect(code).toBe(1);
			expect(stdout).toBe('');
			expect(stderr).toContain(
				'blocks.json: blocks[0].category: Category "hardware" does not exist.'
			);
		});
	});
});
