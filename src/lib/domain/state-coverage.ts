/**
 * stateCoverage(state, phase, catalog, options): for every scenario, the blocks it expects from
 * the state (responsible state or both, not optional), which of them an available service of the
 * state covers, and which are pending. `without` switches services off ("what if Landesradius is
 * not available?").
 */
import type { Availability } from '../schema/types';
import { indexCatalog, type Catalog } from './catalog';

export interface StateCoverageOptions {
	/** Service ids treated as not available. */
	without?: string[];
}

export type PendingReason = Availability | 'no-service' | 'switched-off';

export interface ScenarioStateCoverage {
	scenario: string;
	expected: string[];
	covered: string[];
	pending: { block: string; reason: PendingReason }[];
	/** covered / expected, 0..1 (1 when nothing is expected) */
	share: number;
}

export interface StateCoverage {
	state: string;
	phase: string;
	switchedOff: string[];
	services: {
		id: string;
		name: string;
		availability: Availability;
		switchedOff: boolean;
		blocks: string[];
	}[];
	scenarios: ScenarioStateCoverage[];
}

const rank: Record<PendingReason, number> = {
	pilot: 0,
	planned: 1,
	'not-available': 2,
	'switched-off': 3,
	'no-service': 4,
	available: -1
};

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
	const unknown = [...off].filter((id) => !state.services.some((s) => s.id === id));
	if (unknown.length)
		throw new RangeError(`Unknown service(s) of ${stateId}: ${unknown.join(', ')}`);
	const perBlock = index.stateCoverage.get(stateId) ?? new Map();

	/** Why a block is not covered, or 'available' when it is. */
	const blockStatus = (block: string): PendingReason => {
		const offers: PendingReason[] = (perBlock.get(block) ?? []).map(
			({ service }: { service: { id: string; availability: Record<string, Availability> } }) =>
				off.has(service.id) ? 'switched-off' : (service.availability[phaseId] ?? 'not-available')
		);
		if (offers.includes('available')) return 'available';
		if (!offers.length) return 'no-service';
		return offers.sort((a, b) => rank[a] - rank[b])[0]!;
	};

	const scenarios = catalog.scenarios.map((scenario): ScenarioStateCoverage => {
		const expected = (scenario.phases[phaseId]?.blocks ?? [])
			.filter((a) => a.responsible !== 'carrier' && !a.optional)
			.map((a) => a.block);
		const covered: string[] = [];
		const pending: ScenarioStateCoverage['pending'] = [];
		for (const block of expected) {
			const status = blockStatus(block);
			if (status === 'available') covered.push(block);
			else pending.push({ block, reason: status });
		}
		return {
			scenario: scenario.id,
			expected,
			covered,
			pending,
			share: expected.length ? covered.length / expected.length : 1
		};
	});
	return {
		state: stateId,
		phase: phaseId,
		switchedOff: [...off],
		services: state.services.map((s) => ({
			id: s.id,
			name: s.name,
			availability: s.availability[phaseId] ?? 'not-available',
			switchedOff: off.has(s.id),
			blocks: s.covers.map((c) => c.block)
		})),
		scenarios
	};
}
