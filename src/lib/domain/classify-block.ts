/**
 * The rule that gives a block of a configuration exactly one status. analyzeGaps explains the
 * result, aggregate only counts it; both call this, so the rule exists once. In order:
 *  1. removed by the carrier -> removed
 *  2. optional in the scenario and not added by the carrier -> optional
 *  3. state block: an available state service -> state, otherwise state-pending
 *  4. both, with an available state service -> overlap, with the scenario's overlap action
 *  5. carrier block (or both without the state): existing in the inventory -> existing;
 *     covered fully or partly by a chosen solution -> solution; otherwise gap
 * Only the availability "available" counts; a pilot or planned service does not cover a block.
 */
import type { OverlapAction, Solution } from '../schema/types';
import type { GapStatus } from './gap-status';
import type { EffectiveBlock } from './scenario-blocks';

export interface BlockFacts {
	block: EffectiveBlock;
	/** An available state service covers the block in this phase. */
	stateAvailable: boolean;
	inventory?: 'existing' | 'planned' | 'missing';
	/** The carrier added the block explicitly (it may already be optional in the scenario). */
	addedByCarrier: boolean;
	/** A chosen solution covers the block fully or partly. */
	coveredBySolution: boolean;
}

export interface Classification {
	status: GapStatus;
	action?: OverlapAction;
}

export function classifyBlock(facts: BlockFacts): Classification {
	const { block } = facts;
	if (block.removed) return { status: 'removed' };
	if (block.assignment?.optional && !facts.addedByCarrier) return { status: 'optional' };
	if (block.responsible === 'state')
		return { status: facts.stateAvailable ? 'state' : 'state-pending' };
	if (block.responsible === 'both' && facts.stateAvailable)
		return { status: 'overlap', action: block.assignment?.overlap ?? 'redundant' };
	if (facts.inventory === 'existing') return { status: 'existing' };
	return { status: facts.coveredBySolution ? 'solution' : 'gap' };
}

export const covers = (solution: Solution, block: string) => {
	const level = solution.coverage[block]?.level;
	return level === 'full' || level === 'partial';
};
