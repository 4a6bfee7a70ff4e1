import { error } from '@sveltejs/kit';
import { indexCatalog } from '$lib/view/blocks';
import { loadCatalog } from '$lib/view/catalog-loader';
import type { PageLoad } from './$types';

/** A block page shows the block in every scenario, state and solution: their slice for it. */
export const load: PageLoad = async ({ params, fetch }) => {
	const catalog = await loadCatalog(fetch, { block: params.id });
	const block = indexCatalog(catalog).block.get(params.id);
	if (!block) error(404, `Baustein ${params.id}`);
	return { catalog, block };
};
