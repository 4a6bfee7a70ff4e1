/**
 * analyzeGaps(configuration, catalog): for every block of the carrier's scenario (with its
 * changes), who is responsible, which state services and chosen solutions cover it, exactly one
 * status (the rule is in classify-block.ts) and the next step.
 */
import type {
	Confidence,
	Configuration,
	CoverageLevel,
	LocalizedText,
	OverlapAction,
	Responsible
} from '../schema/types';
import { indexCatalog, type Catalog } from './catalog';
import { nextStep, type GapStatus, type StepContext } from './gap-status';
import { analysisNotices } from './analysis-notices';
import { bestSolutionDepth, classifyBlock } from './classify-block';
import { effectiveBlocks } from './scenario-blocks';
import { offeredIn } from './solution-region';
import { stateOffer, stateOffers, type StateServiceCoverage } from './state-view';

export type { StateServiceCoverage };

export interface SolutionCoverage {
	solution: string;
	level: CoverageLevel;
	note?: LocalizedText;
}

export interface GapRow {
	block: string;
	category: string;
	responsible: Responsible;
	/** The scenario's assignment before the carrier's swap, if the block is in the scenario. */
	scenarioResponsible?: Responsible;
	confidence?: Confidence;
	optional: boolean;
	overridden: boolean;
	added: boolean;
	stateServices: StateServiceCoverage[];
	/** true when at least one state service covering the block is available today. */
	stateAvailable: boolean;
	/** Where the available state services cover only partly: what stays with the carrier. */
	carrierKeeps?: LocalizedText;
	solutions: SolutionCoverage[];
	inventory?: 'existing' | 'planned' | 'missing';
	status: GapStatus;
	action?: OverlapAction;
	nextStep: LocalizedText;
	warning?: LocalizedText;
}

export interface GapAnalysis {
	scenario: string;
	phase: string;
	state: string;
	rows: GapRow[];
	summary: {
		byStatus: Record<GapStatus, number>;
		byCategory: Record<string, Record<GapStatus, number>>;
	};
	/** Blocks the carrier removed although the scenario needs them. */
	warnings: LocalizedText[];
	/**
	 * What the carrier must know to read the result: a city-state, a target phase with state
	 * services that are not there yet, a chosen solution not offered in the state.
	 */
	notices: LocalizedText[];
}

/** A literal, not built from gapStatuses: this runs for every category of every analysis. */
const emptyCounts = (): Record<GapStatus, number> => ({
	state: 0,
	'state-partial': 0,
	'state-pending': 0,
	'state-offer': 0,
	overlap: 0,
	solution: 0,
	'solution-partial': 0,
	existing: 0,
	gap: 0,
	optional: 0,
	removed: 0
});

/**
 * Next-step texts repeat across carriers: each distinct one is built once per catalog and
 * state. The key names the block, the status and what the text depends on.
 */
const stepCache = new WeakMap<Catalog, Map<string, LocalizedText>>();

function cachedStep(
	catalog: Catalog,
	key: string,
	status: GapStatus,
	action: OverlapAction | undefined,
	ctx: () => StepContext
): LocalizedText {
	let cache = stepCache.get(catalog);
	if (!cache) stepCache.set(catalog, (cache = new Map()));
	let step = cache.get(key);
	if (!step) {
		if (cache.size > 50000) cache.clear();
		cache.set(key, (step = nextStep(status, action, ctx())));
	}
	return step;
}

const candidateCache = new WeakMap<Catalog, Map<string, string>>();

/** Up to three catalog solutions offered in the state that cover the block fully. */
function candidates(catalog: Catalog, state: string, block: string): string {
	let cache = candidateCache.get(catalog);
	if (!cache) candidateCache.set(catalog, (cache = new Map()));
	const key = `${state}|${block}`;
	let names = cache.get(key);
	if (names === undefined) {
		names = catalog.solutions
			.filter((s) => offeredIn(s, state) && s.coverage[block]?.level === 'full')
			.slice(0, 3)
			.map((s) => s.name)
			.join(', ');
		cache.set(key, names);
	}
	return names;
}

export function analyzeGaps(config: Configuration, catalog: Catalog): GapAnalysis {
	const index = indexCatalog(catalog);
	const state = config.profile.state;
	const offers = stateOffers(catalog, state);
	const chosen = config.solutions
		.map((id) => index.solution.get(id))
		.filter((s) => s !== undefined);
	const added = new Set(config.customizations.added);
	const byStatus = emptyCounts();
	const byCategory: Record<string, Record<GapStatus, number>> = {};
	const warnings: LocalizedText[] = [];

	const rows = effectiveBlocks(catalog, config.scenario, config.phase, config.customizations).map(
		(eb): GapRow => {
			const block = index.block.get(eb.block);
			const category = block?.category ?? '';
			const offer = stateOffer(offers, eb.block);
			const solutions: SolutionCoverage[] = [];
			let coveringNames = '';
			for (const s of chosen) {
				const rating = s.coverage[eb.block];
				const level = rating?.level ?? 'unknown';
				solutions.push({ solution: s.id, level, note: rating?.note });
				if (level === 'full' || level === 'partial')
					coveringNames += (coveringNames ? ', ' : '') + s.name;
			}
			const inventory = config.inventory[eb.block];
			const optional = eb.assignment?.optional === true;

			const { status, action } = classifyBlock({
				block: eb,
				stateDepth: offer.depth,
				inventory,
				addedByCarrier: added.has(eb.block),
				solutionDepth: bestSolutionDepth(chosen, eb.block)
			});
			let warning: LocalizedText | undefined;
			if (status === 'removed' && eb.assignment && !optional) {
				const name = block?.name ?? { de: eb.block, en: eb.block };
				warning = {
					de: `„${name.de}“ gehört zum Szenario und wurde entfernt: Klären Sie, wer diese Aufgabe stattdessen übernimmt.`,
					en: `"${name.en}" is part of the scenario and was removed: clarify who takes on this task instead.`
				};
				warnings.push(warning);
			}
			const planned = inventory === 'planned';
			const existing = inventory === 'existing';
			const expectedButMissing = eb.responsible === 'both' && !offer.available;
			byStatus[status]++;
			(byCategory[category] ??= emptyCounts())[status]++;
			return {
				block: eb.block,
				category,
				responsible: eb.responsible,
				scenarioResponsible: eb.assignment?.responsible,
				confidence: eb.assignment?.confidence,
				optional,
				overridden: eb.overridden,
				added: eb.added,
				stateServices: offer.services,
				stateAvailable: offer.available,
				...(offer.carrierKeeps ? { carrierKeeps: offer.carrierKeeps } : {}),
				solutions,
				inventory,
				status,
				action,
				nextStep: cachedStep(
					catalog,
					`${state}|${eb.block}|${status}|${action ?? ''}|${planned}|${existing}|${expectedButMissing}|${coveringNames}`,
					status,
					action,
					() => ({
						block: block?.name ?? { de: eb.block, en: eb.block },
						openStep: block?.openStep ??
							index.category.get(category)?.openStep ?? { de: '', en: '' },
						technical: index.category.get(category)?.technical ?? true,
						services: offer.serviceNames,
						pendingStatus: offer.pendingStatus,
						carrierKeeps: offer.carrierKeeps,
						solutions: coveringNames,
						candidates: candidates(catalog, state, eb.block),
						planned,
						existing,
						stateExpectedButMissing: expectedButMissing
					})
				),
				warning
			};
		}
	);
	return {
		scenario: config.scenario,
		phase: config.phase,
		state,
		rows,
		summary: { byStatus, byCategory },
		warnings,
		notices: analysisNotices(config, catalog, chosen)
	};
}
