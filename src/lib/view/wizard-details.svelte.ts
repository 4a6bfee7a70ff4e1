/**
 * What the steps after the recommendation show of the carrier's draft: the scenario's blocks with
 * the carrier's edits, the gap analysis, how the chosen solutions fit, the plan and the link to
 * the comparison. Computed once per change for all of these steps, from the assistant's
 * `WizardView`; this module comes with those steps' code, so the questions and the
 * recommendation do not load it.
 */
import {
	addQuarters,
	analyzeGaps,
	effectiveBlocks,
	nextQuarter,
	plan,
	quarterLabel,
	quarterRange,
	solutionFit,
	TRANSITION_QUARTERS,
	type EffectiveBlock,
	type GapAnalysis,
	type Plan,
	type QuarterId,
	type SolutionFit
} from '$lib/domain';
import { comparisonSearch, defaultComparisonQuery } from './comparison-query';
import type { WizardView } from './wizard-view.svelte';

/** Quarters offered as the plan's start: a year back, three years ahead. */
const START_BACK = -4;
const START_AHEAD = 12;
/** Quarters offered for the expected phase change after the plan's start. */
const CHANGE_AHEAD = 16;

/** A field read before the draft had a scenario. */
function required<T>(value: T | undefined, what: string): T {
	if (value === undefined)
		throw new Error(`The assistant has no ${what} before a scenario is set.`);
	return value;
}

export class WizardDetails {
	readonly #view: WizardView;

	constructor(view: WizardView) {
		this.#view = view;
	}

	readonly #blocks: EffectiveBlock[] | undefined = $derived.by(() => {
		const draft = this.#view.draft;
		return draft?.scenario && draft.phase
			? effectiveBlocks(this.#view.catalog, draft.scenario, draft.phase, draft.customizations)
			: undefined;
	});

	// Arrow functions: the fields are read (lazily) only after the constructor has set `#view`.
	readonly #analysis: GapAnalysis | undefined = $derived.by(() => {
		const config = this.#view.configuration;
		return config && analyzeGaps(config, this.#view.catalog);
	});

	readonly #solutionFit: SolutionFit | undefined = $derived.by(
		() => this.#analysis && solutionFit(this.#analysis, this.#view.catalog)
	);

	readonly #plan: Plan | undefined = $derived.by(() => {
		const config = this.#view.configuration;
		return (
			config && plan(config, this.#view.catalog, { analysis: required(this.#analysis, 'analysis') })
		);
	});

	readonly #comparisonSearch = $derived.by(() => {
		const draft = this.#view.draft;
		if (!draft?.scenario || !draft.phase || !draft.profile.state) return undefined;
		return comparisonSearch({
			...defaultComparisonQuery(this.#view.catalog),
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

const detailsOf = new WeakMap<WizardView, WizardDetails>();

/**
 * The details of the assistant's view, made the first time a step asks for them and then shared.
 * In the browser they live in an effect root of their own: made inside the first step's
 * component, their `$derived` fields would stop following the draft once the carrier moved on to
 * the next step (test/e2e/assistent.e2e.ts, "an answer changed after going back"). On the server,
 * where effects do not run, they are made directly.
 */
export function wizardDetails(view: WizardView): WizardDetails {
	let details = detailsOf.get(view);
	if (!details) {
		$effect.root(() => {
			details = new WizardDetails(view);
		});
		details ??= new WizardDetails(view);
		detailsOf.set(view, details);
	}
	return details;
}
