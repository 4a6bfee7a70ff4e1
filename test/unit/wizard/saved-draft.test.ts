import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../src/lib/wizard/draft';
import { parseSavedDraft, toSavedDraft } from '../../../src/lib/wizard/saved-draft';
import { realCatalog } from '../helpers/catalog';

const catalog = realCatalog();

describe('a saved draft', () => {
	it('round-trips through storage', () => {
		const saved = toSavedDraft(emptyDraft(), 'schulen', catalog, '2026-11-30T10:00:00.000Z');
		expect(parseSavedDraft(structuredClone(saved), catalog)).toEqual({ ok: true, value: saved });
	});

	it('from before the "Land und Phase" screen was folded into the block step continues on the recommendation', () => {
		const saved = {
			...toSavedDraft(
				{ ...emptyDraft(), phase: 'uebergangsphase' },
				'empfehlung',
				catalog,
				'2026-11-20T10:00:00.000Z'
			),
			step: 'land-und-phase'
		};
		saved.draft = { ...saved.draft, reached: 'land-und-phase' as never };
		const parsed = parseSavedDraft(saved, catalog);
		expect(parsed.ok).toBe(true);
		if (parsed.ok) {
			expect(parsed.value.step).toBe('empfehlung');
			expect(parsed.value.draft.reached).toBe('empfehlung');
			expect(parsed.value.draft.phase).toBe('uebergangsphase');
		}
	});

	it('with a step that never existed is still refused', () => {
		const saved = { ...toSavedDraft(emptyDraft(), 'schulen', catalog), step: 'sommerferien' };
		expect(parseSavedDraft(saved, catalog).ok).toBe(false);
	});
});
