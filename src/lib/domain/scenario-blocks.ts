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

const baseCache = new WeakMap<Catalog, Map<string, EffectiveBlock[]>>();

/** The scenario's own blocks for a phase in catalog order, computed once per catalog. */
function baseBlocks(catalog: Catalog, scenarioId: string, phaseId: string): EffectiveBlock[] {
	let perCatalog = baseCache.get(catalog);
	if (!perCatalog) baseCache.set(catalog, (perCatalog = new Map()));
	const key = `${scenarioId}|${phaseId}`;
	let blocks = perCatalog.get(key);
	if (!blocks) {
		const assignments = new Map(
			scenarioAssignments(catalog, scenarioId, phaseId).map((a) => [a.block, a])
		);
		blocks = sortBlockIds(catalog, assignments.keys()).map((block) => {
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
		perCatalog.set(key, blocks);
	}
	return blocks;
}

const isEmpty = (c: Customizations) =>
	c.added.length === 0 &&
	c.removed.length === 0 &&
	Object.keys(c.responsibleOverrides).length === 0;

export function effectiveBlocks(
	catalog: Catalog,
	scenarioId: string,
	phaseId: string,
	customizations: Customizations = noCustomizations
): EffectiveBlock[] {
	const base = baseBlocks(catalog, scenarioId, phaseId);
	if (isEmpty(customizations)) return base;
	const assignments = new Map(base.map((b) => [b.block, b.assignment!]));
	const removed = new Set(customizations.removed);
	const added = new Set(customizations.added);
	const ids = added.size
		? sortBlockIds(catalog, new Set([...assignments.keys(), ...added]))
		: [...assignments.keys()];
	return ids.map((block) => {
		const assignment = assignments.get(block);
		const override = customizations.responsibleOverrides[block];
		return {
			block,
			responsible: override ?? assignment?.responsible ?? 'carrier',
			assignment,
			overridden: override !== undefined && override !== assignment?.responsible,
			added: added.has(block) && !assignment,
			removed: removed.has(block)
		};
	});
}
