/**
 * /vergleich's state as a URL query, so that a link restores a comparison exactly: context
 * (scenario, phase, state, the carrier's changes), the chosen solutions and the view (sort,
 * category, differences only). Reading never fails: a value that is not in the catalog is left
 * out and reported, and the default takes its place. The parameter names are the page's, so
 * the codec lives in the view layer; the assistant builds its link to the page with
 * `comparisonSearch`.
 *
 * `?szenario=…&phase=…&land=…&loesungen=iserv,ucs-school&kategorie=…&sortierung=abdeckung
 * &unterschiede=1&hinzu=…&ohne=…&tausch=block:state`
 */
import { indexCatalog, type Catalog } from '$lib/domain/catalog';
import { MAX_SOLUTIONS } from '$lib/domain/compare-solutions';
import type { Customizations } from '$lib/domain/scenario-blocks';
import { searchText } from './search-text';
import type { UrlCodec } from './url-state.svelte';

export interface ComparisonQuery {
	scenario: string;
	phase: string;
	state: string;
	customizations: Customizations;
	solutions: string[];
	sortByCoverage: boolean;
	category: string;
	differencesOnly: boolean;
}

export type IgnoredReason = 'unknown' | 'duplicate' | 'too-many';

/** A query value that was left out, for the notice that says so. */
export interface IgnoredParam {
	param: string;
	value: string;
	reason: IgnoredReason;
}

export const defaultComparison = {
	scenario: 'schultraegerloesung-basis',
	state: 'sh'
};

type Swap = Customizations['responsibleOverrides'][string];
/** A swap can only hand a block to one party (the configuration schema's rule). */
const swapTargets: readonly Swap[] = ['carrier', 'state'];

const list = (value: string | null) =>
	(value ?? '')
		.split(',')
		.map((v) => v.trim())
		.filter(Boolean);

/** The default context: basis in SH in SH's suggested phase, or the catalog's first entries. */
export function defaultComparisonQuery(catalog: Catalog): ComparisonQuery {
	const index = indexCatalog(catalog);
	const scenario = index.scenario.has(defaultComparison.scenario)
		? defaultComparison.scenario
		: catalog.scenarios[0]!.id;
	const state = index.stateEntry.get(defaultComparison.state) ?? catalog.directory.states[0]!;
	return {
		scenario,
		phase: index.phase.has(state.defaultPhase) ? state.defaultPhase : catalog.phases[0]!.id,
		state: state.id,
		customizations: { added: [], removed: [], responsibleOverrides: {} },
		solutions: [],
		sortByCoverage: false,
		category: '',
		differencesOnly: false
	};
}

export function comparisonQueryFromParams(
	params: URLSearchParams,
	catalog: Catalog
): { query: ComparisonQuery; ignored: IgnoredParam[] } {
	const index = indexCatalog(catalog);
	const query = defaultComparisonQuery(catalog);
	const ignored: IgnoredParam[] = [];
	const ignore = (param: string, value: string, reason: IgnoredReason = 'unknown') =>
		ignored.push({ param, value, reason });
	const single = (param: string, valid: (value: string) => boolean): string | undefined => {
		const value = params.get(param);
		if (value === null || value === '') return undefined;
		if (valid(value)) return value;
		ignore(param, value);
		return undefined;
	};

	query.scenario = single('szenario', (v) => index.scenario.has(v)) ?? query.scenario;
	const state = single('land', (v) => index.stateEntry.has(v));
	if (state) {
		query.state = state;
		const suggested = index.stateEntry.get(state)!.defaultPhase;
		if (index.phase.has(suggested)) query.phase = suggested;
	}
	query.phase = single('phase', (v) => index.phase.has(v)) ?? query.phase;
	query.category = single('kategorie', (v) => index.category.has(v)) ?? '';
	query.sortByCoverage =
		single('sortierung', (v) => v === 'abdeckung' || v === 'auswahl') === 'abdeckung';
	query.differencesOnly = single('unterschiede', (v) => v === '1' || v === '0') === '1';

	for (const id of list(params.get('loesungen'))) {
		if (!index.solutionEntry.has(id)) ignore('loesungen', id);
		else if (query.solutions.includes(id)) ignore('loesungen', id, 'duplicate');
		else if (query.solutions.length >= MAX_SOLUTIONS) ignore('loesungen', id, 'too-many');
		else query.solutions.push(id);
	}

	const blocks = (param: string, into: string[]) => {
		for (const id of list(params.get(param))) {
			if (!index.block.has(id)) ignore(param, id);
			else if (!into.includes(id)) into.push(id);
		}
	};
	blocks('hinzu', query.customizations.added);
	blocks('ohne', query.customizations.removed);
	for (const pair of list(params.get('tausch'))) {
		const [block = '', responsible = ''] = pair.split(':');
		if (index.block.has(block) && (swapTargets as string[]).includes(responsible))
			query.customizations.responsibleOverrides[block] = responsible as Swap;
		else ignore('tausch', pair);
	}
	return { query, ignored };
}

/** The query of a comparison; the view options and the carrier's changes only when set. */
export function comparisonQueryToParams(query: ComparisonQuery): URLSearchParams {
	const params = new URLSearchParams({
		szenario: query.scenario,
		phase: query.phase,
		land: query.state
	});
	if (query.solutions.length) params.set('loesungen', query.solutions.join(','));
	if (query.category) params.set('kategorie', query.category);
	if (query.sortByCoverage) params.set('sortierung', 'abdeckung');
	if (query.differencesOnly) params.set('unterschiede', '1');
	const { added, removed, responsibleOverrides } = query.customizations;
	if (added.length) params.set('hinzu', added.join(','));
	if (removed.length) params.set('ohne', removed.join(','));
	const swaps = Object.entries(responsibleOverrides);
	if (swaps.length) params.set('tausch', swaps.map(([b, r]) => `${b}:${r}`).join(','));
	return params;
}

/** The query as text for a link, with commas and colons left readable (`loesungen=a,b`). */
export function comparisonSearch(query: ComparisonQuery): string {
	return searchText(comparisonQueryToParams(query));
}

export const comparisonUrl: UrlCodec<ComparisonQuery, IgnoredParam> = {
	read(params, catalog) {
		const { query, ignored } = comparisonQueryFromParams(params, catalog);
		return { value: query, ignored };
	},
	write: comparisonQueryToParams
};
