/**
 * Pages show what the view layer (`$lib/view/*`) computed and never call the engine themselves:
 * no file under `src/routes` imports a function from `$lib/domain`. Types and constants (status
 * lists, limits) may still come from it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as domain from '../../../src/lib/domain';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const routes = join(root, 'src/routes');

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return files(path);
		return /\.(svelte|ts|js)$/.test(entry.name) ? [path] : [];
	});
}

/** The value (not type-only) names a source imports from `$lib/domain` or one of its modules. */
function domainValueImports(source: string): string[] {
	const names: string[] = [];
	const statement =
		/import\s+(type\s+)?([^;]*?)\s+from\s+['"](?:\$lib|(?:\.\.\/)+lib)\/domain(?:\/[^'"]*)?['"]/g;
	for (const [, typeOnly, clause] of source.matchAll(statement)) {
		if (typeOnly) continue;
		const star = /\*\s+as\s+(\w+)/.exec(clause!);
		if (star) names.push('*');
		const braces = /\{([^}]*)\}/.exec(clause!);
		const defaultName = clause!
			.replace(/\{[^}]*\}/, '')
			.replace(/,/g, '')
			.trim();
		if (defaultName && !star) names.push('default');
		for (const item of braces?.[1]?.split(',') ?? []) {
			const name = item.trim();
			if (name && !name.startsWith('type ')) names.push(name.split(/\s+as\s+/)[0]!.trim());
		}
	}
	return names;
}

/** A name that is not a plain value of the engine's barrel counts as a function: be strict. */
const isFunction = (name: string) => {
	const value = (domain as Record<string, unknown>)[name];
	return value === undefined || typeof value === 'function';
};

describe('routes and the engine', () => {
	it('finds value imports, ignores type imports', () => {
		const source = `
			import { analyzeGaps, openStatuses, type GapRow } from '$lib/domain';
			import type { Plan } from '$lib/domain';
			import { plan as makePlan } from '$lib/domain/plan';
			import * as engine from '$lib/domain';
			import { filterBlocks } from '../../lib/domain/block-search';`;
		const found = domainValueImports(source);
		expect(found).toEqual(['analyzeGaps', 'openStatuses', 'plan', '*', 'filterBlocks']);
		expect(found.filter(isFunction)).toEqual(['analyzeGaps', 'plan', '*', 'filterBlocks']);
	});

	it('no file under src/routes imports an engine function', () => {
		const offenders = files(routes).flatMap((path) =>
			domainValueImports(readFileSync(path, 'utf8'))
				.filter(isFunction)
				.map((name) => `${relative(root, path)}: ${name}`)
		);
		expect(files(routes).length).toBeGreaterThan(80);
		expect(offenders).toEqual([]);
	});
});
