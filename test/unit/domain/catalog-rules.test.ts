/**
 * The catalog check's rules, each against its broken-catalog fixture: a fixture is named after
 * the rule it breaks (`duplicate-block-id.json` → `duplicateBlockId`, variants add a suffix:
 * `dangling-block-reference-funding.json`), and that rule alone must find the problem. Fixtures
 * named after no rule break a rule of the JSON Schema, and the schema alone must find theirs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import jsonPatch, { type Operation } from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import { assembleCatalog, type CatalogFile, type Problem } from '../../../src/lib/domain';
import { fileKind, validators } from '../../../src/lib/domain/catalog-files';
import {
	catalogRules,
	checkIntegrity,
	type IntegrityInput
} from '../../../src/lib/domain/catalog-integrity';
import type { CatalogRule } from '../../../src/lib/domain/catalog-rules';
import { textStartsLikeAFormula } from '../../../src/lib/domain/catalog-text';
import { schemaProblems } from '../../../src/lib/domain/schema-errors';
import { catalogFiles, patchedFiles } from '../helpers/catalog';

interface Fixture {
	name: string;
	rule: string;
	file: string;
	patch: Operation[];
	expectPointerPrefix?: boolean;
	expect: { file: string; pointer: string; de: string; en: string };
}

const fixtureDir = fileURLToPath(new URL('../../fixtures/broken-catalog/', import.meta.url));
const fixtures: Fixture[] = readdirSync(fixtureDir)
	.filter((f) => f.endsWith('.json'))
	.map((f) => ({
		name: f.replace('.json', ''),
		...JSON.parse(readFileSync(fixtureDir + f, 'utf8'))
	}));

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The rule a fixture is named after (the longest rule name its name starts with), if any. */
function ruleOf(fixture: Fixture): CatalogRule | undefined {
	return [...catalogRules]
		.filter((r) => fixture.name === kebab(r.name) || fixture.name.startsWith(`${kebab(r.name)}-`))
		.sort((a, b) => b.name.length - a.name.length)[0];
}

/** The input of the integrity check, put together from files that pass their schemas. */
function integrityInput(files: CatalogFile[]): IntegrityInput {
	const of = (kind: string) => files.filter((f) => fileKind(f.path) === kind);
	const one = <T>(kind: string) => of(kind)[0]!.data as T;
	const located = <T>(kind: string) => of(kind).map((f) => ({ path: f.path, data: f.data as T }));
	return {
		meta: one('meta'),
		categories: one<{ categories: [] }>('categories').categories,
		phases: one<{ phases: [] }>('phases').phases,
		blocks: one<{ blocks: [] }>('blocks').blocks,
		scenarios: located('scenario'),
		states: located('state'),
		solutions: located('solution'),
		planning: {
			files: {
				dependencies: one('dependencies'),
				funding: one('funding'),
				staffing: one('staffing'),
				costs: one('costs'),
				cooperation: one('cooperation')
			}
		}
	};
}

/** The name of the rule a fixture breaks, for the test's title. */
function brokenRule(fixture: Fixture): string {
	if (fixture.name === kebab(textStartsLikeAFormula.name)) return textStartsLikeAFormula.name;
	return ruleOf(fixture)?.name ?? 'the schema';
}

/** What the fixture's rule alone finds in the broken files. */
function foundBy(fixture: Fixture, files: CatalogFile[]): { by: string; problems: Problem[] } {
	const rule = ruleOf(fixture);
	if (rule)
		return { by: rule.name, problems: checkIntegrity(integrityInput(files), [rule]).problems };
	const file = files.find((f) => f.path === fixture.file)!;
	if (fixture.name === kebab(textStartsLikeAFormula.name))
		return {
			by: textStartsLikeAFormula.name,
			problems: textStartsLikeAFormula(file.path, file.data)
		};
	return {
		by: 'the schema',
		problems: schemaProblems(validators[fileKind(file.path)!], file.data, file.path)
	};
}

function expected(fixture: Fixture, problems: Problem[]): Problem | undefined {
	return problems.find(
		(p) =>
			p.file === fixture.expect.file &&
			(fixture.expectPointerPrefix
				? p.pointer.startsWith(fixture.expect.pointer)
				: p.pointer === fixture.expect.pointer)
	);
}

describe('a broken catalog', () => {
	it.each(fixtures.map((f) => ({ ...f, breaks: brokenRule(f) })))(
		'$name breaks $breaks: $rule',
		(fixture) => {
			const files = patchedFiles(fixture.file, fixture.patch);
			const whole = assembleCatalog(files);
			expect(whole.catalog).toBeUndefined();
			const { by, problems } = foundBy(fixture, files);
			const match = expected(fixture, problems);
			expect(match, `${by} found ${JSON.stringify(problems, null, 1)}`).toBeDefined();
			expect(match!.message.de).toContain(fixture.expect.de);
			expect(match!.message.en).toContain(fixture.expect.en);
			expect(whole.problems).toContainEqual(match);
		}
	);

	it('has a fixture for every rule of the check', () => {
		const covered = new Set(fixtures.map(brokenRule));
		const rules = [...catalogRules, textStartsLikeAFormula].map((r) => r.name);
		expect(rules.filter((name) => !covered.has(name))).toEqual([]);
	});

	it('gives every rule a name of its own', () => {
		const names = catalogRules.map((r) => r.name);
		expect(new Set(names).size).toBe(names.length);
		expect(names.every((name) => /^[a-z][A-Za-z]+$/.test(name))).toBe(true);
	});
});

describe('a catalog broken in many places at once', () => {
	const fixture = JSON.parse(
		readFileSync(
			fileURLToPath(new URL('../../fixtures/catalog-broken-everywhere.json', import.meta.url)),
			'utf8'
		)
	) as { patches: { file: string; patch: Operation[] }[]; expect: string[] };

	it('reports every problem, by file, then by entry, then in the order of the rules', () => {
		const files = catalogFiles();
		for (const { file, patch } of fixture.patches) {
			const target = files.find((f) => f.path === file)!;
			target.data = jsonPatch.applyPatch(target.data, patch, true, true).newDocument;
		}
		const { problems } = assembleCatalog(files);
		expect(problems.map((p) => `${p.file}#${p.pointer}: ${p.message.de}`)).toEqual(fixture.expect);
	});
});
