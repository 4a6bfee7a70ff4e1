/**
 * Catalog entries by name in the current UI language. Pages name what they show through these
 * helpers instead of looking entries up themselves. States and solutions are named from the
 * catalog's directory, which knows every id also when the entry's file is not loaded. An id the
 * catalog does not know is shown as it is (a reference that failed its check), never as a crash.
 */
import { indexCatalog, type Catalog } from '$lib/domain/catalog';
import { localized } from '$lib/i18n/localized';
import type { LocalizedText } from '$lib/schema/types';

type Named = { name: LocalizedText } | undefined;

const named = (entry: Named, id: string) => (entry ? localized(entry.name) : id);

export const scenarioName = (catalog: Catalog, id: string) =>
	named(indexCatalog(catalog).scenario.get(id), id);

export const stateName = (catalog: Catalog, id: string) =>
	named(indexCatalog(catalog).stateEntry.get(id), id);

export const phaseName = (catalog: Catalog, id: string) =>
	named(indexCatalog(catalog).phase.get(id), id);

export const blockName = (catalog: Catalog, id: string) =>
	named(indexCatalog(catalog).block.get(id), id);

export const categoryName = (catalog: Catalog, id: string) =>
	named(indexCatalog(catalog).category.get(id), id);

/** Product names are the same in every language. */
export const solutionName = (catalog: Catalog, id: string) =>
	indexCatalog(catalog).solutionEntry.get(id)?.name ?? id;
