/**
 * Pages reach the engine through the view layer (`$lib/view/*`), not by themselves: no file
 * under src/routes imports a value from `$lib/domain` (types are fine, they cost nothing at
 * run time and name what a page receives).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const routes = join(root, 'src/routes');

/**
 * Assistant files that still call the engine themselves; they move to the view layer in their
 * own branch. Remove an entry once its file is clean (the test says so), never add one.
 */
const knownOffenders = new Set([
	'src/routes/assistent/ConfigurationImport.svelte',
	'src/routes/assistent/OpenProblems.svelte',
	'src/routes/assistent/steps/BlockEditRow.svelte',
	'src/routes/assistent/steps/BlocksStep.svelte',
	'src/routes/assistent/steps/CriteriaTable.svelte',
	'src/routes/assistent/steps/GapList.svelte',
	'src/routes/assistent/steps/GapsStep.svelte',
	'src/routes/assistent/steps/PhaseChoice.svelte',
	'src/routes/assistent/steps/PlanSettings.svelte',
	'src/routes/assistent/steps/PlanStep.svelte',
	'src/routes/assistent/steps/RecommendationStep.svelte',
	'src/routes/assistent/steps/ResultPlan.svelte',
	'src/routes/assistent/steps/ResultStep.svelte',
	'src/routes/assistent/steps/SchoolTypesQuestion.svelte',
	'src/routes/assistent/steps/SolutionFitTable.svelte',
	'src/routes/assistent/steps/SolutionsStep.svelte'
]);

const domainImport =
	/import\s+(type\s+)?([^'";]*?)\s*from\s*['"](\$lib\/domain(?:\/[^'"]*)?|(?:\.\.\/)+lib\/domain(?:\/[^'"]*)?)['"]|import\s*['"]\$lib\/domain[^'"]*['"]/g;

/** The `$lib/domain` imports of a source text that bring in values, as written. */
function domainValueImports(source: string): string[] {
	const found: string[] = [];
	for (const match of source.matchAll(domainImport)) {
		const [statement, typeOnly, clause] = match;
		if (typeOnly) continue;
		// A side-effect import (`import '$lib/domain'`) has no clause and runs the module.
		if (clause === undefined) {
			found.push(statement);
			continue;
		}
		const named = /\{([^}]*)\}/.exec(clause);
		const names = (named?.[1] ?? '')
			.split(',')
			.map((n) => n.trim())
			.filter(Boolean);
		// A default or namespace import, or any named import without `type`, is a value.
		const outside = clause.replace(/\{[^}]*\}/, '').replace(/[\s,]/g, '');
		if (outside || names.some((n) => !n.startsWith('type '))) found.push(statement);
	}
	return found;
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(svelte|ts|js)$/.test(entry.name) ? [path] : [];
	});
}

describe('domainValueImports', () => {
	it('finds value imports in every form', () => {
		const sources = [
			"import { indexCatalog } from '$lib/domain';",
			"import { indexCatalog, type Catalog } from '$lib/domain/catalog';",
			"import {\n\tcompareStates,\n\ttype StateComparison\n} from '$lib/domain/state-comparison';",
			"import * as domain from '$lib/domain';",
			"import domain from '$lib/domain';",
			"import '$lib/domain';",
			"import { filterBlocks } from '../../lib/domain/block-search';"
		];
		for (const source of sources) expect(domainValueImports(source), source).toHaveLength(1);
	});

	it('lets type-only imports and the view layer pass', () => {
		const source = [
			"import type { Catalog } from '$lib/domain';",
			"import { type Catalog, type Phase } from '$lib/domain/catalog';",
			"import { indexCatalog } from '$lib/view/states';",
			"import { m } from '$lib/paraglide/messages.js';"
		].join('\n');
		expect(domainValueImports(source)).toEqual([]);
	});
});

describe('route files', () => {
	const files = sourceFiles(routes).map((path) => ({
		name: relative(root, path).replaceAll('\\', '/'),
		imports: domainValueImports(readFileSync(path, 'utf8'))
	}));

	it('are found', () => {
		expect(files.length).toBeGreaterThan(50);
	});

	it('import no values from $lib/domain, only through $lib/view', () => {
		const offenders = files
			.filter((f) => f.imports.length > 0 && !knownOffenders.has(f.name))
			.map((f) => `${f.name}: ${f.imports.join(' ')}`);
		expect(offenders).toEqual([]);
	});

	it('list no known offender that is clean by now', () => {
		const clean = files
			.filter((f) => knownOffenders.has(f.name) && f.imports.length === 0)
			.map((f) => f.name);
		const gone = [...knownOffenders].filter((name) => !files.some((f) => f.name === name));
		expect([...clean, ...gone]).toEqual([]);
	});
});
