/**
 * aggregate(documents, catalog): many carriers' saved configurations at once, as a state
 * collects them. Invalid documents are reported by name and skipped, never counted. Shares are
 * over all valid configurations. `createAggregation` does the same one document at a time and
 * keeps only the counts and a short reason per invalid file, so memory stays flat however many
 * documents pass through.
 */
import { indexCatalog, sortBlockIds, type Catalog } from './catalog';
import { bestSolutionDepth, blockStatus } from './classify-block';
import { readConfigurationData } from './configuration-input';
import type { Problem } from './problem';
import { effectiveBlocks } from './scenario-blocks';
import { stateOffers } from './state-view';

export interface NamedDocument {
	name: string;
	data: unknown;
}

export interface BlockAggregate {
	block: string;
	/** Carriers whose configuration contains the block (not removed). */
	carriers: number;
	gap: number;
	statePending: number;
	/** (gap + statePending) / valid configurations */
	share: number;
}

/** An invalid file: the first few problems and how many more there were. */
export interface InvalidDocument {
	name: string;
	problems: Problem[];
	/** Problems beyond the ones kept (0 or absent when all are kept). */
	more?: number;
}

export interface Aggregate {
	total: number;
	valid: number;
	invalid: InvalidDocument[];
	scenarios: Record<string, number>;
	phases: Record<string, number>;
	states: Record<string, number>;
	blocks: BlockAggregate[];
	/** Blocks with the most carriers with a gap or pending state block, at most 10. */
	topGaps: BlockAggregate[];
}

const count = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 0]));

/** Problems kept per invalid file: enough to act on, few enough for 20,000 broken files. */
export const PROBLEMS_PER_FILE = 3;

export interface Aggregation {
	/** Validates and counts one document; only its counts stay, the document itself does not. */
	add(doc: NamedDocument): void;
	/** Records a file that could not even be read or parsed. */
	addInvalid(name: string, problems: Problem[]): void;
	/** The aggregate of everything added so far. */
	result(): Aggregate;
}

export function createAggregation(catalog: Catalog): Aggregation {
	const scenarios: Record<string, number> = count(catalog.scenarios.map((s) => s.id));
	const phases: Record<string, number> = count(catalog.phases.map((p) => p.id));
	const states: Record<string, number> = count(catalog.states.map((s) => s.id));
	const index = indexCatalog(catalog);
	const perBlock = new Map<string, BlockAggregate>();
	const invalid: InvalidDocument[] = [];
	let valid = 0;
	let total = 0;

	const addInvalid = (name: string, problems: Problem[]) => {
		total++;
		const more = problems.length - PROBLEMS_PER_FILE;
		invalid.push({
			name,
			problems: problems.slice(0, PROBLEMS_PER_FILE),
			...(more > 0 ? { more } : {})
		});
	};

	const add = (doc: NamedDocument) => {
		const parsed = readConfigurationData(doc.data, catalog, doc.name);
		if (!parsed.ok) {
			addInvalid(doc.name, parsed.problems);
			return;
		}
		total++;
		valid++;
		const config = parsed.value;
		scenarios[config.scenario]!++;
		phases[config.phase]!++;
		states[config.profile.state]!++;
		// The statuses only, without analyzeGaps' explanations: same rule, far less work.
		const offers = stateOffers(catalog, config.profile.state);
		const chosen = config.solutions.map((id) => index.solution.get(id)!);
		const added = config.customizations.added;
		// Keyed lookups into the parsed inventory object are slow (dictionary-mode object, one per
		// document); one pass over it into a Set is much cheaper than 40 lookups.
		const existing = new Set<string>();
		for (const id in config.inventory) if (config.inventory[id] === 'existing') existing.add(id);
		for (const block of effectiveBlocks(
			catalog,
			config.scenario,
			config.phase,
			config.customizations
		)) {
			let entry = perBlock.get(block.block);
			if (!entry)
				perBlock.set(
					block.block,
					(entry = { block: block.block, carriers: 0, gap: 0, statePending: 0, share: 0 })
				);
			if (block.removed) continue;
			entry.carriers++;
			// Solutions are looked at only where the rule gets that far (a would-be gap).
			const status = blockStatus(
				block,
				offers.get(block.block)?.depth ?? 0,
				existing.has(block.block) ? 'existing' : undefined,
				block.assignment?.optional === true && added.includes(block.block),
				0
			);
			if (status === 'gap') {
				if (bestSolutionDepth(chosen, block.block) === 0) entry.gap++;
			} else if (status === 'state-pending') entry.statePending++;
		}
	};

	const result = (): Aggregate => {
		const blocks = sortBlockIds(catalog, perBlock.keys()).map((id) => {
			const entry = perBlock.get(id)!;
			return { ...entry, share: valid ? (entry.gap + entry.statePending) / valid : 0 };
		});
		const topGaps = blocks
			.filter((b) => b.gap + b.statePending > 0)
			.sort((a, b) => b.gap + b.statePending - (a.gap + a.statePending))
			.slice(0, 10);
		return {
			total,
			valid,
			invalid: [...invalid],
			scenarios: { ...scenarios },
			phases: { ...phases },
			states: { ...states },
			blocks,
			topGaps
		};
	};

	return { add, addInvalid, result };
}

export function aggregate(documents: NamedDocument[], catalog: Catalog): Aggregate {
	const aggregation = createAggregation(catalog);
	for (const doc of documents) aggregation.add(doc);
	return aggregation.result();
}
