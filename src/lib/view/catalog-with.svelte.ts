/**
 * A catalog that follows what the page shows right now: when the carrier picks another state
 * (or a page needs solutions it did not load), the missing files are fetched and `current`
 * switches once they are there. Until then `current` keeps the last complete catalog, or is
 * undefined when none was complete yet; `failed` tells when the files could not be fetched.
 */
import { indexCatalog, type Catalog } from '$lib/domain/catalog';
import { loadCatalog, type CatalogNeeds } from './catalog-loader';

/** Whether `catalog` holds every part that `needs` names. */
export function hasParts(catalog: Catalog, needs: CatalogNeeds): boolean {
	const index = indexCatalog(catalog);
	// Ids the directory does not know are never loaded (the loader leaves them out).
	const loaded = (
		wanted: CatalogNeeds['states'],
		have: Map<string, unknown>,
		directory: Map<string, unknown>
	) =>
		wanted === 'all'
			? have.size === directory.size
			: (wanted ?? []).every((id) => !id || have.has(id) || !directory.has(id));
	if (needs.assistant)
		return hasParts(catalog, {
			...needs,
			assistant: undefined,
			states: [...(needs.states === 'all' ? [] : (needs.states ?? [])), needs.assistant],
			solutions: 'all',
			planning: true
		});
	return (
		(!needs.scenarios || catalog.scenarios.length > 0) &&
		(!needs.planning || Object.keys(catalog.planning).length > 0) &&
		loaded(needs.states, index.state, index.stateEntry) &&
		loaded(needs.solutions, index.solution, index.solutionEntry)
	);
}

export class CatalogWith {
	#current = $state.raw<Catalog | undefined>();
	#failed = $state(false);

	constructor(base: () => Catalog, needs: () => CatalogNeeds) {
		const first = base();
		if (hasParts(first, needs())) this.#current = first;
		$effect(() => {
			const have = base();
			const wanted = needs();
			if (hasParts(have, wanted)) {
				this.#current = have;
				return;
			}
			let live = true;
			loadCatalog(fetch, wanted).then(
				(catalog) => {
					if (!live) return;
					this.#current = catalog;
					this.#failed = false;
				},
				() => {
					if (live) this.#failed = true;
				}
			);
			return () => {
				live = false;
			};
		});
	}

	get current(): Catalog | undefined {
		return this.#current;
	}

	get failed(): boolean {
		return this.#failed;
	}
}
