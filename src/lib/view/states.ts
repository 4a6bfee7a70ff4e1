/**
 * What /laender and /laender/[code] show: the states as they are today (each service's dated
 * status, whatever the phase) against the scenarios' blocks.
 */
import type { Catalog } from '$lib/domain/catalog';
import {
	compareStates,
	type StateComparison,
	type StateSummary
} from '$lib/domain/state-comparison';

export { indexCatalog, sortBlockIds } from '$lib/domain/catalog';

/** Every loaded state compared block by block. */
export function statesToday(catalog: Catalog): StateComparison {
	return compareStates(catalog);
}

/** One state's summary for its own page. */
export function stateToday(catalog: Catalog, stateId: string): StateSummary | undefined {
	return compareStates(catalog).states.find((s) => s.state === stateId);
}
