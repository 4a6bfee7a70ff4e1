// Runs while the pages are prerendered (there is no server at run time).
import type { Handle } from '@sveltejs/kit';

/**
 * The body text's font file (regular, Latin; src/lib/fonts/fira-sans.css). Preloaded from every
 * page so that it loads with the stylesheet instead of after it: a browser finds a font in CSS
 * only when it lays out text. The other faces are needed later or not at all on a page.
 */
const bodyFont = /\/FiraSans-Regular-latin\.[\w-]+\.woff2$/;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		// SvelteKit's default (scripts and styles) plus the body font.
		preload: ({ type, path }) =>
			type === 'js' || type === 'css' || (type === 'font' && bodyFont.test(path))
	});
