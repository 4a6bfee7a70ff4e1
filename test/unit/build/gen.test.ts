/**
 * `npm run gen` skips a generator whose inputs and outputs are as its last run left them, and
 * runs it when any of them changed: an edited, added or removed input, a changed lockfile (new
 * package versions), or an output that was edited or deleted.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { generators, recordRun, upToDate } from '../../../scripts/gen.js';

const generator = { script: 'gen:things', inputs: ['schemas', 'make.js'], outputs: ['out'] };
let root: string;

function write(path: string, text: string) {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), text);
}

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'baukasten-gen-'));
	write('schemas/a.json', '{"a":1}');
	write('schemas/deep/b.json', '{"b":1}');
	write('make.js', 'make()');
	write('package-lock.json', '{"v":1}');
	write('package.json', '{"scripts":{"gen:things":"make"}}');
	write('out/a.js', 'export const a = 1;');
});

describe('whether a generator must run', () => {
	it('runs the first time, and not again while nothing changed', () => {
		expect(upToDate(generator, root)).toBe(false);
		recordRun(generator, root);
		expect(upToDate(generator, root)).toBe(true);
		// Rewritten with the same content (a checkout, `touch`): still up to date.
		write('schemas/a.json', '{"a":1}');
		expect(upToDate(generator, root)).toBe(true);
	});

	it.each([
		['an input edited', () => write('schemas/deep/b.json', '{"b":2}')],
		['an input added', () => write('schemas/c.json', '{}')],
		['an input removed', () => rmSync(join(root, 'schemas/a.json'))],
		['an input renamed', () => {
			rmSync(join(root, 'schemas/a.json'));
			write('schemas/a2.json', '{"a":1}');
		}],
		['the script edited', () => write('make.js', 'make(2)')],
		['the lockfile changed', () => write('package-lock.json', '{"v":2}')],
		['its command changed', () => write('package.json', '{"scripts":{"gen:things":"make --x"}}')],
		['an output edited', () => write('out/a.js', 'export const a = 2;')],
		['an output deleted', () => rmSync(join(root, 'out'), { recursive: true })]
	])('runs again after %s', (_, change) => {
		recordRun(generator, root);
		change();
		expect(upToDate(generator, root)).toBe(false);
	});

	it('runs when its record cannot be read', () => {
		recordRun(generator, root);
		write('node_modules/.cache/baukasten/gen-things.json', 'not json');
		expect(upToDate(generator, root)).toBe(false);
	});

	it('names real inputs and outputs for the project’s generators', () => {
		const project = join(import.meta.dirname, '../../..');
		for (const { inputs, outputs } of generators)
			for (const path of [...inputs, ...outputs])
				expect(existsSync(join(project, path)), path).toBe(true);
	});
});
