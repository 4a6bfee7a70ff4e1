/**
 * What the CLI reads: a folder with everything a real folder can hold (broken files, links that
 * point nowhere, loops, pipes), text in other encodings, documents from an older catalog, and
 * the CLI as shipped (bin/baukasten.js) running with no installed packages at all.
 */
import { execFile, execFileSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/cli/main';
import { catalogDir } from '../helpers/catalog';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const docs = join(root, 'test/fixtures/documents/');
const luebeck = readFileSync(join(docs, 'configuration-luebeck.json'), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'baukasten-in-'));
const solutions =
	'iserv,ucs-school,linuxmuster,opendesk,puavo,paedml-linux,ucs-school-erweitert,musterloesung-gs-sh';
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function baukasten(...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
	return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('baukasten aggregate over a messy folder', () => {
	const dir = join(scratch, 'traeger');
	mkdirSync(join(dir, 'unter'), { recursive: true });
	writeFileSync(join(dir, 'gut.json'), luebeck);
	writeFileSync(join(dir, 'unter', 'auch-gut.json'), luebeck);
	writeFileSync(join(dir, 'leer.json'), '');
	writeFileSync(join(dir, 'kein-json.json'), 'Hallo');
	writeFileSync(join(dir, 'zu-gross.json'), `[${' '.repeat(70_000)}]`);
	writeFileSync(join(dir, 'latin1.json'), Buffer.from(luebeck.replace('ü', '\u00fc'), 'latin1'));
	symlinkSync(join(dir, 'gibt-es-nicht.json'), join(dir, 'ins-leere.json'));
	symlinkSync('..', join(dir, 'unter', 'schleife'));
	execFileSync('mkfifo', [join(dir, 'pipe.json')]);

	it('names the real reason of every bad entry, skips links that go nowhere or round, and goes on', async () => {
		const { code, stdout, stderr } = await baukasten('aggregate', dir, '--lang', 'en');
		expect(code).toBe(0);
		const result = JSON.parse(stdout);
		expect(result.valid).toBe(2);
		const reasons = Object.fromEntries(
			result.invalid.map((i: { name: string; problems: { message: { en: string } }[] }) => [
				i.name.replace(dir + '/', ''),
				i.problems[0]!.message.en
			])
		);
		expect(reasons).toEqual({
			'ins-leere.json': 'The file does not exist (or a link points nowhere).',
			'unter/schleife': 'This folder was read already (a link forms a loop); skipped.',
			'kein-json.json': expect.stringMatching(/^Not valid JSON/),
			'latin1.json': expect.stringMatching(/^The file is not saved as UTF-8/),
			'leer.json': expect.stringMatching(/^The file is empty/),
			'pipe.json': 'This is not a regular file (but e.g. a device or a pipe).',
			'zu-gross.json': expect.stringMatching(/^The file is larger than 64 KB/)
		});
		expect(stderr.split('\n')).toHaveLength(7);
	});
});

describe('text encodings', () => {
	it('accepts UTF-16 with a byte-order mark, like the browser, and refuses Latin-1 with the reason', async () => {
		const utf16 = join(scratch, 'utf16.json');
		writeFileSync(
			utf16,
			Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(luebeck, 'utf16le')])
		);
		const ok = await baukasten('gaps', utf16);
		expect(ok.code).toBe(0);
		const latin = join(scratch, 'latin.json');
		writeFileSync(latin, Buffer.from(luebeck, 'latin1'));
		const refused = await baukasten('migrate', latin);
		expect(refused.code).toBe(2);
		expect(refused.stderr).toMatch(/latin\.json: Die Datei ist nicht in UTF-8 gespeichert/);
	});
});

describe('baukasten migrate with a later catalog', () => {
	const later = join(scratch, 'katalog-1.1');
	cpSync(catalogDir, later, { recursive: true });
	const metaFile = join(later, 'catalog.json');
	const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
	meta.catalogVersion = '1.1.0';
	meta.idChanges = [
		{
			kind: 'block',
			from: 'wlan-zugang',
			to: 'wlan-zugangsverwaltung',
			since: '1.1.0',
			note: { de: 'Zusammengelegt.', en: 'Merged.' }
		}
	];
	writeFileSync(metaFile, JSON.stringify(meta));

	it('writes the current catalog version and reports a rename that meets an existing entry', async () => {
		const old = join(scratch, 'alt.json');
		const doc = JSON.parse(luebeck);
		doc.inventory = { 'wlan-zugang': 'existing', 'wlan-zugangsverwaltung': 'missing' };
		writeFileSync(old, JSON.stringify(doc));
		const { code, stdout, stderr } = await baukasten('migrate', old, '--catalog', later);
		expect(code).toBe(0);
		const migrated = JSON.parse(stdout);
		expect(migrated.catalogVersion).toBe('1.1.0');
		expect(migrated.inventory).toEqual({ 'wlan-zugangsverwaltung': 'missing' });
		expect(stderr).toContain(
			'Baustein „wlan-zugang“: Unter dem neuen Namen „wlan-zugangsverwaltung“ steht schon ein Eintrag; er bleibt, der Wert „existing“ von „wlan-zugang“ wurde verworfen.'
		);
		const again = join(scratch, 'neu.json');
		writeFileSync(again, stdout);
		const reopened = await baukasten('gaps', again, '--catalog', later);
		expect(reopened.stderr).toBe('');
	});
});

describe('the shipped command', () => {
	it('imports nothing but Node itself, so it runs with production dependencies only', () => {
		const code = readFileSync(join(root, 'bin/baukasten.js'), 'utf8');
		const imports = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
		expect(imports.length).toBeGreaterThan(0);
		expect(imports.filter((spec) => !spec!.startsWith('node:'))).toEqual([]);
		expect(code).not.toMatch(/from "tsx|ajv-i18n|register\(\)/);
	});

	it('runs from a copy without any node_modules: catalog check, gaps, a bad file, a closed pipe', async () => {
		const copy = join(scratch, 'nur-dateien');
		mkdirSync(copy);
		for (const part of ['bin', 'catalog', 'package.json'])
			cpSync(join(root, part), join(copy, part), { recursive: true });
		const run = (...args: string[]) =>
			promisify(execFile)(process.execPath, [join(copy, 'bin/baukasten.js'), ...args], {
				cwd: copy,
				encoding: 'utf8'
			}).then(
				(r) => ({ code: 0, ...r }),
				(e: { code: number; stdout: string; stderr: string }) => e
			);
		const check = await run('catalog', 'check');
		expect(check.code).toBe(0);
		expect(check.stdout).toMatch(/^Katalog .* ist in Ordnung/);
		const gaps = await run('gaps', join(docs, 'configuration-luebeck.json'), '--format', 'csv');
		expect(gaps.code).toBe(0);
		expect(gaps.stdout.startsWith('\uFEFFKategorie;Baustein')).toBe(true);
		const bad = await run('gaps', join(docs, 'invalid-json.json'));
		expect(bad.code).toBe(2);
		expect(bad.stderr).not.toMatch(/\n\s+at /);
		// 190 KB of JSON into a pipe that closes after one line: EPIPE, which must end quietly.
		const piped = await promisify(execFile)(
			'sh',
			[
				'-c',
				`"${process.execPath}" bin/baukasten.js compare --scenario schultraegerloesung-erweitert --phase landesloesung-aktiv --state sh --solutions ${solutions} | head -1`
			],
			{ cwd: copy, encoding: 'utf8' }
		);
		expect(piped.stdout.split('\n')[0]).toBe('{');
		expect(piped.stderr).toBe('');
	});
});
