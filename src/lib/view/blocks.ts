/**
 * What /bausteine shows: the blocks that match the search and filters, grouped by category, and
 * the filter in the page's URL (`?q=…&kategorie=…&bereitstellung=…`) so a filtered view can be
 * bookmarked and shared.
 */
import {
	blockProviders,
	filterBlocks,
	providerFilters,
	type BlockFilter,
	type ProviderFilter
} from '$lib/domain/block-search';
import type { Catalog, Category } from '$lib/domain/catalog';
import type { Block } from '$lib/schema/types';
import type { UrlCodec } from './url-state.svelte';

export { emptyBlockFilter, providerFilters, blockProviders } from '$lib/domain/block-search';
export { indexCatalog } from '$lib/domain/catalog';

const isProvider = (value: string): value is ProviderFilter =>
	(providerFilters as readonly string[]).includes(value);

/** Reads a filter from URL query parameters (`q`, `kategorie`, `bereitstellung`); unknown values are ignored. */
export function blockFilterFromParams(
	params: URLSearchParams,
	categoryIds: readonly string[]
): BlockFilter {
	const category = params.get('kategorie') ?? '';
	const provider = params.get('bereitstellung') ?? '';
	return {
		query: params.get('q')?.trim() ?? '',
		category: categoryIds.includes(category) ? category : '',
		provider: isProvider(provider) ? provider : ''
	};
}

/** The URL query parameters of a filter; empty parts are left out so a bookmark stays short. */
export function blockFilterToParams(filter: BlockFilter): URLSearchParams {
	const params = new URLSearchParams();
	if (filter.query.trim()) params.set('q', filter.query.trim());
	if (filter.category) params.set('kategorie', filter.category);
	if (filter.provider) params.set('bereitstellung', filter.provider);
	return params;
}

/** Unknown values are left out without a notice: a filter is quickly set again. */
export const blockFilterUrl: UrlCodec<BlockFilter, never> = {
	read: (params, catalog) => ({
		value: blockFilterFromParams(
			params,
			catalog.categories.map((c) => c.id)
		),
		ignored: []
	}),
	write: blockFilterToParams
};

export interface BlockGroup {
	category: Category;
	blocks: Block[];
}

/** The blocks the filter finds, by category in catalog order; categories without any are left out. */
export function filteredBlocks(
	catalog: Catalog,
	filter: BlockFilter,
	providers = blockProviders(catalog.scenarios)
): { count: number; groups: BlockGroup[] } {
	const results = filterBlocks(catalog.blocks, filter, providers);
	const groups = catalog.categories
		.map((category) => ({ category, blocks: results.filter((b) => b.category === category.id) }))
		.filter((group) => group.blocks.length > 0);
	return { count: results.length, groups };
}
