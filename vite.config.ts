import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { messageOptions } from './scripts/compile-messages.js';
import { purgeKernCss } from './scripts/purge-kern-css.js';
import { formatIsoDate } from './src/lib/i18n/format-date';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const meta = readJson('catalog/catalog.json');

/**
 * Unit test files share their workers' modules instead of importing the engine, the catalog and
 * the CLI afresh for each file: that was more than half of the unit tests' time. A file that
 * replaces a module (`vi.mock`) needs a module graph of its own and runs isolated; it is found
 * by that call, so a new one cannot leak its mock into other files.
 */
const unitTests = (readdirSync('test/unit', { recursive: true }) as string[])
	.filter((file) => file.endsWith('.test.ts'))
	.map((file) => `test/unit/${file.replaceAll('\\', '/')}`);
const replacesModules = unitTests.filter((file) =>
	/\bvi\.(mock|doMock)\(/.test(readFileSync(file, 'utf8'))
);

/**
 * The fuzz tests' work grows with FUZZ_RUNS (at 10,000 cases in CI, 17–35 s per file); they
 * start first. Vitest starts files it has not timed yet by size, so the small fuzz-cli file
 * started last and ran alone for 12 s at the end of a CI run while the other core stood idle.
 * Found by their call to `fuzzRuns(`.
 */
const fuzzTests = new Set(
	unitTests
		.filter((file) => /\bfuzzRuns\(/.test(readFileSync(file, 'utf8')))
		.map((file) => resolve(file))
);

async function fuzzFirstSequencer() {
	const { BaseSequencer } = await import('vitest/node');
	return class FuzzFirst extends BaseSequencer {
		override async sort(files: Parameters<InstanceType<typeof BaseSequencer>['sort']>[0]) {
			const sorted = await super.sort(files);
			const first = (file: (typeof sorted)[number]) => fuzzTests.has(resolve(file.moduleId));
			return [...sorted.filter(first), ...sorted.filter((file) => !first(file))];
		}
	};
}
// Only under vitest: `vite build` reads this file too.
const fuzzFirst = process.env.VITEST ? await fuzzFirstSequencer() : undefined;

// `npm run gen` compiles the messages before every build and test run (`gen:i18n`); the plugin
// recompiles them while `vite dev` runs. Not in a build or in vitest: it rewrites
// src/lib/paraglide, which svelte-check and the unit tests read while `npm test` builds the site.
const watchMessages = (command: string) =>
	command === 'serve' && !process.env.VITEST ? [paraglideVitePlugin(messageOptions)] : [];

export default defineConfig(({ command }) => ({
	plugins: [sveltekit(), ...watchMessages(command)],
	// The footer and the start page name the catalog's version, date and size on every page;
	// built in as constants, so those pages fetch no catalog file. The date comes written out in
	// both languages: the first `Intl.DateTimeFormat` of a page costs a slow PC 50 ms at start.
	define: {
		__CATALOG_SUMMARY__: JSON.stringify({
			version: meta.catalogVersion,
			released: { de: formatIsoDate(meta.released, 'de'), en: formatIsoDate(meta.released, 'en') },
			blocks: readJson('catalog/blocks.json').blocks.length
		})
	},
	// Only the KERN rules the app uses reach the stylesheet (scripts/purge-kern-css.js).
	css: { postcss: { plugins: [purgeKernCss()] } },
	build: {
		rolldownOptions: {
			output: {
				// One chunk for the runtime every page needs (Svelte, SvelteKit's client, the module
				// preloader, Paraglide's runtime) instead of a dozen small ones: fewer requests and
				// about 1.5 KB gz less on the start page (issue 13: `/` at most 40 KB gz).
				// The root layout and everything it imports go there too: every page loads them
				// anyway, and as half a dozen files of a few hundred bytes each they cost a slow line
				// a round trip apiece (a browser fetches six at a time over HTTP/1.1).
				codeSplitting: {
					groups: [
						{
							name: 'framework',
							test: /[\\/]node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]|^\0rolldown[\\/]runtime|^\0vite[\\/]preload-helper|[\\/]src[\\/]lib[\\/]paraglide[\\/]runtime\.js$|[\\/]src[\\/]routes[\\/]\+layout\.(svelte|ts)$/
						}
					]
				}
			}
		}
	},
	server: { fs: { allow: ['catalog'] } },
	test: {
		environment: 'node',
		testTimeout: 30000,
		// A test that runs no `expect` fails, so that none passes by asserting nothing.
		expect: { requireAssertions: true },
		// All cores: the default leaves one free for the main process, which mostly waits.
		maxWorkers: '100%',
		...(fuzzFirst ? { sequence: { sequencer: fuzzFirst } } : {}),
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['test/unit/**/*.test.ts'],
					exclude: replacesModules,
					isolate: false
				}
			},
			...(replacesModules.length
				? [
						{
							extends: true as const,
							test: { name: 'unit-isolated', include: replacesModules, isolate: true }
						}
					]
				: [])
		]
	}
}));
