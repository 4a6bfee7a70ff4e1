/**
 * What the assistant shows of the carrier's draft, computed once per change and shared by every
 * step: the configuration document, the recommendation, the scenario's blocks, the gap analysis,
 * how the solutions fit and the plan. The step components read these fields and never call the
 * engine themselves, so the gap analysis is not rebuilt in each component that shows it.
 * Each field is a `$derived`: it is computed when a component first reads it and again only when
 * the draft or the catalog (the chosen state's file arriving) changes.
 */
import {
	addQuarters,
	analyzeGaps,
	effectiveBlocks,
	indexCatalog,
	nextQuarter,
	plan,
	quarterLabel,
	quarterRange,
	solutionFit,
	TRANSITION_QUARTERS,
	type Catalog,
	type EffectiveBlock,
	type GapAnalysis,
	type Plan,
	type QuarterId,
	type SolutionFit
} from '$lib/domain';
import type { Configuration } from '$lib/schema/types';
import { configurationOf, recommendationOf } from '$lib/wizard/derive';
import type { WizardDraft } from '$lib/wizard/draft';
import type { WizardSession } from '$lib/wizard/wizard-session.svelte';
import { comparisonSearch, defaultComparisonQuery } from './comparison-query';

/** Quarters offered as the plan's start: a year back, three years ahead. */
const START_BACK = -4;
const START_AHEAD = 12;
/** Quarters offered for the expected phase change after the plan's start. */
const CHANGE_AHEAD = 16;

/** A field of a step after the recommendation, read before the draft had a scenario. */
function required<T>(value: T | undefined, what: string): T {
	if (value === undefined)
		throw new Error(`The assistant has no ${what} before a scenario is set.`);
	return value;
}

export class WizardView {
	readonly #session: () => WizardSession | undefined;
	readonly #catalog: () => Catalog;

	constructor(session: () => WizardSession | undefined, catalog: () => Catalog) {
		this.#session = session;
		this.#catalog = catalog;
	}

	readonly catalog = $derived.by(() => this.#catalog());
	readonly index = $derived(indexCatalog(this.catalog));
	readonly draft: WizardDraft | undefined = $derived.by(() => this.#session()?.draft);

	/** The document as it would be saved, once profile, phase and scenario are set. */
	readonly configuration: Configuration | undefined = $derived(
		this.draft && configurationOf(this.draft, this.catalog)
	);

	/** The ranking of the scenarios, once every question is answered. */
	readonly recommendation = $derived(
		this.draft ? recommendationOf(this.draft, this.catalog) : undefined
	);

	readonly #blocks: EffectiveBlock[] | undefined = $derived(
		this.draft?.scenario && this.draft.phase
			? effectiveBlocks(
					this.catalog,
					this.draft.scenario,
					this.draft.phase,
					this.draft.customizations
				)
			: undefined
	);

	readonly #analysis: GapAnalysis | undefined = $derived(
		this.configuration && analyzeGaps(this.configuration, this.catalog)
	);

	readonly #solutionFit: SolutionFit | undefined = $derived(
		this.#analysis && solutionFit(this.#analysis, this.catalog)
	);

	readonly #plan: Plan | undefined = $derived(
		this.configuration &&
			plan(this.configuration, this.catalog, { analysis: required(this.#analysis, 'analysis') })
	);

	readonly #comparisonSearch = $derived.by(() => {
		const draft = this.draft;
		if (!draft?.scenario || !draft.phase || !draft.profile.state) return undefined;
		return comparisonSearch({
			...defaultComparisonQuery(this.catalog),
			scenario: draft.scenario,
			phase: draft.phase,
			state: draft.profile.state,
			customizations: draft.customizations,
			solutions: draft.solutions
		});
	});

	/** The scenario's blocks in the chosen phase with the carrier's edits (removed ones marked). */
	get blocks(): EffectiveBlock[] {
		return required(this.#blocks, 'blocks');
	}

	/** The gap analysis of the configuration. */
	get analysis(): GapAnalysis {
		return required(this.#analysis, 'gap analysis');
	}

	/** How the chosen solutions cover the carrier's open blocks. */
	get solutionFit(): SolutionFit {
		return required(this.#solutionFit, 'solution fit');
	}

	/** The plan of measures for the open blocks, with the carrier's plan settings. */
	get plan(): Plan {
		return required(this.#plan, 'plan');
	}

	/** The query of `/vergleich` with this configuration's context and solutions. */
	get comparisonSearch(): string {
		return required(this.#comparisonSearch, 'comparison');
	}

	/** The quarter after today, fixed when the view is made: the options do not shift mid-visit. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never mutated
	readonly #today = nextQuarter(new Date());

	/**
	 * The quarters the plan settings offer, with their labels: the start (a year back, three
	 * years ahead of today) and the expected phase change (from the plan's start on), each with
	 * the quarter the engine assumes when the carrier leaves it open.
	 */
	readonly #planTimes = $derived.by(() => {
		const start = this.plan.start;
		const option = (id: QuarterId) => ({ id, label: quarterLabel(id) });
		return {
			defaultStart: quarterLabel(this.#today),
			starts: quarterRange(
				addQuarters(this.#today, START_BACK),
				addQuarters(this.#today, START_AHEAD)
			).map(option),
			defaultChange: quarterLabel(addQuarters(start, TRANSITION_QUARTERS)),
			changes: quarterRange(start, addQuarters(start, CHANGE_AHEAD)).map(option)
		};
	});

	get planTimes() {
		return this.#planTimes;
	}
}
