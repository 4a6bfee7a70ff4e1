import { catalog } from '$lib/server/catalog';
import type { EntryGenerator } from './$types';

/** One prerendered page per block of the catalog. */
export const entries: EntryGenerator = () => catalog.blocks.map((block) => ({ id: block.id }));
