/**
 * What the CLI writes: `-o` for every command that prints a result (or a clear refusal), atomic
 * writes that never replace an existing file without --force, and a failed write as one line
 * with exit code 2. Runs the command in-process.
 */
import {
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/cli/main';

const docs = fileURLToPath(new URL('../../fixtures/documents/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'baukasten-out-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function baukasten(...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
	return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const luebeck = docs + 'configuration-luebeck.json';
const printing: [string, string[]][] = [
	['recommend', [docs + 'profile-small-municipality.json']],
	['gaps', [luebeck, '--format', 'csv']],
	['compare', [luebeck, '--solutions', 'iserv,ucs-school', '--format', 'table']],
	['coverage', ['--state', 'sh']],
	['aggregate', [docs]],
	['new', [docs + 'profile-small-municipality.json']],
	['migrate', [luebeck]]
];

describe('-o', () => {
	it.each(printing)(
		'writes exactly what %s prints, to the file instead of stdout',
		async (command, args) => {
			const printed = await baukasten(command, ...args);
			expect(printed.code).toBe(0);
			const file = join(scratch, `${command}.out`);
			const written = await baukasten(command, ...args, '-o', file);
			expect(written.code).toBe(0);
			expect(written.stdout).toBe('');
			const text = readFileSync(file, 'utf8');
			// `new` and `migrate` carry the time of writing; everything else is identical.
			const withoutTime = (s: string) => s.replace(/"savedAt": "[^"]+"/, '"savedAt": …');
			expect(withoutTime(text)).toBe(withoutTime(printed.stdout + '\n'));
		}
	);

	it('is refused where nothing is printed (catalog check), and an empty name is refused', async () => {
		const check = await baukasten('catalog', 'check', '-o', join(scratch, 'check.txt'));
		expect(check.code).toBe(2);
		expect(check.stderr).toBe('-o: catalog check schreibt keine Datei; -o passt hier nicht.');
		const empty = await baukasten('gaps', luebeck, '-o', '');
		expect(empty.code).toBe(2);
		expect(empty.stderr).toBe('-o: Bitte einen Dateinamen angeben.');
	});
});

describe('wrong options', () => {
	it('are named in the language of the other messages', async () => {
		expect((await baukasten('gaps', luebeck, '--colour')).stderr).toBe(
			'baukasten: Unbekannte Option „--colour“. Hilfe: baukasten --help'
		);
		expect((await baukasten('gaps', luebeck, '--lang', 'en', '-o')).stderr).toBe(
			'baukasten: The option "-o" needs a value. Help: baukasten --help'
		);
		expect((await baukasten('gaps', luebeck, '--force=ja')).code).toBe(2);
	});
});

describe('writing a file', () => {
	it('never replaces an existing file without --force, and replaces it whole with --force', async () => {
		const file = join(scratch, 'vorhanden.json');
		writeFileSync(file, 'meine Arbeit');
		const refused = await baukasten('migrate', luebeck, '-o', file);
		expect(refused.code).toBe(2);
		expect(refused.stderr).toBe(
			`${file}: Die Datei gibt es schon. Zum Ersetzen --force angeben, oder einen anderen Namen wählen.`
		);
		expect(readFileSync(file, 'utf8')).toBe('meine Arbeit');
		const forced = await baukasten('migrate', luebeck, '-o', file, '--force');
		expect(forced.code).toBe(0);
		expect(JSON.parse(readFileSync(file, 'utf8')).profile.name).toBe('Hansestadt Lübeck');
		expect(readdirSync(scratch).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	it('may replace its own input with --force (migrate in place)', async () => {
		const file = join(scratch, 'selbst.json');
		writeFileSync(file, readFileSync(luebeck));
		const result = await baukasten('migrate', file, '-o', file, '--force');
		expect(result.code).toBe(0);
		expect(JSON.parse(readFileSync(file, 'utf8')).scenario).toBeDefined();
	});

	it('names folders, missing folders, devices and links in one line with exit code 2', async () => {
		const link = join(scratch, 'verweis.json');
		symlinkSync(join(scratch, 'ziel.json'), link);
		const cases: [string, RegExp][] = [
			[
				scratch,
				/: Konnte nicht geschrieben werden: Das ist ein Ordner \(EISDIR\)\. Es wurde nichts verändert\.$/
			],
			[
				join(scratch, 'fehlt', 'x.json'),
				/: Konnte nicht geschrieben werden: Den Ordner gibt es nicht \(ENOENT\)/
			],
			['/dev/full', /: Das ist keine normale Datei/],
			[link, /: Das ist keine normale Datei/]
		];
		for (const [target, message] of cases) {
			const result = await baukasten('gaps', luebeck, '-o', target, '--force');
			expect(result.code, target).toBe(2);
			expect(result.stderr.split('\n'), target).toHaveLength(1);
			expect(result.stderr).toMatch(message);
			expect(result.stderr).not.toMatch(/\n\s+at /);
		}
	});
});
