/**
 * The user's edits to the Maßnahmenplan: start, expected phase change, and moving a measure to
 * another quarter (or back to where the plan puts it). Kept in the draft, so they survive a
 * reload and travel with the configuration.
 */
import { indexCatalog, isQuarter, type Catalog } from '../domain';
import type { PlanSettings } from '../schema/types';

export type PlanEdit =
	| { type: 'plan.set'; field: 'start' | 'phaseChange'; quarter: string | null }
	| { type: 'measure.move'; block: string; quarter: string | null };

/** The settings after an edit, or undefined when the edit is invalid (unknown block, no quarter). */
export function editPlan(
	settings: PlanSettings,
	edit: PlanEdit,
	catalog: Catalog
): PlanSettings | undefined {
	if (edit.quarter !== null && !isQuarter(edit.quarter)) return undefined;
	if (edit.type === 'plan.set') {
		const next = { ...settings };
		if (edit.quarter === null) delete next[edit.field];
		else next[edit.field] = edit.quarter;
		return next;
	}
	if (!indexCatalog(catalog).block.has(edit.block)) return undefined;
	const moves = { ...settings.moves };
	if (edit.quarter === null) delete moves[edit.block];
	else moves[edit.block] = edit.quarter;
	if (Object.keys(moves).length) return { ...settings, moves };
	const { moves: _emptied, ...rest } = settings;
	return rest;
}
