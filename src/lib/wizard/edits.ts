/**
 * The carrier's edits of its scenario as pure functions on the draft: add, remove, swap blocks
 * (IQSH: "Bausteine einfügen, austauschen oder entfernen"), record what exists, pick solutions.
 */
import type { Catalog } from '../domain';
import { scenarioBlockIds } from './scenario-of-draft';
import type { WizardDraft } from './draft';

type Edit = Partial<WizardDraft>;

const without = (list: string[], id: string) => list.filter((x) => x !== id);

/** Adds a block to the scenario, or brings back one the carrier removed. */
export function addBlock(draft: WizardDraft, block: string, catalog: Catalog): Edit {
	const c = draft.customizations;
	if (c.removed.includes(block))
		return { customizations: { ...c, removed: without(c.removed, block) } };
	if (scenarioBlockIds(draft, catalog).has(block) && !isOptional(draft, block, catalog)) return {};
	if (c.added.includes(block)) return {};
	return { customizations: { ...c, added: [...c.added, block] } };
}

/** Removes a block: an added block is simply taken out again, a scenario block is marked removed. */
export function removeBlock(draft: WizardDraft, block: string, catalog: Catalog): Edit {
	const c = draft.customizations;
	if (c.added.includes(block)) return { customizations: { ...c, added: without(c.added, block) } };
	if (!scenarioBlockIds(draft, catalog).has(block) || c.removed.includes(block)) return {};
	return { customizations: { ...c, removed: [...c.removed, block] } };
}

/** Changes who provides a block; null goes back to the scenario's assignment. */
export function swapBlock(
	draft: WizardDraft,
	block: string,
	responsible: 'carrier' | 'state' | null
): Edit {
	const overrides = { ...draft.customizations.responsibleOverrides };
	if (responsible) overrides[block] = responsible;
	else delete overrides[block];
	return { customizations: { ...draft.customizations, responsibleOverrides: overrides } };
}

export function setInventory(
	draft: WizardDraft,
	block: string,
	status: 'existing' | 'planned' | 'missing' | null
): Edit {
	const inventory = { ...draft.inventory };
	if (status) inventory[block] = status;
	else delete inventory[block];
	return { inventory };
}

export function toggleSolution(draft: WizardDraft, solution: string): Edit {
	return {
		solutions: draft.solutions.includes(solution)
			? without(draft.solutions, solution)
			: [...draft.solutions, solution]
	};
}

function isOptional(draft: WizardDraft, block: string, catalog: Catalog): boolean {
	const scenario = catalog.scenarios.find((s) => s.id === draft.scenario);
	return (
		scenario?.phases[draft.phase ?? '']?.blocks.find((a) => a.block === block)?.optional === true
	);
}
