/**
 * How a block grid marks who provides a block: a letter (readable in black and white and for
 * every kind of colour vision) and whether the tile carries a hatch pattern.
 */
import { m } from '$lib/paraglide/messages.js';

export type ResponsibleMark = 'carrier' | 'state' | 'both' | undefined;

export function responsibleMarker(responsible: ResponsibleMark): {
	letter: string;
	pattern: boolean;
} {
	switch (responsible) {
		case 'carrier':
			return { letter: m.grid_marker_carrier(), pattern: false };
		case 'state':
			return { letter: m.grid_marker_state(), pattern: true };
		case 'both':
			return { letter: m.grid_marker_both(), pattern: true };
		default:
			return { letter: '', pattern: false };
	}
}
