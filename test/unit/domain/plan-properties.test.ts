import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeGaps, openStatuses, plan, quarterId, quarterNumber } from '../../../src/lib/domain';
import { realCatalog } from '../helpers/catalog';
import { configurationArbitrary } from '../helpers/arbitraries';

const runs = { numRuns: 100 };
const today = new Date('2026-11-30T12:00:00Z');

describe('the Maßnahmenplan, for any valid configuration', () => {
	const catalog = realCatalog();
	const config = configurationArbitrary(catalog);
	const blockIds = catalog.blocks.map((b) => b.id);
	const moves = fc.dictionary(
		fc.constantFrom(...blockIds),
		fc.integer({ min: 0, max: 20 }).map((n) => quarterId(quarterNumber('2026-Q3') + n)),
		{ maxKeys: 6 }
	);

	it('never puts a measure before one it depends on, even when the user moved measures', () => {
		fc.assert(
			fc.property(config, moves, (c, moved) => {
				const result = plan({ ...c, plan: { start: '2027-Q1', moves: moved } }, catalog, {
					today
				});
				const position = new Map(result.measures.map((m, i) => [m.block, i]));
				for (const m of result.measures)
					for (const d of m.dependsOn)
						expect(position.get(d.block)!).toBeLessThan(position.get(m.block)!);
			}),
			runs
		);
	});

	it('schedules every measure the user did not move after everything it depends on', () => {
		fc.assert(
			fc.property(config, (c) => {
				const result = plan(c, catalog, { today });
				const byBlock = new Map(result.measures.map((m) => [m.block, m]));
				for (const m of result.measures) {
					expect(m.conflicts).toEqual([]);
					for (const d of m.dependsOn)
						expect(quarterNumber(m.start)).toBeGreaterThan(
							quarterNumber(byBlock.get(d.block)!.end)
						);
				}
			}),
			runs
		);
	});

	it('traces every measure back to one open block of the analysis, and every open block to a measure', () => {
		fc.assert(
			fc.property(config, (c) => {
				const rows = analyzeGaps(c, catalog).rows;
				const result = plan(c, catalog, { today });
				const open = rows.filter((r) => openStatuses.has(r.status)).map((r) => r.block);
				expect(result.measures.map((m) => m.block).sort()).toEqual([...open].sort());
				for (const m of result.measures)
					expect(rows.find((r) => r.block === m.block)?.status).toBe(m.status);
			}),
			runs
		);
	});

	it('flags a broken dependency exactly when a measure starts before its dependency ends', () => {
		fc.assert(
			fc.property(config, moves, (c, moved) => {
				const result = plan({ ...c, plan: { start: '2027-Q1', moves: moved } }, catalog, {
					today
				});
				const byBlock = new Map(result.measures.map((m) => [m.block, m]));
				for (const m of result.measures)
					for (const d of m.dependsOn) {
						const broken = quarterNumber(byBlock.get(d.block)!.end) >= quarterNumber(m.start);
						expect(m.conflicts.some((x) => x.block === d.block)).toBe(broken);
					}
			}),
			runs
		);
	});

	it('changes with an earlier answer: the plan always follows the analysis of the new profile', () => {
		fc.assert(
			fc.property(config, fc.constantFrom('sh', 'by', 'st', 'he' as const), (c, state) => {
				const changed = { ...c, profile: { ...c.profile, state } };
				const open = analyzeGaps(changed, catalog)
					.rows.filter((r) => openStatuses.has(r.status))
					.map((r) => `${r.block}:${r.status}`);
				const measures = plan(changed, catalog, { today }).measures.map(
					(m) => `${m.block}:${m.status}`
				);
				expect(measures.sort()).toEqual(open.sort());
			}),
			runs
		);
	});
});
