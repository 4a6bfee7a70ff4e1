/**
 * How the comparison matrix marks a coverage level: a symbol that reads in black and white and
 * for every kind of colour vision, always shown next to the level's word.
 */
import type { CoverageLevel } from '$lib/schema/types';

export const coverageSymbol: Record<CoverageLevel, string> = {
	full: '●',
	partial: '◐',
	none: '○',
	unknown: '?'
};

export const coverageLevels: readonly CoverageLevel[] = ['full', 'partial', 'none', 'unknown'];
