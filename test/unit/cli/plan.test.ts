/** `baukasten plan`: JSON, CSV, DOCX, and no silent overwrite. */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/cli/main';

const luebeck = fileURLToPath(
	new URL('../../fixtures/documents/configuration-luebeck.json', import.meta.url)
);
const scratch = mkdtempSync(join(tmpdir(), 'baukasten-plan-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The command in-process, as the other CLI tests run it (the real binary is tested there). */
async function baukasten(...args: string[]) {
	let stdout = '';
	let stderr = '';
	const code = await main(args, {
		out: (s) => (stdout += s + '\n'),
		err: (s) => (stderr += s + '\n')
	});
	return { code, stdout, stderr };
}

describe('baukasten plan', () => {
	it('prints the plan as JSON and as CSV for a German Excel', async () => {
		const json = await baukasten('plan', luebeck);
		expect(json.stderr).toBe('');
		expect(json.code).toBe(0);
		const plan = JSON.parse(json.stdout);
		expect(plan.measures.length).toBeGreaterThan(10);
		expect(plan.staffing.formula.de).toContain('Magdeburg');
		const csv = await baukasten('plan', luebeck, '--format', 'csv');
		expect(csv.stdout.startsWith('\uFEFFNr.;Baustein;Status;Was;Wer')).toBe(true);
		expect(csv.stdout.trim().split('\r\n')).toHaveLength(plan.measures.length + 1);
	});

	it('writes the whole result as DOCX with -o, and never overwrites without --force', async () => {
		const file = join(scratch, 'plan.docx');
		const first = await baukasten('plan', luebeck, '--format', 'docx', '-o', file);
		expect(first.code).toBe(0);
		const { value: text } = await mammoth.extractRawText({ buffer: readFileSync(file) });
		expect(text).toContain('5. Maßnahmenplan');
		expect(text).toContain('Hansestadt Lübeck');

		writeFileSync(file, 'keep me');
		const refused = await baukasten('plan', luebeck, '--format', 'docx', '-o', file);
		expect(refused.code).toBe(2);
		expect(refused.stderr).toContain('--force');
		expect(readFileSync(file, 'utf8')).toBe('keep me');
		const forced = await baukasten('plan', luebeck, '--format', 'docx', '-o', file, '--force');
		expect(forced.code).toBe(0);
		expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
		expect(statSync(file).size).toBeGreaterThan(10_000);

		const missing = join(scratch, 'nothing.docx');
		const noOutput = await baukasten('plan', luebeck, '--format', 'docx');
		expect(noOutput.code).toBe(2);
		expect(noOutput.stderr).toContain('-o');
		expect(existsSync(missing)).toBe(false);
	});
});
