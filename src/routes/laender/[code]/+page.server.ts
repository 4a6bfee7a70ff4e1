import { catalog } from '$lib/server/catalog';
import type { EntryGenerator } from './$types';

/** One prerendered page per state of the catalog. */
export const entries: EntryGenerator = () => catalog.states.map((state) => ({ code: state.id }));
