/**
 * What /abdeckung shows: the coverage of one state in one phase with its what-if switches, and
 * the page's state in its URL, so a view can be bookmarked and shared:
 * `?land=sh&phase=landesloesung-aktiv&ohne=sh-itslearning&annahme=sh-landesradius`.
 * Values the catalog does not know are dropped and reported, never guessed at.
 */
import type { Catalog } from '$lib/domain/catalog';
import { stateCoverage, type StateCoverage } from '$lib/domain/state-coverage';
import type { UrlCodec } from './url-state.svelte';

export { indexCatalog } from '$lib/domain/catalog';
export { readablePath } from '$lib/domain/problem';

export interface CoverageQuery {
	state: string;
	phase: string;
	/** Service ids of the state switched off (what-if). */
	without: string[];
	/** Service ids that are not available today but assumed available (what-if). */
	assume: string[];
}

export interface IgnoredValue {
	param: 'land' | 'phase' | 'ohne' | 'annahme';
	value: string;
}

/** The state the page opens with: Schleswig-Holstein, whose concept this is, else the first. */
export function defaultQuery(catalog: Catalog): CoverageQuery {
	const state = catalog.states.find((s) => s.id === 'sh') ?? catalog.states[0]!;
	return { state: state.id, phase: state.defaultPhase, without: [], assume: [] };
}

/** The query for another state: its default phase, every service on. */
export function queryForState(catalog: Catalog, stateId: string): CoverageQuery {
	const state = catalog.states.find((s) => s.id === stateId) ?? catalog.states[0]!;
	return { state: state.id, phase: state.defaultPhase, without: [], assume: [] };
}

export function coverageQueryFromParams(
	params: URLSearchParams,
	catalog: Catalog
): { query: CoverageQuery; ignored: IgnoredValue[] } {
	const ignored: IgnoredValue[] = [];
	const land = params.get('land');
	const state = land === null ? undefined : catalog.states.find((s) => s.id === land);
	if (land !== null && !state) ignored.push({ param: 'land', value: land });
	const query = state ? queryForState(catalog, state.id) : defaultQuery(catalog);

	const phase = params.get('phase');
	if (phase !== null) {
		if (catalog.phases.some((p) => p.id === phase)) query.phase = phase;
		else ignored.push({ param: 'phase', value: phase });
	}

	const services = catalog.states.find((s) => s.id === query.state)!.services;
	const ids = (param: string) => new Set((params.get(param) ?? '').split(',').filter(Boolean));
	// Only available services can be switched off, only unavailable ones assumed.
	for (const id of ids('ohne')) {
		if (services.some((s) => s.id === id && s.status === 'available')) query.without.push(id);
		else ignored.push({ param: 'ohne', value: id });
	}
	for (const id of ids('annahme')) {
		if (services.some((s) => s.id === id && s.status !== 'available')) query.assume.push(id);
		else ignored.push({ param: 'annahme', value: id });
	}
	return { query, ignored };
}

/** The query string (without "?"); ids are catalog ids, which need no escaping. */
export function coverageQueryToString(query: CoverageQuery): string {
	const parts = [`land=${query.state}`, `phase=${query.phase}`];
	if (query.without.length) parts.push(`ohne=${query.without.join(',')}`);
	if (query.assume.length) parts.push(`annahme=${query.assume.join(',')}`);
	return parts.join('&');
}

export const coverageUrl: UrlCodec<CoverageQuery, IgnoredValue> = {
	read(params, catalog) {
		const { query, ignored } = coverageQueryFromParams(params, catalog);
		return { value: query, ignored };
	},
	write: (query) => new URLSearchParams(coverageQueryToString(query))
};

/** The state's coverage in the query's phase, with its services switched off or assumed. */
export function coverageOf(query: CoverageQuery, catalog: Catalog): StateCoverage {
	return stateCoverage(query.state, query.phase, catalog, {
		without: query.without,
		assume: query.assume
	});
}
