/**
 * The places of a catalog that the integrity check looks at, in the order it reports problems:
 * the source definitions of every file; then categories, phases, blocks, scenarios, states,
 * solutions, the planning files and the id changes. A list comes before its entries (duplicate
 * ids), an entry before what it contains. Each place names the blocks and sources it refers to,
 * so that one rule checks every reference of the catalog.
 */
import type { Block, SourceDefinition, SourceRef } from '../schema/types';
import type { IntegrityInput } from './catalog-integrity';

/** Where a place refers to a block: the pointer of the reference and the block id. */
export type BlockRefs = [pointer: string, id: string][];
/** Where a place refers to sources: the pointer of the list and the list. */
export type SourceRefs = [pointer: string, refs: SourceRef[] | undefined][];

/** Kinds of entries whose ids must be unique in their list. */
export type IdEntity = 'category' | 'phase' | 'block' | 'scenario' | 'service' | 'solution';

interface At {
	file: string;
	pointer: string;
	blockRefs?: BlockRefs;
	sourceRefs?: SourceRefs;
}

export type Place = At &
	(
		| { kind: 'sourceDefinitions'; sources: SourceDefinition[] }
		| { kind: 'ids'; entity: IdEntity; ids: string[]; idPointer: (i: number) => string }
		/** An entry whose only rules are its references (a category, a state service, …). */
		| { kind: 'references' }
		| { kind: 'block'; block: Block }
		| { kind: 'scenario'; id: string; phaseIds: string[] }
		| { kind: 'scenarioPhase'; phaseId: string }
		/** A block in a list that names each block once: a scenario phase or a service's covers. */
		| { kind: 'listedBlock'; list: 'phase' | 'service'; earlier: string[] }
		| { kind: 'state'; id: string; defaultPhase: string }
		| { kind: 'solution'; id: string }
		| { kind: 'solutionRatings'; rated: Set<string> }
		| { kind: 'dependency'; before: string; after: string }
		| { kind: 'dependencies'; pairs: (readonly [string, string])[] }
		| { kind: 'staffingScenario'; scenario: string }
		| { kind: 'cost'; solution?: string; min: number; max: number }
		| { kind: 'idChange'; change: NonNullable<IntegrityInput['meta']['idChanges']>[number] }
	);

const refsAt = (pointer: string, refs: SourceRef[] | undefined): SourceRefs => [
	[`${pointer}/sources`, refs]
];

/** Every place of the catalog, in the order of the check. */
export function* catalogPlaces(input: IntegrityInput): Generator<Place> {
	const planning = Object.entries(input.planning.files);
	for (const [file, sources] of [
		['catalog.json', input.meta.sources],
		...input.states.map((s) => [s.path, s.data.sources] as const),
		...input.solutions.map((s) => [s.path, s.data.sources] as const),
		...planning.map(([kind, data]) => [`${kind}.json`, data.sources] as const)
	] as const)
		if (sources) yield { kind: 'sourceDefinitions', file, pointer: '/sources', sources };

	for (const [file, list, entity] of [
		['categories.json', input.categories, 'category'],
		['phases.json', input.phases, 'phase']
	] as const) {
		const key = `/${file.replace('.json', '')}`;
		yield ids(file, key, entity, list, (i) => `${key}/${i}/id`);
		for (const [i, entry] of list.entries())
			yield {
				kind: 'references',
				file,
				pointer: `${key}/${i}`,
				...sourcesOf(`${key}/${i}`, entry)
			};
	}

	yield ids('blocks.json', '/blocks', 'block', input.blocks, (i) => `/blocks/${i}/id`);
	for (const [i, block] of input.blocks.entries())
		yield {
			kind: 'block',
			file: 'blocks.json',
			pointer: `/blocks/${i}`,
			block,
			...sourcesOf(`/blocks/${i}`, block)
		};

	yield* scenarioPlaces(input);
	yield* statePlaces(input);
	yield* solutionPlaces(input);
	yield* planningPlaces(input);

	for (const [i, change] of (input.meta.idChanges ?? []).entries())
		yield { kind: 'idChange', file: 'catalog.json', pointer: `/idChanges/${i}`, change };
}

function ids(
	file: string,
	pointer: string,
	entity: IdEntity,
	list: { id: string }[],
	idPointer: (i: number) => string
): Place {
	return { kind: 'ids', file, pointer, entity, ids: list.map((e) => e.id), idPointer };
}

const sourcesOf = (pointer: string, entry: { sources?: SourceRef[] }) => ({
	sourceRefs: refsAt(pointer, entry.sources)
});

function* scenarioPlaces({ scenarios }: IntegrityInput): Generator<Place> {
	yield ids(
		'scenarios',
		'',
		'scenario',
		scenarios.map((s) => s.data),
		() => '/id'
	);
	for (const { path: file, data: scenario } of scenarios) {
		yield {
			kind: 'scenario',
			file,
			pointer: '',
			id: scenario.id,
			phaseIds: Object.keys(scenario.phases),
			sourceRefs: [
				...refsAt('', scenario.sources),
				...refsAt('/targetGroup', scenario.targetGroup.sources)
			]
		};
		for (const [phaseId, assignment] of Object.entries(scenario.phases)) {
			const base = `/phases/${phaseId}`;
			yield {
				kind: 'scenarioPhase',
				file,
				pointer: base,
				phaseId,
				sourceRefs: refsAt(base, assignment.sources)
			};
			const listed = assignment.blocks.map((a) => a.block);
			for (const [i, a] of assignment.blocks.entries())
				yield {
					kind: 'listedBlock',
					list: 'phase',
					file,
					pointer: `${base}/blocks/${i}`,
					earlier: listed.slice(0, i),
					blockRefs: [[`${base}/blocks/${i}/block`, a.block]],
					sourceRefs: refsAt(`${base}/blocks/${i}`, a.sources)
				};
		}
	}
}

function* statePlaces({ states }: IntegrityInput): Generator<Place> {
	for (const { path: file, data: state } of states) {
		yield { kind: 'state', file, pointer: '', id: state.id, defaultPhase: state.defaultPhase };
		yield ids(file, '/services', 'service', state.services, (i) => `/services/${i}/id`);
		for (const [s, service] of state.services.entries()) {
			const base = `/services/${s}`;
			yield { kind: 'references', file, pointer: base, sourceRefs: refsAt(base, service.sources) };
			const listed = service.covers.map((c) => c.block);
			for (const [i, c] of service.covers.entries())
				yield {
					kind: 'listedBlock',
					list: 'service',
					file,
					pointer: `${base}/covers/${i}`,
					earlier: listed.slice(0, i),
					blockRefs: [[`${base}/covers/${i}/block`, c.block]],
					sourceRefs: refsAt(`${base}/covers/${i}`, c.sources)
				};
		}
	}
}

function* solutionPlaces({ solutions }: IntegrityInput): Generator<Place> {
	yield ids(
		'solutions',
		'',
		'solution',
		solutions.map((s) => s.data),
		() => '/id'
	);
	for (const { path: file, data: solution } of solutions) {
		yield { kind: 'solution', file, pointer: '', id: solution.id };
		for (const [blockId, rating] of Object.entries(solution.coverage))
			yield {
				kind: 'references',
				file,
				pointer: `/coverage/${blockId}`,
				blockRefs: [[`/coverage/${blockId}`, blockId]],
				sourceRefs: refsAt(`/coverage/${blockId}`, rating.sources)
			};
		yield {
			kind: 'solutionRatings',
			file,
			pointer: '/coverage',
			rated: new Set(Object.keys(solution.coverage))
		};
	}
}

function* planningPlaces({ planning: { files } }: IntegrityInput): Generator<Place> {
	const deps = files.dependencies.dependencies;
	for (const [i, d] of deps.entries())
		yield {
			kind: 'dependency',
			file: 'dependencies.json',
			pointer: `/dependencies/${i}`,
			before: d.before,
			after: d.after,
			blockRefs: [
				[`/dependencies/${i}/before`, d.before],
				[`/dependencies/${i}/after`, d.after]
			],
			sourceRefs: refsAt(`/dependencies/${i}`, d.sources)
		};
	yield {
		kind: 'dependencies',
		file: 'dependencies.json',
		pointer: '/dependencies',
		pairs: deps.map((d) => [d.before, d.after] as const)
	};

	for (const [i, p] of files.funding.programmes.entries())
		yield {
			kind: 'references',
			file: 'funding.json',
			pointer: `/programmes/${i}`,
			blockRefs: p.blocks.map((id, j) => [`/programmes/${i}/blocks/${j}`, id]),
			sourceRefs: [
				...refsAt(`/programmes/${i}`, p.sources),
				...(p.examples ?? []).flatMap((e, j) => refsAt(`/programmes/${i}/examples/${j}`, e.sources))
			]
		};

	const staffing = files.staffing;
	yield {
		kind: 'references',
		file: 'staffing.json',
		pointer: '',
		sourceRefs: [
			...staffing.levels.flatMap((l, i) => refsAt(`/levels/${i}`, l.sources)),
			...refsAt('/central', staffing.central.sources),
			...refsAt('/onSite', staffing.onSite.sources)
		]
	};
	for (const [id, expectation] of Object.entries(staffing.scenarios))
		yield {
			kind: 'staffingScenario',
			file: 'staffing.json',
			pointer: `/scenarios/${id}`,
			scenario: id,
			sourceRefs: refsAt(`/scenarios/${id}`, expectation.sources)
		};

	for (const [i, c] of files.costs.costs.entries())
		yield {
			kind: 'cost',
			file: 'costs.json',
			pointer: `/costs/${i}`,
			solution: c.solution,
			min: c.min,
			max: c.max,
			blockRefs: (c.blocks ?? []).map((id, j) => [`/costs/${i}/blocks/${j}`, id]),
			sourceRefs: refsAt(`/costs/${i}`, c.sources)
		};

	const cooperation = files.cooperation;
	yield {
		kind: 'references',
		file: 'cooperation.json',
		pointer: '',
		blockRefs: cooperation.suitedBlocks.map((id, i) => [`/suitedBlocks/${i}`, id]),
		sourceRefs: cooperation.forms.flatMap((f, i) => refsAt(`/forms/${i}`, f.sources))
	};
}
