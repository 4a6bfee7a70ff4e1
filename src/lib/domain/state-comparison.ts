/**
 * compareStates(catalog): the states side by side, as they are today. For every block of the
 * catalog, which states cover it centrally, with which services and with what status (each a
 * dated fact of the state's file); for every state, how many blocks an available service covers.
 * No phase is involved: the phase says who is meant to provide a block, not what a state offers.
 */
import type { Confidence } from '../schema/types';
import { indexCatalog, sortBlockIds, type Catalog } from './catalog';
import { stateOffers, type StateServiceCoverage } from './state-view';

/**
 * covered: an available service covers the block; pending: only pilot or planned services;
 * none: no service, or only discontinued ones.
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
	/** Every service of the state that maps to the block, whatever its status. */
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
	/** Blocks an available service covers. */
	covered: number;
	/** Blocks only pilot or planned services cover. */
	pending: number;
	/** Covered or pending blocks whose mapping is only inferred. */
	inferred: number;
}

export interface StateComparison {
	states: StateSummary[];
	blocks: BlockComparison[];
}

const confidenceRank: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

/** One state's cell for one block: its status and what the status rests on. */
export function stateCell(state: string, services: StateServiceCoverage[]): StateCell {
	const available = services.filter((s) => s.status === 'available');
	const pending = services.filter((s) => s.status === 'pilot' || s.status === 'planned');
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

export function compareStates(catalog: Catalog): StateComparison {
	const index = indexCatalog(catalog);
	const states = catalog.states.map((state) => ({
		id: state.id,
		offers: stateOffers(catalog, state.id)
	}));
	const summaries: StateSummary[] = states.map((s) => ({
		state: s.id,
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
	return { states: summaries, blocks };
}
