/**
 * solutionFit(analysis, catalog): the chosen solutions side by side over the carrier's own
 * work in a gap analysis — how many of those blocks each covers fully, partly, not, or
 * unknown (counted and shown, never silently 0), what stays open with each one, and what
 * stays open with all of them together. Works for one solution as for eight; the wizard's
 * solutions step and the report show it.
 */
import type { CoverageLevel } from '../schema/types';
import type { GapAnalysis, GapRow } from './analyze-gaps';
import { indexCatalog, type Catalog } from './catalog';
import { offeredIn } from './solution-region';

export interface SingleSolutionFit {
	solution: string;
	counts: Record<CoverageLevel, number>;
	/** Carrier blocks this solution covers neither fully nor partly (none or unknown). */
	open: string[];
	/** Carrier blocks this solution has no sourced rating for. */
	unknown: string[];
	offeredInState: boolean;
}

export interface SolutionFit {
	/** The carrier's blocks a solution could take: its own, not optional, not removed. */
	blocks: string[];
	solutions: SingleSolutionFit[];
	/** Carrier blocks no chosen solution covers fully or partly. */
	openWithAll: string[];
	/** Carrier blocks the chosen solutions cover only partly (the rest stays open). */
	partialWithAll: string[];
}

/**
 * A block the carrier must provide itself in this analysis, so a solution could take it: its
 * own blocks (open, planned, existing, offered by the state), what it must bridge or keep where
 * the state covers only partly or not yet, and overlaps where it keeps its own (connect,
 * parallel, complement) — not where it phases out or switches off in favour of the state.
 */
export function isCarrierWork(row: GapRow): boolean {
	switch (row.status) {
		case 'state':
		case 'optional':
		case 'removed':
			return false;
		case 'overlap':
			return row.action !== 'phase-out' && row.action !== 'switch-off';
		default:
			return true;
	}
}

export function solutionFit(analysis: GapAnalysis, catalog: Catalog): SolutionFit {
	const index = indexCatalog(catalog);
	const rows = analysis.rows.filter(isCarrierWork);
	const ids = rows[0]?.solutions.map((s) => s.solution) ?? [];
	const solutions = ids.map((id, i): SingleSolutionFit => {
		const counts: Record<CoverageLevel, number> = { full: 0, partial: 0, none: 0, unknown: 0 };
		const open: string[] = [];
		const unknown: string[] = [];
		for (const row of rows) {
			const level = row.solutions[i]!.level;
			counts[level]++;
			if (level === 'none' || level === 'unknown') open.push(row.block);
			if (level === 'unknown') unknown.push(row.block);
		}
		const solution = index.solution.get(id)!;
		return {
			solution: id,
			counts,
			open,
			unknown,
			offeredInState: offeredIn(solution, analysis.state)
		};
	});
	const best = (row: GapRow) =>
		row.solutions.some((s) => s.level === 'full')
			? 'full'
			: row.solutions.some((s) => s.level === 'partial')
				? 'partial'
				: 'open';
	return {
		blocks: rows.map((r) => r.block),
		solutions,
		openWithAll: rows.filter((r) => best(r) === 'open').map((r) => r.block),
		partialWithAll: rows.filter((r) => best(r) === 'partial').map((r) => r.block)
	};
}
