import { describe, expect, it } from 'vitest';
import { groupSourceRefs } from '$lib/source-refs';

describe('groupSourceRefs', () => {
	it('merges references to the same source and lists every place once', () => {
		expect(
			groupSourceRefs([
				{ source: 'seed-004', locator: 'Folie 26' },
				{ source: 'iqsh-stl-bausteine' },
				{ source: 'seed-004', locator: 'Folie 27' },
				{ source: 'seed-004', locator: 'Folie 26' }
			])
		).toEqual([
			{ source: 'seed-004', locator: 'Folie 26; Folie 27' },
			{ source: 'iqsh-stl-bausteine', locator: undefined }
		]);
	});

	it('returns nothing for no references', () => {
		expect(groupSourceRefs([])).toEqual([]);
	});
});
