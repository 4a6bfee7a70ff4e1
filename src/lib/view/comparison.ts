/**
 * What /vergleich shows: the comparison of the chosen solutions in the chosen context, and the
 * page's state in its URL (the codec with the parameter names is `./comparison-query`).
 */
import { indexCatalog, type Catalog } from '$lib/domain/catalog';
import {
	compareSolutions,
	MIN_SOLUTIONS,
	type SolutionComparison
} from '$lib/domain/compare-solutions';
import type { Customizations } from '$lib/domain/scenario-blocks';
import type { ComparisonQuery } from './comparison-query';

export { indexCatalog } from '$lib/domain/catalog';
export { MAX_SOLUTIONS, MIN_SOLUTIONS } from '$lib/domain/compare-solutions';
export {
	comparisonUrl,
	defaultComparisonQuery,
	type ComparisonQuery,
	type IgnoredParam
} from './comparison-query';
export { readablePath } from '$lib/domain/problem';
export { noCustomizations } from '$lib/domain/scenario-blocks';
export { readConfigurationFile } from '$lib/domain/configuration-input';

/** Whether the carrier changed the scenario's blocks or who provides them. */
export function isCustomized({ added, removed, responsibleOverrides }: Customizations): boolean {
	return added.length + removed.length + Object.keys(responsibleOverrides).length > 0;
}

/**
 * The comparison, once enough solutions are chosen and the state's files are loaded (the page
 * fetches the compared state on demand).
 */
export function solutionComparison(
	query: ComparisonQuery,
	catalog: Catalog
): SolutionComparison | undefined {
	const stateLoaded = indexCatalog(catalog).state.has(query.state);
	return query.solutions.length >= MIN_SOLUTIONS && stateLoaded
		? compareSolutions(query, query.solutions, catalog)
		: undefined;
}
