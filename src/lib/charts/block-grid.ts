/**
 * Layout of a block grid like the IQSH slides: one section per category, the blocks as tiles in
 * rows. d3 computes positions; the Svelte component only draws them. Works for any number of
 * categories and blocks, and for widths from a 360 px phone to a wide screen.
 */
import { scaleBand } from 'd3-scale';

export interface GridItem {
	id: string;
	category: string;
	label: string;
	/** Anything the component uses to colour or mark the tile. */
	responsible?: 'carrier' | 'state' | 'both';
	confidence?: 'high' | 'medium' | 'low';
}

export interface GridCell extends GridItem {
	x: number;
	y: number;
	width: number;
	height: number;
	lines: string[];
}

export interface GridSection {
	category: string;
	title: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface GridLayout {
	width: number;
	height: number;
	sections: GridSection[];
	cells: GridCell[];
}

export const gridMetrics = {
	gap: 8,
	sectionTitle: 28,
	tileHeight: 56,
	minTileWidth: 132,
	/** Average glyph width at the tile font size, for wrapping labels. */
	charWidth: 7.4,
	padding: 8,
	maxLines: 3
};

/**
 * Splits a label into at most `maxLines` lines of about `maxChars` characters. A word longer than
 * a line breaks after its own hyphen first ("WLAN-" / "Zugangsverwaltung"), else it is hyphenated
 * (German compounds: "Identitätsmanagement"); what does not fit ends in "…".
 */
export function wrapLabel(
	label: string,
	maxChars: number,
	maxLines = gridMetrics.maxLines
): string[] {
	const pieces = label
		.split(/\s+/)
		.filter(Boolean)
		// A compound too long for a line breaks after its own hyphen first.
		.flatMap((word) => (word.length > maxChars ? word.split(/(?<=-)(?=\p{L})/u) : [word]))
		.flatMap((word) => {
			if (word.length <= maxChars) return [word];
			const parts: string[] = [];
			for (let rest = word; rest.length; rest = rest.slice(maxChars - 1))
				parts.push(rest.length > maxChars ? rest.slice(0, maxChars - 1) + '-' : rest);
			return parts;
		});
	const lines: string[] = [];
	let line = '';
	for (const piece of pieces) {
		const candidate = line ? `${line} ${piece}` : piece;
		if (candidate.length <= maxChars || !line) line = candidate;
		else {
			lines.push(line);
			line = piece;
		}
		// A hyphenated piece always ends its line.
		if (line.endsWith('-')) {
			lines.push(line);
			line = '';
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	const last = kept[maxLines - 1]!.replace(/-$/, '');
	kept[maxLines - 1] = (last.length >= maxChars ? last.slice(0, maxChars - 1) : last) + '…';
	return kept;
}

/**
 * Categories side by side when the width allows two tiles per category, else stacked; inside a
 * category the tiles fill rows.
 */
export function layoutBlockGrid(
	items: GridItem[],
	categories: { id: string; title: string }[],
	width: number
): GridLayout {
	const { gap, sectionTitle, tileHeight, minTileWidth, charWidth, padding } = gridMetrics;
	const used = categories.filter((c) => items.some((i) => i.category === c.id));
	const sideBySide = used.length > 0 && width >= used.length * (2 * minTileWidth + 3 * gap);
	const sectionWidth = sideBySide ? (width - gap * (used.length - 1)) / used.length : width;
	const columns = Math.max(1, Math.floor((sectionWidth + gap) / (minTileWidth + gap)));
	const column = scaleBand<number>()
		.domain(Array.from({ length: columns }, (_, i) => i))
		.range([0, sectionWidth])
		.paddingInner(gap / (minTileWidth + gap));

	const sections: GridSection[] = [];
	const cells: GridCell[] = [];
	let stackY = 0;
	let tallest = 0;
	used.forEach((category, s) => {
		const tiles = items.filter((i) => i.category === category.id);
		const rows = Math.ceil(tiles.length / columns);
		const height = sectionTitle + rows * tileHeight + Math.max(0, rows - 1) * gap;
		const x = sideBySide ? s * (sectionWidth + gap) : 0;
		const y = sideBySide ? 0 : stackY;
		sections.push({
			category: category.id,
			title: category.title,
			x,
			y,
			width: sectionWidth,
			height
		});
		const tileWidth = column.bandwidth();
		const maxChars = Math.max(6, Math.floor((tileWidth - 2 * padding) / charWidth));
		tiles.forEach((tile, i) => {
			cells.push({
				...tile,
				x: x + column(i % columns)!,
				y: y + sectionTitle + Math.floor(i / columns) * (tileHeight + gap),
				width: tileWidth,
				height: tileHeight,
				lines: wrapLabel(tile.label, maxChars)
			});
		});
		stackY += height + gap * 2;
		tallest = Math.max(tallest, height);
	});
	return { width, height: sideBySide ? tallest : Math.max(0, stackY - gap * 2), sections, cells };
}
