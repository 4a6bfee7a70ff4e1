// Keeps only the KERN rules the app uses (vite.config.ts adds this PostCSS plugin). KERN ships one
// 340 KB stylesheet; its per-component SCSS would need Sass and KERN's build, and still bring all
// utilities and icons. PurgeCSS drops every rule whose classes, ids or elements appear nowhere in
// the app's source (templates, scripts, app.html), which is where the built pages and scripts get
// every class from. It runs inside the build, before Vite names the file by its content hash, so
// the hash always matches what is served.
//
// Only src/app.css is purged, and in it only KERN: the app's global rules are fenced off with
// `purgecss start ignore` (PurgeCSS drops any selector with a `:where`), and components' own
// <style> blocks are scoped by Svelte and already hold only what their markup uses.
import purgeCSSPlugin from '@fullhuman/postcss-purgecss';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * What PurgeCSS cannot see or judges wrongly:
 * - badge variants come from data (`kern-badge--{variant}`), so no whole class is in the source;
 * - KERN's base colours (the `--kern-…-contextual` properties) sit on
 *   `:is(body, …):not([class*=kern-level-])`, and PurgeCSS drops a selector made only of
 *   pseudo-classes; with `:is` safelisted it keeps the selector and still prunes the unused
 *   alternatives inside it (KERN has no other `:is`).
 * Pseudo-classes (:focus, :hover, :checked …) and attribute selectors ([aria-…]) need no entry:
 * PurgeCSS keeps a rule when the element and class it is about are used.
 */
export const safelist = {
	standard: [/^kern-badge--/],
	greedy: [/^:is$/]
};

/** The files whose text can name a class, element or attribute on a page. */
export const content = [`${root}src/app.html`, `${root}src/**/*.{svelte,ts,js}`];

const purge = purgeCSSPlugin({
	content,
	safelist,
	// Generated validators and messages make no markup.
	skippedContentGlobs: [`${root}src/lib/generated/**`, `${root}src/lib/paraglide/**`]
});

/** @param {string | undefined} file */
const isAppCss = (file) => file?.split('?')[0] === `${root}src/app.css`;

/**
 * The PostCSS plugin for vite.config.ts.
 * @returns {import('postcss').Plugin}
 */
export function purgeKernCss() {
	return {
		postcssPlugin: 'purge-kern-css',
		OnceExit(css, helpers) {
			if (!isAppCss(css.source?.input.file)) return;
			return /** @type {any} */ (purge).OnceExit(css, helpers);
		}
	};
}
purgeKernCss.postcss = true;
