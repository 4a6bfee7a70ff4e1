/**
 * What changes in a scenario from one phase to another: blocks that move from the carrier to the
 * state, blocks that become an overlap of both (with the scenario's meaning of the overlap), other
 * changes of who provides a block, and blocks that appear or disappear. Works for any number of
 * phases; the UI compares neighbouring phases (`comparedPhases`).
 */
import type { BlockAssignment, OverlapAction, Scenario } from '../schema/types';
import { sortBlockIds, type Catalog } from './catalog';

export interface PhaseChange {
	block: string;
	/** The assignment in the earlier phase; missing when the block appears. */
	from?: BlockAssignment;
	/** The assignment in the later phase; missing when the block disappears. */
	to?: BlockAssignment;
}

export interface ScenarioPhaseDiff {
	scenario: string;
	from: string;
	to: string;
	/** The state takes over what the carrier provided (alone or together with the state). */
	toState: PhaseChange[];
	/** New overlaps: the block becomes "both"; `to.overlap` says what the overlap means. */
	newOverlaps: PhaseChange[];
	/** Any other change: back to the carrier, or a block stops or starts being optional. */
	otherChanges: PhaseChange[];
	appeared: PhaseChange[];
	disappeared: PhaseChange[];
}

/** Number of listed changes; 0 means both phases assign the same blocks the same way. */
export function changeCount(diff: ScenarioPhaseDiff): number {
	return (
		diff.toState.length +
		diff.newOverlaps.length +
		diff.otherChanges.length +
		diff.appeared.length +
		diff.disappeared.length
	);
}

/** Throws for a phase the scenario does not have (the catalog check requires every phase). */
export function scenarioPhaseDiff(
	catalog: Catalog,
	scenario: Scenario,
	from: string,
	to: string
): ScenarioPhaseDiff {
	const assignments = (phase: string) => {
		const assignment = scenario.phases[phase];
		if (!assignment) throw new Error(`Scenario "${scenario.id}" has no phase "${phase}"`);
		return new Map(assignment.blocks.map((a) => [a.block, a]));
	};
	const before = assignments(from);
	const after = assignments(to);
	const diff: ScenarioPhaseDiff = {
		scenario: scenario.id,
		from,
		to,
		toState: [],
		newOverlaps: [],
		otherChanges: [],
		appeared: [],
		disappeared: []
	};
	for (const block of sortBlockIds(catalog, new Set([...before.keys(), ...after.keys()]))) {
		const change = { block, from: before.get(block), to: after.get(block) };
		if (!change.from) diff.appeared.push(change);
		else if (!change.to) diff.disappeared.push(change);
		else if (change.from.responsible !== change.to.responsible) {
			if (change.to.responsible === 'state') diff.toState.push(change);
			else if (change.to.responsible === 'both') diff.newOverlaps.push(change);
			else diff.otherChanges.push(change);
		} else if (Boolean(change.from.optional) !== Boolean(change.to.optional))
			diff.otherChanges.push(change);
	}
	return diff;
}

/**
 * The two phases to compare when `phase` is shown: the previous phase and this one, or for the
 * first phase this one and the next, so that changes always read forward in time. undefined when
 * the catalog has a single phase.
 */
export function comparedPhases(
	phaseIds: readonly string[],
	phase: string
): { from: string; to: string } | undefined {
	const i = phaseIds.indexOf(phase);
	if (i < 0 || phaseIds.length < 2) return undefined;
	return i === 0
		? { from: phaseIds[0]!, to: phaseIds[1]! }
		: { from: phaseIds[i - 1]!, to: phaseIds[i]! };
}

/**
 * The new overlaps grouped by what the overlap means (phase out, switch off, connect, intended
 * redundancy), in the order the meanings first occur; `undefined` when the scenario gives none.
 */
export function overlapsByMeaning(
	diff: ScenarioPhaseDiff
): { overlap: OverlapAction | undefined; changes: PhaseChange[] }[] {
	const groups = new Map<OverlapAction | undefined, PhaseChange[]>();
	for (const change of diff.newOverlaps) {
		const overlap = change.to?.overlap;
		groups.set(overlap, [...(groups.get(overlap) ?? []), change]);
	}
	return [...groups].map(([overlap, changes]) => ({ overlap, changes }));
}
