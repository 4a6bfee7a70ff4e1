import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	analyzeGaps,
	compareStates,
	composeCatalog,
	effectiveBlocks,
	indexCatalog,
	plan,
	recommend
} from '../../../src/lib/domain';
import type { Configuration } from '../../../src/lib/schema/types';
import {
	assistantSlice,
	blockSlice,
	scenariosSlice,
	sourcesSlice
} from '../../../src/lib/view/catalog-slice';
import { catalogFiles, realCatalog } from '../helpers/catalog';

const full = realCatalog();
const core = catalogFiles().filter((f) =>
	['catalog.json', 'categories.json', 'phases.json', 'blocks.json'].includes(f.path)
);

describe('a block page’s slice of the catalog', () => {
	for (const block of ['identitaetsmanagement', 'backup', 'wlan', 'datenschutz']) {
		it(`${block}: every state and solution says the same about the block as the full catalog`, () => {
			const slice = composeCatalog([...core, ...blockSlice(catalogFiles(), block)], full.directory);
			expect(slice.states.map((s) => s.id)).toEqual(full.states.map((s) => s.id));
			expect(slice.solutions.map((s) => s.id)).toEqual(full.solutions.map((s) => s.id));

			const sliceIndex = indexCatalog(slice);
			const fullIndex = indexCatalog(full);
			// The services keep only their coverage of this block; name, status and sources stay.
			const offers = (index: typeof fullIndex, state: string) =>
				(index.stateCoverage.get(state)!.get(block) ?? []).map(({ service, coverage }) => ({
					service: { ...service, covers: undefined },
					coverage
				}));
			for (const state of full.states)
				expect(offers(sliceIndex, state.id)).toEqual(offers(fullIndex, state.id));
			for (const solution of full.solutions)
				expect(sliceIndex.solution.get(solution.id)!.coverage[block]).toEqual(
					solution.coverage[block]
				);
			for (const scenario of full.scenarios)
				for (const [phase, assignment] of Object.entries(scenario.phases))
					expect(sliceIndex.scenario.get(scenario.id)!.phases[phase]!.blocks).toEqual(
						assignment.blocks.filter((a) => a.block === block)
					);
			const row = (c: typeof full) => compareStates(c).blocks.find((b) => b.block === block);
			expect(row(slice)).toEqual(row(full));
		});
	}

	it('keeps nothing of other blocks, and every source it refers to is defined', () => {
		const files = blockSlice(catalogFiles(), 'backup');
		const text = JSON.stringify(files);
		expect(text).not.toContain('"block":"wlan"');
		const slice = composeCatalog([...core, ...files], full.directory);
		const refs = [...text.matchAll(/"source":"([^"]+)"/g)].map((m) => m[1]!);
		expect(refs.length).toBeGreaterThan(10);
		for (const ref of refs) expect(slice.sources.has(ref), ref).toBe(true);
		expect(text.length).toBeLessThan(JSON.stringify(catalogFiles()).length / 4);
	});
});

describe('the assistant’s slice for a state', () => {
	it('holds that state, every solution and the plan’s files, and composes to a catalog with them', () => {
		const files = assistantSlice(catalogFiles(), 'nw');
		const slice = composeCatalog([...core, ...files], full.directory);
		expect(slice.states.map((s) => s.id)).toEqual(['nw']);
		expect(slice.solutions.map((s) => s.id)).toEqual(full.solutions.map((s) => s.id));
		expect(slice.planning.dependencies).toEqual(full.planning.dependencies);
		expect(slice.scenarios).toEqual([]);
	});
});

describe('the sources slice for the page about this tool', () => {
	it('holds every state and solution with its name and all its sources, and nothing else', () => {
		const files = sourcesSlice(catalogFiles());
		const slice = composeCatalog([...core, ...files], full.directory);
		expect(slice.states.map((s) => [s.id, s.name, s.sources])).toEqual(
			full.states.map((s) => [s.id, s.name, s.sources])
		);
		expect(slice.solutions.map((s) => [s.id, s.name, s.sources])).toEqual(
			full.solutions.map((s) => [s.id, s.name, s.sources])
		);
		expect(slice.states.flatMap((s) => s.services)).toEqual([]);
		expect(slice.solutions.flatMap((s) => Object.keys(s.coverage))).toEqual([]);
		expect(JSON.stringify(files).length).toBeLessThan(
			JSON.stringify(catalogFiles().filter((f) => files.some((g) => g.path === f.path))).length / 3
		);
	});
});

describe('the scenarios slice', () => {
	const files = scenariosSlice(catalogFiles());
	const withState = composeCatalog(
		[...core, ...files, ...assistantSlice(catalogFiles(), 'sh')],
		full.directory
	);

	it('keeps every scenario and assignment as it is, without the reasoning, at a third of the size', () => {
		const slice = composeCatalog([...core, ...files], full.directory);
		const withoutReasons = (c: typeof full) =>
			c.scenarios.map((scenario) => ({
				...scenario,
				phases: Object.fromEntries(
					Object.entries(scenario.phases).map(([id, phase]) => [
						id,
						{ ...phase, blocks: phase.blocks.map(({ reasoning: _r, ...rest }) => rest) }
					])
				)
			}));
		expect(slice.scenarios).toEqual(withoutReasons(full));
		expect(JSON.stringify(files)).not.toContain('"reasoning"');
		const scenarioFiles = catalogFiles().filter((f) => f.path.startsWith('scenarios/'));
		expect(JSON.stringify(files).length).toBeLessThan(JSON.stringify(scenarioFiles).length / 3);
	});

	/** A result with the reasoning of block assignments (objects naming a block) left out. */
	const withoutAssignmentReasons = (value: unknown): unknown =>
		JSON.parse(
			JSON.stringify(value, function (key, item) {
				return key === 'reasoning' && typeof this === 'object' && this && 'block' in this
					? undefined
					: item;
			})
		);

	it('gives the assistant the same recommendation, blocks, gaps and plan as the full catalog', () => {
		const fullWithState = composeCatalog(
			[
				...core,
				...catalogFiles().filter((f) => f.path.startsWith('scenarios/')),
				...assistantSlice(catalogFiles(), 'sh')
			],
			full.directory
		);
		for (const scenario of full.scenarios)
			for (const phase of full.phases) {
				const config: Configuration = {
					formatVersion: 1,
					catalogVersion: full.meta.catalogVersion,
					savedAt: '2026-12-01T00:00:00.000Z',
					profile: {
						state: 'sh',
						schoolCount: 7,
						schoolTypes: ['grundschule', 'weiterfuehrende-schule'],
						itStaff: 'small',
						serviceProvider: 'regional'
					},
					scenario: scenario.id,
					phase: phase.id,
					customizations: { added: [], removed: [], responsibleOverrides: {} },
					inventory: {},
					solutions: ['iserv']
				};
				const same = (slice: unknown, fromFull: unknown) =>
					expect(withoutAssignmentReasons(slice)).toEqual(withoutAssignmentReasons(fromFull));
				expect(recommend(config.profile, withState)).toEqual(
					recommend(config.profile, fullWithState)
				);
				same(
					effectiveBlocks(withState, scenario.id, phase.id),
					effectiveBlocks(fullWithState, scenario.id, phase.id)
				);
				same(analyzeGaps(config, withState), analyzeGaps(config, fullWithState));
				same(plan(config, withState), plan(config, fullWithState));
			}
	});

	it('only a block’s own page shows the reasoning, and it loads the block slice, which has it', () => {
		const src = fileURLToPath(new URL('../../../src/', import.meta.url));
		const readers = readdirSync(src, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile() && /\.(svelte|ts)$/.test(e.name))
			.map((e) => join(e.parentPath, e.name))
			.filter((file) => !file.includes('/schema/') && !file.includes('/generated/'))
			.filter((file) =>
				/assignment\.reasoning|\.blocks[^;]*\.reasoning/.test(readFileSync(file, 'utf8'))
			)
			.map((file) => file.slice(src.length));
		expect(readers).toEqual(['routes/bausteine/[id]/ScenarioAssignments.svelte']);
	});
});
