/** The words and marks of the heatmap's cell states in the current UI language. */
import type { CellState } from '$lib/charts/coverage-cells';
import { m } from '$lib/paraglide/messages.js';

export const cellStateLabel: Record<CellState, () => string> = {
	covered: m.cov_state_covered,
	partial: m.cov_state_partial,
	pilot: m.cov_state_pilot,
	planned: m.cov_state_planned,
	discontinued: m.cov_state_discontinued,
	'no-service': m.cov_state_no_service,
	'switched-off': m.cov_state_switched_off,
	'not-expected': m.cov_state_not_expected
};

/** States drawn on a dark fill, whose symbol is white. */
export const darkCellStates: ReadonlySet<CellState> = new Set(['covered', 'no-service']);
