/**
 * Integrity of the catalog across its files, beyond what a JSON Schema can say: the check walks
 * the catalog's places (catalog-places.ts) and applies every rule of `catalogRules` to each.
 * Every problem names the file, the JSON pointer and says what is wrong in German and English.
 */
import type {
	Block,
	CatalogMeta,
	Scenario,
	Solution,
	SourceDefinition,
	State
} from '../schema/types';
import type { PlanningFiles } from './compose-catalog';
import type { Category, Phase } from './catalog';
import { catalogPlaces } from './catalog-places';
import * as rules from './catalog-rules';
import type { CatalogRule } from './catalog-rules';
import * as planningRules from './planning-integrity';
import { problem, type Problem } from './problem';

interface Located<T> {
	path: string;
	data: T;
}

export interface IntegrityInput {
	meta: CatalogMeta;
	categories: Category[];
	phases: Phase[];
	blocks: Block[];
	scenarios: Located<Scenario>[];
	states: Located<State>[];
	solutions: Located<Solution>[];
	planning: { files: PlanningFiles };
}

export interface IntegrityResult {
	problems: Problem[];
	sources: Map<string, SourceDefinition>;
}

/** What every rule may look up: the catalog's ids and sources, and where to report. */
export interface RuleContext {
	/** Every source by id; where an id is defined twice, the first definition. */
	sources: Map<string, SourceDefinition>;
	ids: Record<'category' | 'phase' | 'block' | 'scenario' | 'solution', Set<string>>;
	report: (file: string, pointer: string, de: string, en: string) => void;
}

/**
 * Every rule, in the order in which one place's problems are reported (a block's missing
 * category before its dangling sources before its hyphenation). The places themselves come in
 * the order of the catalog's files.
 */
export const catalogRules: readonly CatalogRule[] = [
	rules.duplicateSourceId,
	rules.duplicateCategoryId,
	rules.duplicatePhaseId,
	rules.duplicateBlockId,
	rules.duplicateScenarioId,
	rules.duplicateServiceId,
	rules.duplicateSolutionId,
	rules.fileNameMismatch,
	rules.stateUnknownDefaultPhase,
	rules.scenarioUnknownPhase,
	rules.blockWithoutCategory,
	planningRules.staffingUnknownScenario,
	planningRules.costUnknownSolution,
	planningRules.costMaxBelowMin,
	rules.danglingBlockReference,
	rules.blockTwiceInPhase,
	rules.blockTwiceInService,
	rules.danglingSourceReference,
	planningRules.dependencyOnItself,
	rules.blockHyphenationDiffersFromName,
	rules.scenarioMissingPhase,
	rules.solutionMissingRating,
	planningRules.dependencyCycle,
	rules.idChangeKeepsOldId,
	rules.idChangeToUnknownId
];

/** Every source definition of the catalog, in file order; the first of a duplicate id wins. */
function definedSources(input: IntegrityInput): Map<string, SourceDefinition> {
	const sources = new Map<string, SourceDefinition>();
	for (const list of [
		input.meta.sources,
		...input.states.map((s) => s.data.sources),
		...input.solutions.map((s) => s.data.sources),
		...Object.values(input.planning.files).map((f) => f.sources)
	])
		for (const source of list ?? []) if (!sources.has(source.id)) sources.set(source.id, source);
	return sources;
}

/** Runs the rules (all of them unless told otherwise) on every place of the catalog. */
export function checkIntegrity(
	input: IntegrityInput,
	ruleset: readonly CatalogRule[] = catalogRules
): IntegrityResult {
	const problems: Problem[] = [];
	const ids = (list: { id: string }[]) => new Set(list.map((entry) => entry.id));
	const ctx: RuleContext = {
		sources: definedSources(input),
		ids: {
			category: ids(input.categories),
			phase: ids(input.phases),
			block: ids(input.blocks),
			scenario: ids(input.scenarios.map((s) => s.data)),
			solution: ids(input.solutions.map((s) => s.data))
		},
		report: (file, pointer, de, en) => problems.push(problem(file, pointer, de, en))
	};
	for (const place of catalogPlaces(input)) for (const rule of ruleset) rule(place, ctx);
	return { problems, sources: ctx.sources };
}
