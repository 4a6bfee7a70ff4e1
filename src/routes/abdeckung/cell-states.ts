/** The words and marks of the heatmap's cell states in the current UI language. */
import type { CellState } from '$lib/charts/coverage-cells';
import { coverageStateLabel, type Label } from '$lib/i18n/vocabulary';

/** The vocabulary's words for the state's coverage; a new cell state fails the type check here. */
export const cellStateLabel: Record<CellState, Label> = coverageStateLabel;

/** States drawn on a dark fill, whose symbol is white. */
export const darkCellStates: ReadonlySet<CellState> = new Set(['covered', 'no-service']);
