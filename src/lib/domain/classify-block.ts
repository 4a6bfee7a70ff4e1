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

/**
 * The status alone, with positional arguments: aggregating thousands of configurations calls
 * this for every block, so it allocates nothing.
 */
export function blockStatus(
	block: EffectiveBlock,
	stateAvailable: boolean,
	inventory: string | undefined,
	addedByCarrier: boolean,
	coveredBySolution: boolean
): GapStatus {
	if (block.removed) return 'removed';
	if (block.assignment?.optional && !addedByCarrier) return 'optional';
	if (block.responsible === 'state') return stateAvailable ? 'state' : 'state-pending';
	if (block.responsible === 'both' && stateAvailable) return 'overlap';
	if (inventory === 'existing') return 'existing';
	return coveredBySolution ? 'solution' : 'gap';
}

export interface Classification {
	status: GapStatus;
	action?: OverlapAction;
}

export function classifyBlock(facts: BlockFacts): Classification {
	const status = blockStatus(
		facts.block,
		facts.stateAvailable,
		facts.inventory,
		facts.addedByCarrier,
		facts.coveredBySolution
	);
	return status === 'overlap'
		? { status, action: facts.block.assignment?.overlap ?? 'redundant' }
		: { status };
}

export const covers = (solution: Solution, block: string) => {
	const level = solution.coverage[block]?.level;
	return level === 'full' || level === 'partial';
};
