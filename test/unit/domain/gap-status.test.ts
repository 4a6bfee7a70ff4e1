/**
 * The three outcomes of a block in the gap analysis, as the result page, the Word document and
 * the plan group them: open (work for the carrier), set aside (optional or removed), covered
 * (everything else).
 */
import { describe, expect, it } from 'vitest';
import { gapStatuses, openStatuses, setAsideStatuses } from '../../../src/lib/domain';

describe('status outcomes', () => {
	it('sets aside exactly the optional and the removed blocks', () => {
		expect([...setAsideStatuses].sort()).toEqual(['optional', 'removed']);
	});

	it('never counts a block as both open and set aside, and leaves some statuses covered', () => {
		for (const status of gapStatuses)
			expect(openStatuses.has(status) && setAsideStatuses.has(status), status).toBe(false);
		const covered = gapStatuses.filter((s) => !openStatuses.has(s) && !setAsideStatuses.has(s));
		expect(covered).toEqual(['state', 'solution', 'existing']);
	});
});
