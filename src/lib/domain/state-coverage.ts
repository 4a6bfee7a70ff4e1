/**
 * stateCoverage(state, phase, catalog, options): for every scenario, the blocks it expects from
 * the state in the phase (responsible state or both, not optional), which of them an available
 * service of the state covers fully or partly, and which are pending. The phase decides what is
 * expected; whether a service delivers is its dated status. What-if: `without` switches services
 * off ("what if the Landesradius never comes?"), `assume` counts pilot or planned services as
 * available ("what if it were there?") — the page says that it assumes.
 */
import type { ServiceStatus } from '../schema/types';
import { indexCatalog, type Catalog } from './catalog';

export interface StateCoverageOptions {
	/** Service ids treated as not available. */
	without?: string[];
	/** Service ids treated as available although their status says otherwise. */
	assume?: string[];
}

export type PendingReason = Exclude<ServiceStatus, 'available'> | 'no-service' | 'switched-off';

export interface ScenarioStateCoverage {
	scenario: string;
	expected: string[];
	/** Covered fully or partly by an available service. */
	covered: string[];
	/** The subset of `covered` that available services cover only partly. */
	partial: string[];
	pending: { block: string; reason: PendingReason }[];
	/** covered / expected, 0..1 (1 when nothing is expected); partial counts as covered. */
	share: number;
}

export interface StateCoverage {
	state: string;
	phase: string;
	switchedOff: string[];
	assumed: string[];
	services: {
		id: string;
		name: string;
		/** The status used here: the dated status, or 'available' when assumed. */
		status: ServiceStatus;
		/** The status in the state's file. */
		actualStatus: ServiceStatus;
		asOf: string;
		switchedOff: boolean;
		assumed: boolean;
		blocks: string[];
	}[];
	scenarios: ScenarioStateCoverage[];
}

const rank: Record<PendingReason, number> = {
	pilot: 0,
	planned: 1,
	discontinued: 2,
	'switched-off': 3,
	'no-service': 4
};

function unknownIds(ids: Set<string>, known: { id: string }[]): string[] {
	return [...ids].filter((id) => !known.some((s) => s.id === id));
}

export function stateCoverage(
	stateId: string,
	phaseId: string,
	catalog: Catalog,
	options: StateCoverageOptions = {}
): StateCoverage {
	const index = indexCatalog(catalog);
	const state = index.state.get(stateId);
	if (!state) throw new RangeError(`Unknown state "${stateId}"`);
	if (!index.phase.has(phaseId)) throw new RangeError(`Unknown phase "${phaseId}"`);
	const off = new Set(options.without ?? []);
	const assumed = new Set((options.assume ?? []).filter((id) => !off.has(id)));
	const unknown = [...unknownIds(off, state.services), ...unknownIds(assumed, state.services)];
	if (unknown.length)
		throw new RangeError(`Unknown service(s) of ${stateId}: ${unknown.join(', ')}`);
	const statusOf = (service: { id: string; status: ServiceStatus }): ServiceStatus =>
		assumed.has(service.id) ? 'available' : service.status;
	const perBlock = index.stateCoverage.get(stateId) ?? new Map();

	/** 'full' or 'partial' when an available service covers the block, else why not. */
	const blockStatus = (block: string): 'full' | 'partial' | PendingReason => {
		const list = perBlock.get(block) ?? [];
		if (!list.length) return 'no-service';
		let best: 'full' | 'partial' | undefined;
		const reasons: PendingReason[] = [];
		for (const { service, coverage } of list) {
			if (off.has(service.id)) reasons.push('switched-off');
			else if (statusOf(service) === 'available')
				best = best === 'full' || coverage.level === 'full' ? 'full' : 'partial';
			else reasons.push(statusOf(service) as PendingReason);
		}
		return best ?? reasons.sort((a, b) => rank[a] - rank[b])[0]!;
	};

	const scenarios = catalog.scenarios.map((scenario): ScenarioStateCoverage => {
		const expected = (scenario.phases[phaseId]?.blocks ?? [])
			.filter((a) => a.responsible !== 'carrier' && !a.optional)
			.map((a) => a.block);
		const covered: string[] = [];
		const partial: string[] = [];
		const pending: ScenarioStateCoverage['pending'] = [];
		for (const block of expected) {
			const status = blockStatus(block);
			if (status === 'full' || status === 'partial') {
				covered.push(block);
				if (status === 'partial') partial.push(block);
			} else pending.push({ block, reason: status });
		}
		return {
			scenario: scenario.id,
			expected,
			covered,
			partial,
			pending,
			share: expected.length ? covered.length / expected.length : 1
		};
	});
	return {
		state: stateId,
		phase: phaseId,
		switchedOff: [...off],
		assumed: [...assumed],
		services: state.services.map((s) => ({
			id: s.id,
			name: s.name,
			status: off.has(s.id) ? s.status : statusOf(s),
			actualStatus: s.status,
			asOf: s.asOf,
			switchedOff: off.has(s.id),
			assumed: assumed.has(s.id),
			blocks: s.covers.map((c) => c.block)
		})),
		scenarios
	};
}
