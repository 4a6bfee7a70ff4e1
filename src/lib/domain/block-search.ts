/**
 * Finding blocks in the catalog browser: free-text search over the names (German and English),
 * ids and keywords, insensitive to case and accents, plus filters by category and by who
 * provides a block. Pure functions; the page keeps the filter in its URL.
 */
import type { Block, Responsible, Scenario } from '$lib/schema/types';

/** Who provides a block in at least one scenario and phase, or the blocks outside the IQSH set. */
export type ProviderFilter = 'carrier' | 'state' | 'both' | 'extension';

export const providerFilters: readonly ProviderFilter[] = ['carrier', 'state', 'both', 'extension'];

export interface BlockFilter {
	/** Free text; every word must occur in the block's names, id or keywords. */
	query: string;
	/** A category id, or '' for all categories. */
	category: string;
	provider: ProviderFilter | '';
}

export const emptyBlockFilter: BlockFilter = { query: '', category: '', provider: '' };

const umlauts: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * Lower case, accents removed, whitespace collapsed: "Identität" and "identitat" both become
 * "identitat". `ß` becomes "ss".
 */
export function normalizeSearchText(text: string): string {
	return text
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The spellings a block is found by: accents dropped ("identitat") and written out ("identitaet"). */
function searchableText(block: Block): string {
	const raw = [block.name.de, block.name.en, block.id, ...(block.keywords ?? [])].join(' ');
	const written = raw.toLowerCase().replace(/[äöüß]/g, (c) => umlauts[c] ?? c);
	return `${normalizeSearchText(raw)} ${normalizeSearchText(written)}`;
}

/** True when every word of the query occurs in the block's names, id or keywords. */
export function matchesQuery(block: Block, query: string): boolean {
	const words = normalizeSearchText(query).split(' ').filter(Boolean);
	if (words.length === 0) return true;
	const text = searchableText(block);
	return words.every((word) => text.includes(word));
}

/**
 * For every block, who provides it in any scenario and phase (the scenarios' block
 * assignments). A block no scenario assigns has no entry.
 */
export function blockProviders(scenarios: Scenario[]): Map<string, Set<Responsible>> {
	const providers = new Map<string, Set<Responsible>>();
	for (const scenario of scenarios) {
		for (const phase of Object.values(scenario.phases)) {
			for (const assignment of phase.blocks) {
				const set = providers.get(assignment.block) ?? new Set<Responsible>();
				set.add(assignment.responsible);
				providers.set(assignment.block, set);
			}
		}
	}
	return providers;
}

/**
 * Whether a block passes the provider filter. `carrier` and `state` include overlaps (a block
 * both provide is provided by the carrier too); `both` means an overlap in at least one
 * scenario and phase.
 */
export function matchesProvider(
	block: Block,
	provider: BlockFilter['provider'],
	providers: ReadonlyMap<string, ReadonlySet<Responsible>>
): boolean {
	if (provider === '') return true;
	if (provider === 'extension') return block.set === 'extension';
	const responsible = providers.get(block.id);
	if (!responsible) return false;
	return responsible.has(provider) || responsible.has('both');
}

/** The blocks that pass every part of the filter, in their given order. */
export function filterBlocks(
	blocks: Block[],
	filter: BlockFilter,
	providers: ReadonlyMap<string, ReadonlySet<Responsible>>
): Block[] {
	return blocks.filter(
		(block) =>
			(filter.category === '' || block.category === filter.category) &&
			matchesProvider(block, filter.provider, providers) &&
			matchesQuery(block, filter.query)
	);
}
