/**
 * plan(configuration, catalog, options): the Maßnahmenplan. Every block of the gap analysis
 * with an open status (gap-status.ts `openStatuses`) becomes one measure: what (the block and
 * its next step), who, what it depends on (catalog/dependencies.json), when (a quarter), an
 * effort class, funding programmes that could pay for it and whether cooperation suits it.
 * Measures come in a topological order of their dependencies; a measure the user moved keeps
 * its quarter, and where that breaks a dependency the plan says so.
 */
import type { Configuration, CooperationFile, LocalizedText, PlanSettings } from '../schema/types';
import { analyzeGaps, type GapAnalysis } from './analyze-gaps';
import { indexCatalog, type Catalog } from './catalog';
import { openStatuses, type GapStatus } from './gap-status';
import { matchFunding, planCosts, type FundingMatch, type PlanCosts } from './plan-money';
import { topologicalOrder } from './plan-order';
import { effortOf, effortQuarters, whoOf, type EffortClass, type Party } from './plan-rules';
import { estimateStaffing, type StaffingEstimate } from './plan-staffing';
import {
	addQuarters,
	isQuarter,
	nextQuarter,
	quarterId,
	quarterLabel,
	quarterNumber,
	quarterRange,
	quarterStartDate,
	type QuarterId
} from './quarter';

export interface PlanOptions {
	/** "Today", for the default start (the next quarter). Default: now. */
	today?: Date;
	/** Overrides the configuration's plan settings (the wizard passes its draft's). */
	settings?: PlanSettings;
	/** An analysis already computed for this configuration. */
	analysis?: GapAnalysis;
}

export interface Dependency {
	block: string;
	reason: LocalizedText;
	expertJudgement: boolean;
}

export interface Conflict {
	/** The measure this one depends on, which ends too late. */
	block: string;
	message: LocalizedText;
}

export interface Measure {
	/** The block of the analysis this measure comes from. */
	block: string;
	name: LocalizedText;
	status: GapStatus;
	what: LocalizedText;
	who: Party[];
	dependsOn: Dependency[];
	effort: EffortClass;
	/** First and last quarter. */
	start: QuarterId;
	end: QuarterId;
	/** The quarter the plan itself would choose. */
	scheduled: QuarterId;
	moved: boolean;
	conflicts: Conflict[];
	/** Programme ids that could fund it (usable ones only). */
	funding: string[];
	cooperation: boolean;
}

export interface Plan {
	start: QuarterId;
	/** Expected phase change (transition phase only). */
	phaseChange?: QuarterId;
	end: QuarterId;
	quarters: QuarterId[];
	/** In topological order: nothing comes before a measure it depends on. */
	measures: Measure[];
	warnings: LocalizedText[];
	staffing: StaffingEstimate;
	costs: PlanCosts;
	funding: FundingMatch[];
	cooperation: { small: boolean; forms: CooperationFile['forms'] };
}

/** Transition phase: the IQSH expects the state's services for all schools in under 36 months. */
export const TRANSITION_QUARTERS = 12;

export function plan(config: Configuration, catalog: Catalog, options: PlanOptions = {}): Plan {
	const index = indexCatalog(catalog);
	const analysis = options.analysis ?? analyzeGaps(config, catalog);
	const settings = options.settings ?? config.plan ?? {};
	const warnings: LocalizedText[] = [];
	const start =
		settings.start && isQuarter(settings.start)
			? settings.start
			: nextQuarter(options.today ?? new Date());
	const targetPhase = index.phase.get(config.phase)?.targetState === true;
	const phaseChange = targetPhase
		? undefined
		: settings.phaseChange && isQuarter(settings.phaseChange)
			? settings.phaseChange
			: addQuarters(start, TRANSITION_QUARTERS);
	const { profile } = config;
	const { cooperation, dependencies } = catalog.planning;
	const small =
		profile.schoolCount <= cooperation.smallCarrierSchools || profile.itStaff === 'none';
	const suited = new Set(cooperation.suitedBlocks);

	const rows = analysis.rows.filter((r) => openStatuses.has(r.status));
	const blocks = rows.map((r) => r.block);
	const inPlan = new Set(blocks);
	const edges = dependencies
		.filter((d) => inPlan.has(d.before) && inPlan.has(d.after))
		.map((d) => [d.before, d.after] as const);
	let order = topologicalOrder(blocks, edges);
	if (!order) {
		order = blocks;
		warnings.push({
			de: 'Die Abhängigkeiten im Katalog bilden einen Kreis; der Plan folgt der Reihenfolge des Katalogs.',
			en: 'The dependencies in the catalog form a cycle; the plan follows the catalog order.'
		});
	}
	const rowOf = new Map(rows.map((r) => [r.block, r]));
	const startDate = quarterStartDate(start);
	const funding = matchFunding(catalog.planning.funding, profile.state, startDate, blocks);
	const usable = funding.filter((f) => f.usable);

	const placed = new Map<string, { start: number; end: number }>();
	const scheduled: Measure[] = order.map((block) => {
		const row = rowOf.get(block)!;
		const info = index.block.get(block);
		const name = info?.name ?? { de: block, en: block };
		const technical = index.category.get(row.category)?.technical ?? true;
		const effort = effortOf(row, technical, profile);
		const duration = effortQuarters[effort];
		const dependsOn: Dependency[] = dependencies
			.filter((d) => d.after === block && inPlan.has(d.before))
			.map((d) => ({
				block: d.before,
				reason: d.reason,
				expertJudgement: d.expertJudgement === true
			}));
		let earliest = quarterNumber(start);
		for (const d of dependsOn) {
			const before = placed.get(d.block);
			if (before) earliest = Math.max(earliest, before.end + 1);
		}
		if (
			phaseChange &&
			row.status === 'overlap' &&
			(row.action === 'switch-off' || row.action === 'phase-out')
		)
			earliest = Math.max(earliest, quarterNumber(phaseChange));
		const move = settings.moves?.[block];
		const moved = move !== undefined && isQuarter(move);
		const first = moved ? quarterNumber(move) : earliest;
		placed.set(block, { start: first, end: first + duration - 1 });
		const solutions = row.solutions
			.filter((s) => s.level === 'full' || s.level === 'partial')
			.map((s) => index.solution.get(s.solution)?.name ?? s.solution)
			.join(', ');
		const cooperates = suited.has(block) || (small && technical);
		return {
			block,
			name,
			status: row.status,
			what: { de: `${name.de}: ${row.nextStep.de}`, en: `${name.en}: ${row.nextStep.en}` },
			who: whoOf(row, {
				profile,
				stateServices: row.stateServices.map((s) => s.name).join(', '),
				solutions,
				cooperation: cooperates && small
			}),
			dependsOn,
			effort,
			start: quarterId(first),
			end: quarterId(first + duration - 1),
			scheduled: quarterId(earliest),
			moved,
			conflicts: [],
			funding: usable.filter((f) => f.measures.includes(block)).map((f) => f.programme.id),
			cooperation: cooperates
		};
	});

	// The same order by time: among measures free to go next, the earliest start first.
	const byTime =
		topologicalOrder(order, edges, new Map([...placed].map(([block, p]) => [block, p.start]))) ??
		order;
	const position = new Map(scheduled.map((m) => [m.block, m]));
	const measures = byTime.map((block) => position.get(block)!);

	// A moved measure may now start before something it depends on ends, or a dependency was
	// moved after it: both break the order the catalog gives.
	for (const m of measures) {
		for (const d of m.dependsOn) {
			const before = placed.get(d.block)!;
			if (before.end >= quarterNumber(m.start)) {
				const other = index.block.get(d.block)?.name ?? { de: d.block, en: d.block };
				const message: LocalizedText = {
					de: `„${m.name.de}“ beginnt ${quarterLabel(m.start)}, hängt aber von „${other.de}“ ab, das erst ${quarterLabel(quarterId(before.end))} fertig ist. ${d.reason.de}`,
					en: `"${m.name.en}" starts ${quarterLabel(m.start)} but depends on "${other.en}", which is only done ${quarterLabel(quarterId(before.end))}. ${d.reason.en}`
				};
				m.conflicts.push({ block: d.block, message });
				warnings.push(message);
			}
		}
	}

	const lastEnd = Math.max(quarterNumber(start), ...[...placed.values()].map((p) => p.end));
	const firstStart = Math.min(quarterNumber(start), ...[...placed.values()].map((p) => p.start));
	const end = quarterId(lastEnd);
	if (phaseChange && lastEnd >= quarterNumber(phaseChange))
		warnings.push({
			de: `Der Plan reicht bis ${quarterLabel(end)} und damit über den erwarteten Phasenwechsel (${quarterLabel(phaseChange)}) hinaus: Prüfen Sie Reihenfolge, Personal und Dienstleister.`,
			en: `The plan runs until ${quarterLabel(end)}, past the expected phase change (${quarterLabel(phaseChange)}): review the order, staff and providers.`
		});
	const staffCost = catalog.planning.costs.find((c) => c.staff);
	return {
		start,
		phaseChange,
		end,
		quarters: quarterRange(
			quarterId(firstStart),
			quarterId(Math.max(lastEnd, phaseChange ? quarterNumber(phaseChange) : lastEnd))
		),
		measures,
		warnings,
		staffing: estimateStaffing(profile, config.scenario, catalog.planning.staffing, staffCost),
		costs: planCosts(catalog.planning.costs, config, blocks),
		funding,
		cooperation: { small, forms: cooperation.forms }
	};
}
