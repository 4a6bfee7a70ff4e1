/**
 * Properties that must hold for every valid profile and configuration, not only for the cases
 * someone thought of.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	analyzeGaps,
	gapStatuses,
	parseConfiguration,
	recommend,
	type Catalog
} from '../../../src/lib/domain';
import type { Configuration } from '../../../src/lib/schema/types';
import { configurationArbitrary, profileArbitrary } from '../helpers/arbitraries';
import { realCatalog } from '../helpers/catalog';
import { configuration } from '../helpers/factories';

const catalog = realCatalog();
const runs = { numRuns: 300 };

const pendingAndGaps = (config: Configuration, cat: Catalog) => {
	const { byStatus } = analyzeGaps(config, cat).summary;
	return byStatus.gap + byStatus['state-pending'];
};

/** The catalog with one more service of a state available (whatever its status was). */
function withServiceAvailable(stateIndex: number, serviceIndex: number): Catalog {
	const states = structuredClone(catalog.states);
	states[stateIndex]!.services[serviceIndex]!.status = 'available';
	return { ...catalog, states };
}

describe('every valid profile', () => {
	it('gets a complete ranking of every scenario with an explanation per criterion', () => {
		fc.assert(
			fc.property(profileArbitrary(catalog), (p) => {
				const result = recommend(p, catalog);
				expect(result.ranking.map((s) => s.scenario).sort()).toEqual(
					catalog.scenarios.map((s) => s.id).sort()
				);
				for (const s of result.ranking) {
					expect(s.criteria).toHaveLength(4);
					for (const c of s.criteria) expect(c.reason.de.length && c.reason.en.length).toBeTruthy();
				}
				expect(result.recommended).toBe(result.ranking[0]!.scenario);
			}),
			runs
		);
	});
});

describe('every valid configuration', () => {
	it('is accepted by parseConfiguration', () => {
		fc.assert(
			fc.property(configurationArbitrary(catalog), (c) => {
				const result = parseConfiguration(c, catalog);
				expect(result.ok ? [] : result.problems).toEqual([]);
			}),
			runs
		);
	});

	it('gives every block exactly one status, and the counts add up', () => {
		fc.assert(
			fc.property(configurationArbitrary(catalog), (config) => {
				const analysis = analyzeGaps(config, catalog);
				const ids = analysis.rows.map((r) => r.block);
				expect(new Set(ids).size).toBe(ids.length);
				for (const row of analysis.rows) expect(gapStatuses).toContain(row.status);
				const total = Object.values(analysis.summary.byStatus).reduce((a, b) => a + b, 0);
				expect(total).toBe(analysis.rows.length);
			}),
			runs
		);
	});

	it('never gets more gaps or pending blocks when one more state service becomes available', () => {
		// The catalog copy is seen as such: the planned Landesradius, made available, closes a block.
		const sh = catalog.states.findIndex((st) => st.id === 'sh');
		const radius = catalog.states[sh]!.services.findIndex((sv) => sv.id === 'sh-landesradius');
		const primary = configuration();
		expect(pendingAndGaps(primary, withServiceAvailable(sh, radius))).toBe(
			pendingAndGaps(primary, catalog) - 1
		);
		fc.assert(
			fc.property(configurationArbitrary(catalog), fc.nat(), (config, s) => {
				const stateIndex = catalog.states.findIndex((st) => st.id === config.profile.state);
				const notYet = catalog.states[stateIndex]!.services.flatMap((sv, i) =>
					sv.status === 'available' ? [] : [i]
				);
				if (!notYet.length) return;
				const better = withServiceAvailable(stateIndex, notYet[s % notYet.length]!);
				expect(pendingAndGaps(config, better)).toBeLessThanOrEqual(pendingAndGaps(config, catalog));
			}),
			runs
		);
	});

	it('never gets a new gap when a block is removed', () => {
		fc.assert(
			fc.property(configurationArbitrary(catalog), fc.nat(), (config, pick) => {
				const blocks = analyzeGaps(config, catalog).rows.map((r) => r.block);
				const target = blocks[pick % blocks.length]!;
				const removed: Configuration = {
					...config,
					customizations: {
						...config.customizations,
						removed: [...new Set([...config.customizations.removed, target])]
					}
				};
				const before = new Set(
					analyzeGaps(config, catalog)
						.rows.filter((r) => r.status === 'gap')
						.map((r) => r.block)
				);
				const after = analyzeGaps(removed, catalog)
					.rows.filter((r) => r.status === 'gap')
					.map((r) => r.block);
				for (const id of after) expect(before.has(id)).toBe(true);
			}),
			runs
		);
	});
});
