/**
 * The blocks of a configuration: the scenario's assignments for the phase, plus the blocks the
 * carrier added, minus those it removed, with its swaps (responsibility overrides) applied.
 */
import type { BlockAssignment, Configuration, Responsible } from '../schema/types';
import { indexCatalog, sortBlockIds, type Catalog } from './catalog';

export interface EffectiveBlock {
	block: string;
	/** Who provides the block after the carrier's swaps. */
	responsible: Responsible;
	/** The scenario's assignment, when the block belongs to the scenario in this phase. */
	assignment?: BlockAssignment;
	/** true when the carrier swapped who provides it. */
	overridden: boolean;
	/** true when the carrier added it to the scenario. */
	added: boolean;
	/** true when the carrier removed it. */
	removed: boolean;
}

export type Customizations = Configuration['customizations'];

export const noCustomizations: Customizations = {
	added: [],
	removed: [],
	responsibleOverrides: {}
};

/** Throws for an unknown scenario or phase: callers validate documents first (parseConfiguration). */
export function scenarioAssignments(
	catalog: Catalog,
	scenarioId: string,
	phaseId: string
): BlockAssignment[] {
	const scenario = indexCatalog(catalog).scenario.get(scenarioId);
	if (!scenario) throw new Error(`Unknown scenario "${scenarioId}"`);
	const phase = scenario.phases[phaseId];
	if (!phase) throw new Error(`Scenario "${scenarioId}" has no phase "${phaseId}"`);
	return phase.blocks;
}

interface BaseBlocks {
	blocks: EffectiveBlock[];
	ids: Set<string>;
}

const baseCache = new WeakMap<Catalog, Map<string, BaseBlocks>>();

/** The scenario's own blocks for a phase in catalog order, computed once per catalog. */
function baseBlocks(catalog: Catalog, scenarioId: string, phaseId: string): BaseBlocks {
	let perCatalog = baseCache.get(catalog);
	if (!perCatalog) baseCache.set(catalog, (perCatalog = new Map()));
	const key = `${scenarioId}|${phaseId}`;
	let base = perCatalog.get(key);
	if (!base) {
		const assignments = new Map(
			scenarioAssignments(catalog, scenarioId, phaseId).map((a) => [a.block, a])
		);
		const blocks = sortBlockIds(catalog, assignments.keys()).map((block) => {
			const assignment = assignments.get(block)!;
			return Object.freeze({
				block,
				responsible: assignment.responsible,
				assignment,
				overridden: false,
				added: false,
				removed: false
			});
		});
		perCatalog.set(key, (base = { blocks, ids: new Set(assignments.keys()) }));
	}
	return base;
}

export function effectiveBlocks(
	catalog: Catalog,
	scenarioId: string,
	phaseId: string,
	customizations: Customizations = noCustomizations
): EffectiveBlock[] {
	const base = baseBlocks(catalog, scenarioId, phaseId);
	const { added, removed, responsibleOverrides: overrides } = customizations;
	if (!added.length && !removed.length && !Object.keys(overrides).length) return base.blocks;
	const removedSet = new Set(removed);
	// Scenario blocks the carrier changed get a changed copy; the others are shared.
	const blocks = base.blocks.map((b) => {
		const override = overrides[b.block];
		const isRemoved = removedSet.has(b.block);
		if (!override && !isRemoved) return b;
		return {
			...b,
			responsible: override ?? b.responsible,
			overridden: override !== undefined && override !== b.assignment!.responsible,
			removed: isRemoved
		};
	});
	const extra = added.filter((id) => !base.ids.has(id));
	if (!extra.length) return blocks;
	for (const block of extra)
		blocks.push({
			block,
			responsible: overrides[block] ?? 'carrier',
			overridden: false,
			added: true,
			removed: removedSet.has(block)
		});
	const order = indexCatalog(catalog).blockOrder;
	return blocks.sort((a, b) => (order.get(a.block) ?? Infinity) - (order.get(b.block) ?? Infinity));
}
