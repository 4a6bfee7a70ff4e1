/**
 * What /szenarien shows: each scenario's blocks in the chosen phase, what changes towards the
 * neighbouring phase, and the chosen phase in the page's URL (`?phase=…`).
 */
import { indexCatalog, sortBlockIds, type Catalog } from '$lib/domain/catalog';
import {
	comparedPhases,
	scenarioPhaseDiff,
	type ScenarioPhaseDiff
} from '$lib/domain/scenario-diff';
import type { BlockAssignment, Scenario } from '$lib/schema/types';
import type { UrlCodec } from './url-state.svelte';

export { criterionLabels } from '$lib/domain/answer-labels';
export { indexCatalog } from '$lib/domain/catalog';
export { changeCount, overlapsByMeaning } from '$lib/domain/scenario-diff';

/** A phase the catalog does not know is reported and the first phase shown instead. */
export const phaseUrl: UrlCodec<string, string> = {
	read(params, catalog) {
		const requested = params.get('phase');
		const known = requested !== null && indexCatalog(catalog).phase.has(requested);
		return {
			value: known ? requested : catalog.phases[0]!.id,
			ignored: requested && !known ? [requested] : []
		};
	},
	write: (phase) => new URLSearchParams({ phase })
};

/** The scenario's blocks in the phase, in catalog order. */
export function phaseBlocks(
	catalog: Catalog,
	scenario: Scenario,
	phase: string
): BlockAssignment[] {
	const byId = new Map((scenario.phases[phase]?.blocks ?? []).map((a) => [a.block, a]));
	return sortBlockIds(catalog, byId.keys()).map((id) => byId.get(id)!);
}

/** What changes between the shown phase and its neighbour, if the catalog has one. */
export function phaseChanges(
	catalog: Catalog,
	scenario: Scenario,
	phase: string
): ScenarioPhaseDiff | undefined {
	const pair = comparedPhases(
		catalog.phases.map((p) => p.id),
		phase
	);
	return pair && scenarioPhaseDiff(catalog, scenario, pair.from, pair.to);
}
