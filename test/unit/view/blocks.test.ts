import { describe, expect, it } from 'vitest';
import { emptyBlockFilter } from '$lib/domain/block-search';
import { blockFilterFromParams, blockFilterToParams } from '$lib/view/blocks';

describe('the filter in the URL', () => {
	const categories = ['infrastruktur', 'paedagogische-dienste'];

	it('round-trips through the query parameters', () => {
		const filter = { query: 'identität', category: 'infrastruktur', provider: 'state' as const };
		const params = blockFilterToParams(filter);
		expect(params.toString()).toBe('q=identit%C3%A4t&kategorie=infrastruktur&bereitstellung=state');
		expect(blockFilterFromParams(params, categories)).toEqual(filter);
	});

	it('leaves out empty parts', () => {
		expect(blockFilterToParams({ ...emptyBlockFilter, query: '  ' }).toString()).toBe('');
	});

	it('ignores unknown categories and providers', () => {
		const params = new URLSearchParams('kategorie=gibt-es-nicht&bereitstellung=alle&q=wiki');
		expect(blockFilterFromParams(params, categories)).toEqual({
			query: 'wiki',
			category: '',
			provider: ''
		});
	});
});
