/**
 * The rule that gives a block of a configuration exactly one status. analyzeGaps explains the
 * result, aggregate only counts it; both call this, so the rule exists once. In order:
 *  1. removed by the carrier -> removed
 *  2. optional in the scenario and not added by the carrier -> optional
 *  3. state block: an available service covers it fully -> state; only partly -> state-partial;
 *     no available service (planned, pilot, none) -> state-pending, in every phase
 *  4. both, with an available state service: fully, or a non-technical block whose overlap
 *     means "complement" -> overlap (with the scenario's meaning); only partly -> state-partial
 *  5. carrier block with an available state service -> state-offer (use it or run your own)
 *  6. carrier block (or both without the state): existing in the inventory -> existing;
 *     fully covered by a chosen solution -> solution; partly -> solution-partial; else gap
 * "Available" is the service's dated status, not the phase: the phase decides who is meant to
 * provide a block (scenario × phase), the status whether the state delivers today.
 */
import type { OverlapAction, Solution } from '../schema/types';
import type { GapStatus } from './gap-status';
import type { EffectiveBlock } from './scenario-blocks';
import type { CoverDepth } from './state-view';

export interface BlockFacts {
	block: EffectiveBlock;
	/** How far the state's available services cover the block. */
	stateDepth: CoverDepth;
	inventory?: 'existing' | 'planned' | 'missing';
	/** The carrier added the block explicitly (it may already be optional in the scenario). */
	addedByCarrier: boolean;
	/** How far the chosen solutions cover the block (the best of them). */
	solutionDepth: CoverDepth;
}

/**
 * The status alone, with positional arguments: aggregating thousands of configurations calls
 * this for every block, so it allocates nothing.
 */
export function blockStatus(
	block: EffectiveBlock,
	stateDepth: CoverDepth,
	inventory: string | undefined,
	addedByCarrier: boolean,
	solutionDepth: CoverDepth
): GapStatus {
	if (block.removed) return 'removed';
	if (block.assignment?.optional && !addedByCarrier) return 'optional';
	if (block.responsible === 'state')
		return stateDepth === 2 ? 'state' : stateDepth === 1 ? 'state-partial' : 'state-pending';
	if (block.responsible === 'both' && stateDepth > 0)
		return stateDepth === 2 || block.assignment?.overlap === 'complement'
			? 'overlap'
			: 'state-partial';
	if (block.responsible === 'carrier' && stateDepth > 0) return 'state-offer';
	if (inventory === 'existing') return 'existing';
	return solutionDepth === 2 ? 'solution' : solutionDepth === 1 ? 'solution-partial' : 'gap';
}

export interface Classification {
	status: GapStatus;
	action?: OverlapAction;
}

export function classifyBlock(facts: BlockFacts): Classification {
	const status = blockStatus(
		facts.block,
		facts.stateDepth,
		facts.inventory,
		facts.addedByCarrier,
		facts.solutionDepth
	);
	return status === 'overlap'
		? { status, action: facts.block.assignment?.overlap ?? 'redundant' }
		: { status };
}

/** How far one solution covers a block: full 2, partial 1, none or unknown 0. */
export function solutionDepth(solution: Solution, block: string): CoverDepth {
	const level = solution.coverage[block]?.level;
	return level === 'full' ? 2 : level === 'partial' ? 1 : 0;
}

/** The best coverage of a block among several solutions. */
export function bestSolutionDepth(solutions: readonly Solution[], block: string): CoverDepth {
	let best: CoverDepth = 0;
	for (const s of solutions) {
		const depth = solutionDepth(s, block);
		if (depth > best) best = depth;
		if (best === 2) break;
	}
	return best;
}
