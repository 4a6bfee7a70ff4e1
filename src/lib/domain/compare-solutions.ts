/**
 * compareSolutions(context, solutionIds, catalog): 2–8 system solutions side by side over the
 * blocks of a scenario (with the carrier's changes). A solution's share counts the carrier's
 * responsible blocks (carrier or both, not optional, not removed): full = 1, partial = 0.5,
 * none and unknown = 0 — a score, so every summary also counts full, partial, none and unknown
 * cells separately. Where a solution covers a block that an available state service already
 * covers fully, it duplicates the state (not where the scenario connects to the state or
 * complements it). A solution tied to other states says so.
 */
import type { CoverageLevel, LocalizedText, Responsible, SourceRef } from '../schema/types';
import { indexCatalog, type Catalog } from './catalog';
import { problem, type Problem } from './problem';
import { offeredIn } from './solution-region';
import { effectiveBlocks, noCustomizations, type Customizations } from './scenario-blocks';

export interface ComparisonContext {
	scenario: string;
	phase: string;
	state: string;
	customizations?: Customizations;
}

export const coveragePoints: Record<CoverageLevel, number> = {
	full: 1,
	partial: 0.5,
	none: 0,
	unknown: 0
};

export const MIN_SOLUTIONS = 2;
export const MAX_SOLUTIONS = 8;

export interface ComparisonCell {
	solution: string;
	level: CoverageLevel;
	note?: LocalizedText;
	sources: SourceRef[];
	/**
	 * The solution covers a block an available state service already covers fully, and the
	 * scenario does not mean to connect or complement there.
	 */
	duplicatesState: boolean;
}

export interface ComparisonRow {
	block: string;
	category: string;
	responsible: Responsible;
	/** Counted in the shares: the carrier must provide it. */
	carrierBlock: boolean;
	/** Names of the state services available today that cover this block (fully or partly). */
	stateServices: string[];
	cells: ComparisonCell[];
	/** true when the solutions do not all rate this block the same. */
	differs: boolean;
}

export interface Share {
	covered: number;
	total: number;
	share: number;
}

export interface SolutionSummary extends Share {
	solution: string;
	/** The carrier's blocks counted by rating; `covered` above is the weighted score. */
	counts: Record<CoverageLevel, number>;
	byCategory: Record<string, Share>;
	/** Carrier blocks the solution rates none or unknown. */
	open: string[];
	/** Carrier blocks with no sourced rating for this solution. */
	unknown: string[];
	/** false when the solution is tied to other states (`availableIn`); see `availabilityNote`. */
	offeredInState: boolean;
	availabilityNote?: LocalizedText;
	/** Blocks where the solution duplicates an available state service. */
	duplicates: string[];
}

export interface SolutionComparison {
	context: { scenario: string; phase: string; state: string };
	solutions: string[];
	scoring: { points: Record<CoverageLevel, number>; explanation: LocalizedText };
	rows: ComparisonRow[];
	perSolution: SolutionSummary[];
	/** Carrier blocks that no compared solution covers at all. */
	openForAll: string[];
}

/** Problems with a list of solution ids (count and existence); [] when fine. */
export function solutionIdProblems(
	ids: string[],
	catalog: Catalog,
	file = '--solutions'
): Problem[] {
	const index = indexCatalog(catalog);
	const problems: Problem[] = [];
	if (ids.length < MIN_SOLUTIONS || ids.length > MAX_SOLUTIONS)
		problems.push(
			problem(
				file,
				'',
				`Bitte ${MIN_SOLUTIONS} bis ${MAX_SOLUTIONS} Systemlösungen wählen (gewählt: ${ids.length}).`,
				`Choose ${MIN_SOLUTIONS} to ${MAX_SOLUTIONS} solutions (chosen: ${ids.length}).`
			)
		);
	if (new Set(ids).size !== ids.length)
		problems.push(
			problem(file, '', 'Eine Systemlösung ist doppelt gewählt.', 'A solution is chosen twice.')
		);
	for (const id of ids)
		if (!index.solution.has(id))
			problems.push(
				problem(
					file,
					'',
					`Die Systemlösung „${id}“ gibt es im Katalog nicht.`,
					`Solution "${id}" does not exist in the catalog.`
				)
			);
	return problems;
}

const share = (covered: number, total: number): Share => ({
	covered,
	total,
	share: total ? covered / total : 0
});

/** Throws on invalid ids; check them first with solutionIdProblems. */
export function compareSolutions(
	context: ComparisonContext,
	solutionIds: string[],
	catalog: Catalog
): SolutionComparison {
	const problems = solutionIdProblems(solutionIds, catalog);
	if (problems.length) throw new RangeError(problems.map((p) => p.message.en).join(' '));
	const index = indexCatalog(catalog);
	const solutions = solutionIds.map((id) => index.solution.get(id)!);
	const stateBlocks = index.stateCoverage.get(context.state);
	const added = new Set(context.customizations?.added ?? []);

	const rows: ComparisonRow[] = effectiveBlocks(
		catalog,
		context.scenario,
		context.phase,
		context.customizations ?? noCustomizations
	)
		.filter((eb) => !eb.removed)
		.map((eb) => {
			const available = (stateBlocks?.get(eb.block) ?? []).filter(
				({ service }) => service.status === 'available'
			);
			const stateServices = available.map(({ service }) => service.name);
			// Connecting to the state's IDM and complementing its rules are intended, not duplicates.
			const overlap = eb.responsible === 'both' ? eb.assignment?.overlap : undefined;
			const stateCoversFully =
				overlap !== 'connect' &&
				overlap !== 'complement' &&
				available.some(({ coverage }) => coverage.level === 'full');
			const cells = solutions.map((s): ComparisonCell => {
				const rating = s.coverage[eb.block];
				const level = rating?.level ?? 'unknown';
				return {
					solution: s.id,
					level,
					note: rating?.note,
					sources: rating?.sources ?? [],
					duplicatesState: stateCoversFully && coveragePoints[level] > 0
				};
			});
			const optional = eb.assignment?.optional === true && !added.has(eb.block);
			return {
				block: eb.block,
				category: index.block.get(eb.block)?.category ?? '',
				responsible: eb.responsible,
				carrierBlock: !optional && eb.responsible !== 'state',
				stateServices,
				cells,
				differs: new Set(cells.map((c) => c.level)).size > 1
			};
		});

	const carrierRows = rows.filter((r) => r.carrierBlock);
	const perSolution = solutions.map((s, i): SolutionSummary => {
		const points = (r: ComparisonRow) => coveragePoints[r.cells[i]!.level];
		const byCategory: Record<string, Share> = {};
		for (const category of catalog.categories) {
			const inCategory = carrierRows.filter((r) => r.category === category.id);
			if (inCategory.length)
				byCategory[category.id] = share(
					inCategory.reduce((sum, r) => sum + points(r), 0),
					inCategory.length
				);
		}
		const counts: Record<CoverageLevel, number> = { full: 0, partial: 0, none: 0, unknown: 0 };
		for (const r of carrierRows) counts[r.cells[i]!.level]++;
		return {
			solution: s.id,
			...share(
				carrierRows.reduce((sum, r) => sum + points(r), 0),
				carrierRows.length
			),
			counts,
			byCategory,
			open: carrierRows.filter((r) => points(r) === 0).map((r) => r.block),
			unknown: carrierRows.filter((r) => r.cells[i]!.level === 'unknown').map((r) => r.block),
			offeredInState: offeredIn(s, context.state),
			...(s.availableIn && !offeredIn(s, context.state)
				? { availabilityNote: s.availableIn.note }
				: {}),
			duplicates: rows.filter((r) => r.cells[i]!.duplicatesState).map((r) => r.block)
		};
	});
	return {
		context: { scenario: context.scenario, phase: context.phase, state: context.state },
		solutions: solutionIds,
		scoring: {
			points: coveragePoints,
			explanation: {
				de: 'Punktwert über die Bausteine, die der Schulträger selbst stellt: vollständig = 1, teilweise = 0,5, nicht abgedeckt oder unbekannt = 0. Unbekannte Bewertungen werden getrennt gezählt – sie heißen „nicht belegt“, nicht „nicht abgedeckt“.',
				en: 'A score over the blocks the carrier provides itself: full = 1, partial = 0.5, none or unknown = 0. Unknown ratings are counted separately – they mean "not sourced", not "not covered".'
			}
		},
		rows,
		perSolution,
		openForAll: carrierRows
			.filter((r) => r.cells.every((c) => coveragePoints[c.level] === 0))
			.map((r) => r.block)
	};
}
