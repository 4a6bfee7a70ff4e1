// Runs while the pages are prerendered (there is no server at run time).
import type { Handle } from '@sveltejs/kit';
import { fontFacesOf } from './lib/fonts/font-preloads';

/**
 * The Latin files of the faces a page sets its text in are preloaded, so that they load with the
 * stylesheet: a browser finds a font in CSS only when it lays out text, and a face that arrives
 * after the page has started makes the browser lay the whole page out again – on /laender/sh a
 * task of 180 ms on a slow PC (A/B at 4x CPU, median of 7: TBT 192 -> 103 ms).
 */
export const handle: Handle = ({ event, resolve }) => {
	const fonts = new RegExp(
		`/FiraSans-(${fontFacesOf(event.route.id).join('|')})-latin\\.[\\w-]+\\.woff2$`
	);
	return resolve(event, {
		// SvelteKit's default (scripts and styles) plus the page's fonts.
		preload: ({ type, path }) =>
			type === 'js' || type === 'css' || (type === 'font' && fonts.test(path))
	});
};
