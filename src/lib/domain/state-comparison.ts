/**
 * compareStates(catalog, phase): the states side by side. For every block of the catalog, which
 * states cover it centrally, with which services and how available those are in the phase; for
 * every state, how many blocks an available service covers.
 *
 * Without a phase each state is read in its own suggested phase (`defaultPhase`): that is the
 * nearest the catalog comes to "today" for all states at once, because one common phase either
 * shows Schleswig-Holstein's mandatory itslearning as a pilot (transition phase) or counts other
 * states' pilots as available everywhere (state solution active).
 */
import type { Confidence } from '../schema/types';
import { indexCatalog, sortBlockIds, type Catalog } from './catalog';
import { stateOffers, type StateServiceCoverage } from './state-view';

/**
 * covered: an available service covers the block; pending: only pilot or planned services;
 * none: no service, or only services that are not available in the phase.
 */
export type StateCellStatus = 'covered' | 'pending' | 'none';

export interface StateCell {
	state: string;
	status: StateCellStatus;
	/** The best level among the services that decide the status (absent when none). */
	level?: 'full' | 'partial';
	/** The status and level rest only on mappings inferred from feature descriptions. */
	inferred: boolean;
	/** The best confidence among the deciding mappings at that level. */
	confidence?: Confidence;
	/** Every service of the state that maps to the block, whatever its availability. */
	services: StateServiceCoverage[];
	/** The services that decide the status (available ones, else pilot or planned ones). */
	deciding: StateServiceCoverage[];
}

export interface BlockComparison {
	block: string;
	category: string;
	/** One cell per state, in the order of `StateComparison.states`. */
	cells: StateCell[];
	covered: number;
	pending: number;
}

export interface StateSummary {
	state: string;
	/** The phase this state is read in. */
	phase: string;
	/** Blocks an available service covers. */
	covered: number;
	/** Blocks only pilot or planned services cover. */
	pending: number;
	/** Covered or pending blocks whose mapping is only inferred. */
	inferred: number;
}

export interface StateComparison {
	/** The common phase, or undefined when each state is read in its suggested phase. */
	phase?: string;
	states: StateSummary[];
	blocks: BlockComparison[];
}

const confidenceRank: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

/** One state's cell for one block: its status and what the status rests on. */
export function stateCell(state: string, services: StateServiceCoverage[]): StateCell {
	const available = services.filter((s) => s.availability === 'available');
	const pending = services.filter(
		(s) => s.availability === 'pilot' || s.availability === 'planned'
	);
	const status: StateCellStatus = available.length
		? 'covered'
		: pending.length
			? 'pending'
			: 'none';
	const deciding = available.length ? available : pending;
	if (!deciding.length) return { state, status, inferred: false, services, deciding };
	const level = deciding.some((s) => s.level === 'full') ? 'full' : 'partial';
	const atLevel = deciding.filter((s) => s.level === level);
	return {
		state,
		status,
		level,
		inferred: atLevel.every((s) => s.basis === 'inferred'),
		confidence: atLevel
			.map((s) => s.confidence)
			.sort((a, b) => confidenceRank[a] - confidenceRank[b])[0],
		services,
		deciding
	};
}

export function compareStates(catalog: Catalog, phase?: string): StateComparison {
	const index = indexCatalog(catalog);
	if (phase !== undefined && !index.phase.has(phase))
		throw new RangeError(`Unknown phase "${phase}"`);
	const states = catalog.states.map((state) => {
		const statePhase = phase ?? state.defaultPhase;
		return { id: state.id, phase: statePhase, offers: stateOffers(catalog, state.id, statePhase) };
	});
	const summaries: StateSummary[] = states.map((s) => ({
		state: s.id,
		phase: s.phase,
		covered: 0,
		pending: 0,
		inferred: 0
	}));

	const blocks = sortBlockIds(
		catalog,
		catalog.blocks.map((b) => b.id)
	).map((block): BlockComparison => {
		const cells = states.map((s) => stateCell(s.id, s.offers.get(block)?.services ?? []));
		cells.forEach((cell, i) => {
			const summary = summaries[i]!;
			if (cell.status === 'covered') summary.covered++;
			if (cell.status === 'pending') summary.pending++;
			if (cell.status !== 'none' && cell.inferred) summary.inferred++;
		});
		return {
			block,
			category: index.block.get(block)!.category,
			cells,
			covered: cells.filter((c) => c.status === 'covered').length,
			pending: cells.filter((c) => c.status === 'pending').length
		};
	});
	return { phase, states: summaries, blocks };
}
