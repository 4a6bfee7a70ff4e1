// `npm run size`: what every prerendered page of build/ loads at start – JS, CSS, fonts and the
// catalog data inlined into it – against the budgets of issue 13 (scripts/size/budgets.js).
// Prints one row per page (pages built from one template, like the 16 state pages, as one row
// with their largest figures) and exits 1 when a page breaks a budget, naming page and budget.
//
//   node scripts/size-report.js [build folder]
//
// JS and CSS are counted as the server sends them: the sizes of the .gz and .br the build wrote
// beside each file (gzip -9, brotli 11), compressed here where it wrote none; fonts as their
// woff2 bytes (already compressed). Lazily loaded JS is shown, not budgeted.
import { existsSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import { budgetViolations, budgets, kb } from './size/budgets.js';
import { measureBuild } from './size/measure.js';

/** @typedef {import('./size/measure.js').PageSize} PageSize */

/**
 * Pages built from one template (same folder, same route nodes) as one group.
 * @param {PageSize[]} pages
 * @returns {{ label: string, pages: PageSize[] }[]}
 */
export function groupPages(pages) {
	/** @type {Map<string, PageSize[]>} */
	const groups = new Map();
	for (const page of pages) {
		const key = `${posix.dirname(page.path)}|${page.signature}`;
		groups.set(key, [...(groups.get(key) ?? []), page]);
	}
	return [...groups.values()].map((members) => {
		const first = /** @type {PageSize} */ (members[0]);
		const dir = posix.dirname(first.path);
		return {
			label: members.length === 1 ? first.path : `${dir === '/' ? '' : dir}/* (${members.length})`,
			pages: members
		};
	});
}

/** @param {PageSize[]} pages @param {(p: PageSize) => number} value */
const largest = (pages, value) => Math.max(...pages.map(value));

/**
 * The report as a Markdown table (it goes into the README as it is).
 * @param {{ label: string, pages: PageSize[] }[]} groups
 */
export function formatTable(groups) {
	const header = [
		'Seite/page',
		'JS gz / br',
		'CSS gz / br',
		'Schriften/fonts',
		'Daten/data gz',
		'HTML gz',
		'nachgeladen/lazy JS gz',
		'Urteil/verdict'
	];
	const rows = groups.map(({ label, pages }) => {
		const broken = budgets.filter((b) => pages.some((p) => b.applies(p) && b.value(p) > b.limit));
		const faces = [...new Set(pages.flatMap((p) => p.fonts.faces))].sort().join(' ');
		return [
			label,
			`${kb(largest(pages, (p) => p.js.gz))} / ${kb(largest(pages, (p) => p.js.br))}`,
			`${kb(largest(pages, (p) => p.css.gz))} / ${kb(largest(pages, (p) => p.css.br))}`,
			`${kb(largest(pages, (p) => p.fonts.bytes))} (${faces})`,
			`${kb(largest(pages, (p) => p.data.gz))} (${largest(pages, (p) => p.data.files)})`,
			kb(largest(pages, (p) => p.html.gz)),
			kb(largest(pages, (p) => p.lazy.gz)),
			broken.length ? `ÜBER/OVER: ${broken.map((b) => b.name).join(', ')}` : 'ok'
		];
	});
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	/** @param {string[]} cells */
	const line = (cells) =>
		`| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
	return [
		line(header),
		`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
		...rows.map(line)
	].join('\n');
}

/** @param {string} buildDir @returns {number} the exit code */
export function sizeReport(buildDir) {
	if (!existsSync(resolve(buildDir, 'index.html'))) {
		console.error(`${buildDir}/index.html fehlt / is missing: run \`npm run build\` first.`);
		return 2;
	}
	const started = performance.now();
	const pages = measureBuild(resolve(buildDir));
	console.log(formatTable(groupPages(pages)));
	console.log(
		`\n${pages.length} Seiten/pages; KB = 1.024 Bytes; JS/CSS: gzip -9 / brotli 11 je Datei/per file; ` +
			`Schriften/fonts: woff2-Bytes der Schnitte, die die Seite anfordern kann/of the faces the page can ask for; ` +
			`Daten/data: von SvelteKit in die Seite eingebettete Antworten/responses inlined by SvelteKit (Anzahl/count).`
	);
	console.log(
		`Budgets: ${budgets.map((b) => `${b.name} ≤ ${kb(b.limit)} KB`).join(', ')} ` +
			`(${Math.round(performance.now() - started)} ms)`
	);
	const broken = budgetViolations(pages);
	if (broken.length === 0) {
		console.log('\nAlle Budgets eingehalten / all budgets met.');
		return 0;
	}
	console.log(`\n${broken.length} Budgets überschritten / budgets broken:`);
	for (const line of broken) console.log(`  ${line}`);
	return 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname))
	process.exitCode = sizeReport(
		process.argv[2] ?? resolve(dirname(new URL(import.meta.url).pathname), '../build')
	);
