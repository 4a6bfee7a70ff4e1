/**
 * The `baukasten` command for tests, two ways: in-process through `main(argv, io)` (fast; what most
 * CLI tests use), and as a real `node bin/baukasten.js` process (start-up, exit code and streams;
 * 0.3–5 s a start, so only a few tests use it).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { main } from '../../../scripts/cli/main';

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs `baukasten ...args` in this process; stdout and stderr as the real streams would get them. */
export async function baukasten(...args: string[]): Promise<CliResult> {
	let stdout = '';
	let stderr = '';
	const code = await main(args, {
		out: (text) => (stdout += text + '\n'),
		err: (text) => (stderr += text + '\n')
	});
	return { code, stdout, stderr };
}

const bin = fileURLToPath(new URL('../../../bin/baukasten.js', import.meta.url));
const run = promisify(execFile);

/** Starts `node bin/baukasten.js ...args` as a user's shell would. */
export async function baukastenProcess(...args: string[]): Promise<CliResult> {
	try {
		const { stdout, stderr } = await run(process.execPath, [bin, ...args], { encoding: 'utf8' });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}
