/**
 * The entry of the `baukasten` command, bundled into bin/baukasten.js by scripts/build-cli.js:
 * the arguments in, the exit code out. A closed pipe on stdout (`baukasten … | head`) ends the
 * command quietly instead of with a stack trace.
 */
import { main } from './main';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
	throw error;
});
process.exitCode = await main(process.argv.slice(2));
