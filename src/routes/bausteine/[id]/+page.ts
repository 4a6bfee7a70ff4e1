import { error } from '@sveltejs/kit';
import { catalog } from '$lib/catalog';
import { indexCatalog } from '$lib/domain';
import type { EntryGenerator, PageLoad } from './$types';

/** One prerendered page per block of the catalog. */
export const entries: EntryGenerator = () => catalog.blocks.map((block) => ({ id: block.id }));

export const load: PageLoad = ({ params }) => {
	const block = indexCatalog(catalog).block.get(params.id);
	if (!block) error(404, `Baustein ${params.id}`);
	return { block };
};
