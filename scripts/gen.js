// `npm run gen`: the generated sources – ajv's validators (`gen:validators`) and Paraglide's
// messages (`gen:i18n`) – brought up to date. Each generator runs only when its inputs or its
// outputs differ from what they were after its last run (a content hash, kept in
// node_modules/.cache/baukasten/), so the many ways in that need them (install, dev, build,
// test, the CLI build) do not redo 5 s of work each: `npm ci` and `npm test` ran them three
// times in one CI run. `--force` runs both.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeIfChanged } from './write-if-changed.js';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * @typedef {object} Generator
 * @property {string} script the npm script that generates
 * @property {string[]} inputs files and folders it reads (besides its command in package.json
 *   and the installed packages: the lockfile)
 * @property {string[]} outputs files and folders it writes
 */

/** @type {Generator[]} */
export const generators = [
	{
		script: 'gen:validators',
		inputs: ['catalog/schema', 'scripts/build-validators.js', 'scripts/schema-files.js'],
		outputs: ['src/lib/generated']
	},
	{
		script: 'gen:i18n',
		inputs: ['messages', 'project.inlang/settings.json', 'scripts/compile-messages.js'],
		outputs: ['src/lib/paraglide']
	}
];

/**
 * The files at `path` relative to `root`, sorted: every file under it if it is a folder, itself
 * if it is a file, none if it is missing.
 * @param {string} root
 * @param {string} path
 */
function filesAt(root, path) {
	const full = join(root, path);
	const stat = statSync(full, { throwIfNoEntry: false });
	if (!stat) return [];
	if (!stat.isDirectory()) return [path];
	return readdirSync(full, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile())
		.map((e) => relative(root, join(e.parentPath, e.name)))
		.sort();
}

/**
 * A hash of the names and contents of the files at `paths`.
 * @param {string} root
 * @param {string[]} paths
 */
function contentHash(root, paths) {
	const hash = createHash('sha256');
	for (const file of paths.flatMap((path) => filesAt(root, path))) {
		hash.update(`${file}\0`);
		hash.update(readFileSync(join(root, file)));
		hash.update('\0');
	}
	return hash.digest('hex');
}

/** @param {string} root @param {Generator} generator */
const stampFile = (root, generator) =>
	join(root, 'node_modules/.cache/baukasten', `${generator.script.replace(':', '-')}.json`);

/** The command of an npm script (changing it changes what is generated). @param {string} root @param {string} script */
function command(root, script) {
	try {
		return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts?.[script] ?? '';
	} catch {
		return '';
	}
}

/** @param {string} root @param {Generator} generator */
function state(root, generator) {
	return {
		command: command(root, generator.script),
		inputs: contentHash(root, [...generator.inputs, 'package-lock.json']),
		outputs: contentHash(root, generator.outputs)
	};
}

/**
 * Whether the generator's inputs and outputs are as its last run left them.
 * @param {Generator} generator
 * @param {string} [root] the project folder
 */
export function upToDate(generator, root = projectRoot) {
	try {
		const last = JSON.parse(readFileSync(stampFile(root, generator), 'utf8'));
		const now = state(root, generator);
		return (
			last.command === now.command && last.inputs === now.inputs && last.outputs === now.outputs
		);
	} catch {
		return false;
	}
}

/**
 * Notes the generator's inputs and outputs after a successful run.
 * @param {Generator} generator
 * @param {string} [root] the project folder
 */
export function recordRun(generator, root = projectRoot) {
	const file = stampFile(root, generator);
	mkdirSync(dirname(file), { recursive: true });
	writeIfChanged(file, JSON.stringify(state(root, generator)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const force = process.argv.includes('--force');
	for (const generator of generators) {
		if (!force && upToDate(generator)) {
			console.log(`${generator.script}: up to date`);
			continue;
		}
		const run = spawnSync('npm', ['run', '--silent', generator.script], {
			cwd: projectRoot,
			stdio: 'inherit'
		});
		if (run.status !== 0) process.exit(run.status ?? 1);
		recordRun(generator);
	}
}
