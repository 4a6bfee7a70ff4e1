// `npm run gen:i18n`: compiles the messages (messages/, project.inlang) into src/lib/paraglide
// with Paraglide. `messageOptions` is the one place its options live: vite.config.ts hands the
// same ones to Paraglide's plugin, which recompiles while `vite dev` runs, so the two cannot
// compile differently.
import { compile } from '@inlang/paraglide-js';
import { fileURLToPath } from 'node:url';

export const messageOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// A static site has no server to read cookies or headers: the choice lives in localStorage.
	/** @type {import('@inlang/paraglide-js').CompilerOptions['strategy']} */
	strategy: ['localStorage', 'preferredLanguage', 'baseLocale']
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
	await compile(messageOptions);
