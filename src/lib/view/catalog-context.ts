/**
 * Where components find the catalog of the page they are on. The root layout provides the
 * catalog its page loaded; the assistant provides its session's catalog, which grows by the
 * chosen state's files. A component reads it with `const catalog = $derived.by(useCatalog())`,
 * so it follows a navigation or a newly loaded state.
 */
import { getContext, setContext } from 'svelte';
import type { Catalog } from '$lib/domain/catalog';

const key = Symbol('catalog');

export type CatalogGetter = () => Catalog;

export const provideCatalog = (get: CatalogGetter) => setContext(key, get);

export function useCatalog(): CatalogGetter {
	const get = getContext<CatalogGetter | undefined>(key);
	if (!get) throw new Error('No catalog provided above this component.');
	return get;
}
