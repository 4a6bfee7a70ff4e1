import { describe, expect, it } from 'vitest';
import {
	blockProviders,
	emptyBlockFilter,
	filterBlocks,
	matchesQuery,
	normalizeSearchText
} from '$lib/domain/block-search';
import type { Block, BlockAssignment, Scenario } from '$lib/schema/types';

function block(overrides: Partial<Block> & { id: string }): Block {
	return {
		category: 'infrastruktur',
		name: { de: overrides.id, en: overrides.id },
		description: { de: 'Beschreibung', en: 'Description' },
		set: 'iqsh',
		sources: [],
		...overrides
	};
}

function assignment(block: string, responsible: BlockAssignment['responsible']): BlockAssignment {
	return { block, responsible, confidence: 'high', reasoning: { de: 'weil', en: 'because' } };
}

function scenario(id: string, phases: Record<string, BlockAssignment[]>): Scenario {
	return {
		id,
		order: 1,
		name: { de: id, en: id },
		summary: { de: id, en: id },
		targetGroup: {} as Scenario['targetGroup'],
		phases: Object.fromEntries(
			Object.entries(phases).map(([phase, blocks]) => [
				phase,
				{ characteristics: [], blocks, sources: [] }
			])
		),
		sources: []
	};
}

const idm = block({
	id: 'identitaetsmanagement',
	name: { de: 'Identitätsmanagement', en: 'Identity management' },
	keywords: ['IDM', 'Single Sign-on']
});
const messenger = block({
	id: 'messenger',
	category: 'paedagogische-dienste',
	name: { de: 'Messenger', en: 'Messenger' }
});
const wiki = block({
	id: 'wiki',
	category: 'paedagogische-dienste',
	name: { de: 'Wiki', en: 'Wiki' }
});
const video = block({
	id: 'videokonferenz',
	category: 'paedagogische-dienste',
	name: { de: 'Videokonferenz', en: 'Video conferencing' },
	set: 'extension'
});
const blocks = [idm, messenger, wiki, video];

const providers = blockProviders([
	scenario('musterloesung-gs', {
		uebergangsphase: [
			assignment('identitaetsmanagement', 'state'),
			assignment('messenger', 'state')
		],
		'landesloesung-aktiv': [assignment('identitaetsmanagement', 'state')]
	}),
	scenario('schultraegerloesung-erweitert', {
		uebergangsphase: [
			assignment('identitaetsmanagement', 'carrier'),
			assignment('wiki', 'carrier')
		],
		'landesloesung-aktiv': [assignment('identitaetsmanagement', 'both')]
	})
]);

describe('normalizeSearchText', () => {
	it('drops accents and case, so "Identität" and "identitat" are the same', () => {
		expect(normalizeSearchText('Identität')).toBe('identitat');
		expect(normalizeSearchText('identitat')).toBe('identitat');
	});

	it('writes ß as ss and collapses whitespace', () => {
		expect(normalizeSearchText('  Straße   und  Weg ')).toBe('strasse und weg');
	});
});

describe('matchesQuery', () => {
	it('finds Identitätsmanagement by "identitat", without the umlaut', () => {
		expect(matchesQuery(idm, 'identitat')).toBe(true);
	});

	it('finds it by the written-out umlaut "identitaet" and by "IDENTITÄT"', () => {
		expect(matchesQuery(idm, 'identitaet')).toBe(true);
		expect(matchesQuery(idm, 'IDENTITÄT')).toBe(true);
	});

	it('finds a block by its English name and by a keyword', () => {
		expect(matchesQuery(idm, 'identity')).toBe(true);
		expect(matchesQuery(idm, 'sign-on')).toBe(true);
	});

	it('needs every word of the query to match', () => {
		expect(matchesQuery(idm, 'identity management')).toBe(true);
		expect(matchesQuery(idm, 'identity drucker')).toBe(false);
	});

	it('matches everything for an empty or blank query', () => {
		expect(matchesQuery(wiki, '')).toBe(true);
		expect(matchesQuery(wiki, '   ')).toBe(true);
	});

	it('does not search the description', () => {
		expect(matchesQuery(wiki, 'beschreibung')).toBe(false);
	});
});

describe('blockProviders', () => {
	it('collects who provides a block over all scenarios and phases', () => {
		expect([...(providers.get('identitaetsmanagement') ?? [])].sort()).toEqual([
			'both',
			'carrier',
			'state'
		]);
		expect([...(providers.get('wiki') ?? [])]).toEqual(['carrier']);
	});

	it('has no entry for a block no scenario assigns', () => {
		expect(providers.has('videokonferenz')).toBe(false);
	});
});

describe('filterBlocks', () => {
	const ids = (filter: Partial<typeof emptyBlockFilter>) =>
		filterBlocks(blocks, { ...emptyBlockFilter, ...filter }, providers).map((b) => b.id);

	it('returns every block, in order, for the empty filter', () => {
		expect(ids({})).toEqual(['identitaetsmanagement', 'messenger', 'wiki', 'videokonferenz']);
	});

	it('filters by category', () => {
		expect(ids({ category: 'paedagogische-dienste' })).toEqual([
			'messenger',
			'wiki',
			'videokonferenz'
		]);
	});

	it('counts an overlap as provided by the carrier and by the state', () => {
		expect(ids({ provider: 'carrier' })).toEqual(['identitaetsmanagement', 'wiki']);
		expect(ids({ provider: 'state' })).toEqual(['identitaetsmanagement', 'messenger']);
	});

	it('finds only overlaps under "both"', () => {
		expect(ids({ provider: 'both' })).toEqual(['identitaetsmanagement']);
	});

	it('finds the blocks outside the IQSH set under "extension"', () => {
		expect(ids({ provider: 'extension' })).toEqual(['videokonferenz']);
	});

	it('combines search, category and provider', () => {
		expect(ids({ query: 'wi', category: 'paedagogische-dienste', provider: 'carrier' })).toEqual([
			'wiki'
		]);
		expect(ids({ query: 'messenger', provider: 'carrier' })).toEqual([]);
	});
});
