/**
 * Which faces of Fira Sans (src/lib/fonts/fira-sans.css) each page sets its text in, as measured
 * in the browser: every page its body text (Regular) and headings (SemiBold), most pages Medium,
 * the pages with tables, badges and strong text Bold – the assistant's steps once their content is
 * drawn. The italic face stays out: few pages use it, late. A browser test
 * (test/e2e/assets.e2e.ts) loads one page of every route and holds this table to the faces it
 * fetches: a preload the page does not use wastes the line and warns, a face it fetches late lays
 * the page out twice.
 */
export type FontFace = 'Regular' | 'Medium' | 'SemiBold' | 'Bold';

const everyPage: FontFace[] = ['Regular', 'SemiBold'];

const byRoute: Record<string, FontFace[]> = {
	'/': ['Medium'],
	'/abdeckung': ['Medium', 'Bold'],
	'/assistent': ['Medium'],
	'/assistent/[step]': ['Bold'],
	'/barrierefreiheit': ['Medium'],
	'/bausteine': ['Medium'],
	'/bausteine/[id]': ['Medium', 'Bold'],
	'/impressum': ['Medium'],
	'/laender': ['Medium', 'Bold'],
	'/laender/[code]': ['Medium', 'Bold'],
	'/szenarien': ['Medium', 'Bold'],
	'/vergleich': ['Medium']
};

/** The faces to preload for a route (SvelteKit's route id; none for the SPA fallback page). */
export function fontFacesOf(routeId: string | null): FontFace[] {
	return [...everyPage, ...((routeId && byRoute[routeId]) || [])];
}

/** The routes the table names (for the test that holds it to the browser). */
export const routesWithFonts = Object.keys(byRoute);
