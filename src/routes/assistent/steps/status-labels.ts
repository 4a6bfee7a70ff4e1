/** Badge colours for the gap statuses (the words come from the engine, in both languages). */
import type { GapStatus } from '$lib/domain';

export const statusVariant: Record<GapStatus, 'success' | 'info' | 'warning' | 'danger'> = {
	state: 'success',
	'state-partial': 'warning',
	'state-pending': 'danger',
	'state-offer': 'info',
	solution: 'success',
	'solution-partial': 'warning',
	existing: 'success',
	gap: 'danger',
	overlap: 'warning',
	optional: 'info',
	removed: 'info'
};
