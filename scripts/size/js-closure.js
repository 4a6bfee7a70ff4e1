// The JavaScript a page runs at start: its entry modules and everything they import statically,
// followed through the built chunks. Dynamic `import()` is not followed (it loads later, if at
// all), but its targets are collected, so that a report can name what a page loads on demand.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const staticImport =
	/(?:^|[;}\s])(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*(?:as\s+[\w$]+)?)?\s*from\s*["']([^"']+)["']|(?:^|[;}\s])import\s*["']([^"']+)["']/g;
const dynamicImport = /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

/** @type {Map<string, { imports: string[], dynamic: string[] }>} */
const parsed = new Map();

/**
 * The relative imports of one built module, as absolute file paths.
 * @param {string} file
 */
export function moduleImports(file) {
	const known = parsed.get(file);
	if (known) return known;
	const code = readFileSync(file, 'utf8');
	/** @param {string} spec */
	const resolve = (spec) => (spec.startsWith('.') ? join(dirname(file), spec) : undefined);
	/** @param {(string | undefined)[]} specs */
	const existing = (specs) =>
		[...new Set(specs.map((s) => s && resolve(s)))].filter(
			/** @returns {f is string} */ (f) => f !== undefined && existsSync(f)
		);
	const result = {
		imports: existing([...code.matchAll(staticImport)].map((m) => m[1] ?? m[2])),
		dynamic: existing([...code.matchAll(dynamicImport)].map((m) => m[1]))
	};
	parsed.set(file, result);
	return result;
}

/**
 * Every module reachable from `entries` through static imports.
 * @param {Iterable<string>} entries
 * @returns {Set<string>}
 */
export function staticClosure(entries) {
	const seen = new Set();
	const queue = [...entries].filter((f) => existsSync(f));
	while (queue.length) {
		const file = /** @type {string} */ (queue.pop());
		if (seen.has(file)) continue;
		seen.add(file);
		queue.push(...moduleImports(file).imports);
	}
	return seen;
}

/**
 * What the page's own code loads on demand: the static closure of every dynamic import made by a
 * module of the page, except SvelteKit's route table (the entry modules' imports of every other
 * page), less what the page loads at start anyway.
 * @param {Set<string>} closure the page's start modules
 * @param {Iterable<string>} entries the modules the page's HTML names (the route table lives there)
 */
export function lazyClosure(closure, entries) {
	const routeTables = new Set(entries);
	const targets = [...closure]
		.filter((file) => !routeTables.has(file))
		.flatMap((file) => moduleImports(file).dynamic);
	return new Set([...staticClosure(targets)].filter((file) => !closure.has(file)));
}
