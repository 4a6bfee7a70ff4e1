import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { precompress } from './scripts/precompress.js';

/**
 * An adapter that runs `inner` and then precompresses what it wrote to `dir`.
 * @param {import('@sveltejs/kit').Adapter} inner
 * @param {string} dir
 * @returns {import('@sveltejs/kit').Adapter}
 */
const precompressed = (inner, dir) => ({
	...inner,
	async adapt(builder) {
		await inner.adapt(builder);
		await precompress(dir);
	}
});

/** Where adapter-static writes the site, and so where it is precompressed. */
const out = 'build';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	// No `window.__svelte` version marker in every page's code.
	compilerOptions: { runes: true, discloseVersion: false, experimental: { async: true } },
	kit: {
		// Links and assets as absolute paths: the client resolves links that way, so prerendered
		// relative ones ("../bausteine/x") were rewritten on every page while it hydrated. The site
		// is served from the root of its host (deploy/).
		paths: { relative: false },
		// A page's own small stylesheets go into its HTML: each was a request that holds back the
		// first paint (a step of the assistant linked a dozen, one per step component it may show).
		// KERN's stylesheet, shared by every page and cached, stays a file.
		inlineStyleThreshold: 8 * 1024,
		// A .br and a .gz beside every page, script, style and data file: scripts/precompress.js
		// (adapter-static's own `precompress` spent three times the CPU for 2 % fewer bytes).
		adapter: precompressed(
			adapter({ pages: out, assets: out, fallback: '200.html', strict: true }),
			out
		),
		csp: {
			// Prerendered pages get a <meta http-equiv="content-security-policy"> with script hashes.
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// SvelteKit's route announcer carries one inline style attribute (sveltejs/kit#11993);
				// this hash allows exactly that attribute and nothing else.
				'style-src': [
					'self',
					'unsafe-hashes',
					'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='
				],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};
