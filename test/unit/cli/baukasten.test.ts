/**
 * The `baukasten` commands, run in-process through `main(argv, io)` with the output collected as the
 * real streams would get it. `process.test.ts` starts the real command.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogDir } from '../helpers/catalog';
import { baukasten } from '../helpers/cli';

const docs = fileURLToPath(new URL('../../fixtures/documents/', import.meta.url));

const scratch = mkdtempSync(join(tmpdir(), 'baukasten-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('baukasten recommend', () => {
	it('prints the ranking as JSON', async () => {
		const { code, stdout, stderr } = await baukasten(
			'recommend',
			docs + 'profile-small-municipality.json'
		);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const result = JSON.parse(stdout);
		expect(result.recommended).toBe('musterloesung-gs');
		expect(result.ranking).toHaveLength(4);
	});

	it('prints a readable German table', async () => {
		const { code, stdout } = await baukasten(
			'recommend',
			docs + 'profile-small-municipality.json',
			'--format',
			'table'
		);
		expect(code).toBe(0);
		expect(stdout).toContain('Musterlösung Grundschule SH');
		expect(stdout).toContain('2 Schulen: liegt im Zielbereich 1–4');
	});

	it('rejects invalid JSON with exit code 2, naming the file, and prints nothing on stdout', async () => {
		const { code, stdout, stderr } = await baukasten('recommend', docs + 'invalid-json.json');
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain('invalid-json.json: Kein gültiges JSON');
	});

	it('names the field of a schema violation, in English with --lang en', async () => {
		const { code, stderr } = await baukasten(
			'recommend',
			docs + 'profile-wrong-types.json',
			'--lang',
			'en'
		);
		expect(code).toBe(2);
		expect(stderr).toContain(
			'profile-wrong-types.json: schoolCount: The number of schools must be a whole number from 1 to 2000.'
		);
	});

	it('reports a missing file with exit code 2', async () => {
		const { code, stderr } = await baukasten('recommend', join(scratch, 'nope.json'));
		expect(code).toBe(2);
		expect(stderr).toContain('Die Datei gibt es nicht');
	});
});

describe('baukasten gaps', () => {
	it('analyses a configuration', async () => {
		const { code, stdout } = await baukasten('gaps', docs + 'configuration-luebeck.json');
		expect(code).toBe(0);
		const result = JSON.parse(stdout);
		expect(result.scenario).toBe('schultraegerloesung-erweitert');
		expect(result.rows.find((r: { block: string }) => r.block === 'videokonferenz').status).toBe(
			'state-offer'
		);
	});

	it('writes CSV for a German Excel: BOM, semicolons', async () => {
		const { code, stdout } = await baukasten(
			'gaps',
			docs + 'configuration-luebeck.json',
			'--format',
			'csv'
		);
		expect(code).toBe(0);
		expect(stdout.startsWith('\uFEFFKategorie;Baustein;Verantwortlich;Status')).toBe(true);
	});

	it('rejects an unknown scenario id, naming the field', async () => {
		const { code, stderr } = await baukasten('gaps', docs + 'configuration-unknown-scenario.json');
		expect(code).toBe(2);
		expect(stderr).toContain(
			'scenario: Das Szenario „schultraegerloesung-xxl“ gibt es im Katalog nicht.'
		);
	});

	it('rejects a wrong formatVersion', async () => {
		const { code, stderr } = await baukasten(
			'gaps',
			docs + 'configuration-wrong-format-version.json'
		);
		expect(code).toBe(2);
		expect(stderr).toContain('formatVersion');
	});
});

describe('baukasten compare', () => {
	it('compares solutions for a scenario, phase and state', async () => {
		const { code, stdout } = await baukasten(
			'compare',
			'--scenario',
			'schultraegerloesung-basis',
			'--phase',
			'uebergangsphase',
			'--state',
			'sh',
			'--solutions',
			'iserv,ucs-school'
		);
		expect(code).toBe(0);
		const result = JSON.parse(stdout);
		expect(result.solutions).toEqual(['iserv', 'ucs-school']);
		expect(result.perSolution).toHaveLength(2);
	});

	it('compares the solutions of a configuration file', async () => {
		const { code, stdout } = await baukasten(
			'compare',
			docs + 'configuration-luebeck.json',
			'--solutions',
			'iserv,ucs-school-erweitert,opendesk'
		);
		expect(code).toBe(0);
		expect(JSON.parse(stdout).solutions).toHaveLength(3);
	});

	it('rejects a single solution with exit code 2', async () => {
		const { code, stderr } = await baukasten(
			'compare',
			'--scenario',
			'schultraegerloesung-basis',
			'--phase',
			'uebergangsphase',
			'--state',
			'sh',
			'--solutions',
			'iserv'
		);
		expect(code).toBe(2);
		expect(stderr).toContain('Bitte 2 bis 8 Systemlösungen wählen');
	});

	it('rejects an unknown solution', async () => {
		const { code, stderr } = await baukasten(
			'compare',
			'--scenario',
			'schultraegerloesung-basis',
			'--phase',
			'uebergangsphase',
			'--state',
			'sh',
			'--solutions',
			'iserv,moodle'
		);
		expect(code).toBe(2);
		expect(stderr).toContain('„moodle“');
	});
});

describe('baukasten coverage', () => {
	it('shows the state coverage per scenario, and less of it without a service', async () => {
		const all = JSON.parse(
			(await baukasten('coverage', '--state', 'sh', '--phase', 'landesloesung-aktiv')).stdout
		);
		const sh = JSON.parse(readFileSync(join(catalogDir, 'states/sh.json'), 'utf8'));
		const service = sh.services[0].id;
		const less = JSON.parse(
			(
				await baukasten(
					'coverage',
					'--state',
					'sh',
					'--phase',
					'landesloesung-aktiv',
					'--without',
					service
				)
			).stdout
		);
		const covered = (r: { scenarios: { covered: string[] }[] }) =>
			r.scenarios.reduce((n, s) => n + s.covered.length, 0);
		expect(covered(less)).toBeLessThan(covered(all));
		expect(less.switchedOff).toEqual([service]);
	});

	it('works for every state', async () => {
		const { code, stdout } = await baukasten('coverage', '--state', 'by', '--format', 'table');
		expect(code).toBe(0);
		expect(stdout).toContain('Schulträgerlösung (erweitert)');
	});

	it('rejects an unknown service', async () => {
		const { code, stderr } = await baukasten(
			'coverage',
			'--state',
			'sh',
			'--without',
			'gibtsnicht'
		);
		expect(code).toBe(2);
		expect(stderr).toContain('Unbekannte Landesdienste: gibtsnicht');
	});
});

describe('baukasten aggregate', () => {
	it('counts valid configurations and lists invalid files with the reason', async () => {
		const dir = join(scratch, 'carriers');
		cpSync(docs, dir, { recursive: true });
		const { code, stdout, stderr } = await baukasten('aggregate', dir);
		expect(code).toBe(0);
		const result = JSON.parse(stdout);
		expect(result.valid).toBe(3);
		expect(
			result.invalid.map((i: { name: string }) => i.name.replace(dir + '/', '')).sort()
		).toEqual([
			'configuration-unknown-scenario.json',
			'configuration-wrong-format-version.json',
			'invalid-json.json',
			'profile-small-municipality.json',
			'profile-wrong-types.json'
		]);
		expect(stderr).toContain('invalid-json.json');
	});
});

describe('baukasten catalog check', () => {
	it('passes on the shipped catalog', async () => {
		const { code, stdout } = await baukasten('catalog', 'check');
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Katalog \d+\.\d+\.\d+ ist in Ordnung: \d+ Bausteine/);
	});

	it('fails with exit code 1 on a broken catalog and names file and place', async () => {
		const dir = join(scratch, 'catalog');
		cpSync(catalogDir, dir, { recursive: true });
		const file = join(dir, 'blocks.json');
		const blocks = JSON.parse(readFileSync(file, 'utf8'));
		blocks.blocks[0].category = 'hardware';
		writeFileSync(file, JSON.stringify(blocks));
		const { code, stderr } = await baukasten('catalog', 'check', '--catalog', dir, '--lang', 'en');
		expect(code).toBe(1);
		expect(stderr).toContain(
			'blocks.json: blocks[0].category: Category "hardware" does not exist.'
		);
	});

	it('reports a missing catalog folder with exit code 2', async () => {
		const { code, stderr } = await baukasten(
			'catalog',
			'check',
			'--catalog',
			join(scratch, 'none')
		);
		expect(code).toBe(2);
		expect(stderr).toContain('Den Katalog-Ordner gibt es nicht');
	});
});

describe('baukasten usage', () => {
	it('rejects an unknown command with exit code 2', async () => {
		const { code, stderr } = await baukasten('frobnicate');
		expect(code).toBe(2);
		expect(stderr).toContain('Unbekannter Befehl „frobnicate“');
	});

	it('rejects an unknown option with exit code 2', async () => {
		const { code } = await baukasten('recommend', '--colour');
		expect(code).toBe(2);
	});
});

describe('baukasten new and migrate', () => {
	it('writes a new configuration for a profile, with the recommended scenario, that gaps then reads', async () => {
		const out = join(scratch, 'neu.json');
		const { code, stdout } = await baukasten(
			'new',
			docs + 'profile-small-municipality.json',
			'--solutions',
			'musterloesung-gs-sh',
			'-o',
			out
		);
		expect(code).toBe(0);
		expect(stdout).toBe('');
		const written = JSON.parse(readFileSync(out, 'utf8'));
		expect(written).toMatchObject({
			formatVersion: 1,
			scenario: 'musterloesung-gs',
			phase: 'uebergangsphase',
			solutions: ['musterloesung-gs-sh']
		});
		expect((await baukasten('gaps', out)).code).toBe(0);
	});

	it('writes nothing when the input is bad', async () => {
		const out = join(scratch, 'nie.json');
		const { code } = await baukasten('new', docs + 'profile-wrong-types.json', '-o', out);
		expect(code).toBe(2);
		expect(() => readFileSync(out)).toThrow();
	});

	it('passes a current document through migrate unchanged', async () => {
		const { code, stdout } = await baukasten('migrate', docs + 'configuration-format-v1.json');
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual(
			JSON.parse(readFileSync(docs + 'configuration-format-v1.json', 'utf8'))
		);
	});
});
