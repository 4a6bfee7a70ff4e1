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
import { gapStatuses, nextStep, type GapStatus } from './gap-status';
import { classifyBlock } from './classify-block';
import { effectiveBlocks } from './scenario-blocks';
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
	/** true when at least one state service covering the block is available in this phase. */
	stateAvailable: boolean;
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
	warnings: LocalizedText[];
}

/** A literal, not built from gapStatuses: this runs for every category of every analysis. */
const emptyCounts = (): Record<GapStatus, number> => ({
	state: 0,
	'state-pending': 0,
	solution: 0,
	existing: 0,
	gap: 0,
	overlap: 0,
	optional: 0,
	removed: 0
});
Object.fromEntries(gapStatuses.map((s) => [s, 0])) as Record<GapStatus, number>;

/**
 * Next-step texts repeat across blocks and carriers: each distinct one is built once. The key is
 * short (the texts depend on the state's offer object, which is itself cached per state and
 * phase, and on the covering solutions' names).
 */
const stepCache = new WeakMap<object, Map<string | number, LocalizedText>>();
const noOfferKey = {};
const statusCode = Object.fromEntries(gapStatuses.map((status, i) => [status, i])) as Record<
	GapStatus,
	number
>;
const actionCode: Record<OverlapAction, number> = {
	'phase-out': 1,
	'switch-off': 2,
	connect: 3,
	redundant: 4
};

function cachedStep(
	offerKey: object,
	status: GapStatus,
	action: OverlapAction | undefined,
	ctx: Parameters<typeof nextStep>[2]
): LocalizedText {
	let perOffer = stepCache.get(offerKey);
	if (!perOffer) stepCache.set(offerKey, (perOffer = new Map()));
	// A number for the few combinations of status and flags; the solutions' names for 'solution'.
	const key =
		status === 'solution'
			? ctx.solutions
			: statusCode[status] * 32 +
				(action ? actionCode[action] : 0) * 4 +
				(ctx.planned ? 2 : 0) +
				(ctx.stateExpectedButMissing ? 1 : 0);
	let step = perOffer.get(key);
	if (!step) perOffer.set(key, (step = nextStep(status, action, ctx)));
	return step;
}

export function analyzeGaps(config: Configuration, catalog: Catalog): GapAnalysis {
	const index = indexCatalog(catalog);
	const state = config.profile.state;
	const offers = stateOffers(catalog, state, config.phase);
	const chosen = config.solutions
		.map((id) => index.solution.get(id))
		.filter((s) => s !== undefined);
	const added = new Set(config.customizations.added);
	const byStatus = emptyCounts();
	const byCategory: Record<string, Record<GapStatus, number>> = {};
	const warnings: LocalizedText[] = [];

	const rows = effectiveBlocks(catalog, config.scenario, config.phase, config.customizations).map(
		(eb): GapRow => {
			const category = index.block.get(eb.block)?.category ?? '';
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
				stateAvailable: offer.available,
				inventory,
				addedByCarrier: added.has(eb.block),
				coveredBySolution: coveringNames !== ''
			});
			let warning: LocalizedText | undefined;
			if (status === 'removed' && eb.assignment && !optional) {
				const name = index.block.get(eb.block)?.name ?? { de: eb.block, en: eb.block };
				warning = {
					de: `„${name.de}“ gehört zum Szenario und wurde entfernt: Klären Sie, wer diese Aufgabe stattdessen übernimmt.`,
					en: `"${name.en}" is part of the scenario and was removed: clarify who takes on this task instead.`
				};
				warnings.push(warning);
			}

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
				solutions,
				inventory,
				status,
				action,
				nextStep: cachedStep(offer.services.length ? offer : noOfferKey, status, action, {
					services: offer.serviceNames,
					solutions: coveringNames,
					planned: inventory === 'planned',
					pendingStatus: offer.pendingStatus,
					stateExpectedButMissing: eb.responsible === 'both'
				}),
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
		warnings
	};
}
