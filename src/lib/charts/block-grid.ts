/**
 * Layout of a block grid like the IQSH slides: one section per category, the blocks as tiles in
 * rows. d3 computes positions; the Svelte component only draws them. Works for any number of
 * categories and blocks, and for widths from a 360 px phone to a wide screen.
 */
import { scaleBand } from 'd3-scale';
import { memoLast } from '$lib/view/memo-last';

export interface GridItem {
	id: string;
	category: string;
	label: string;
	/**
	 * The label with soft hyphens (U+00AD) where a long word may break, from the catalog's
	 * `hyphenation`; `label` stays the plain text for screen readers.
	 */
	hyphenated?: string;
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

const SOFT_HYPHEN = '\u00ad';

interface Piece {
	text: string;
	/** What joins it to the previous piece on the same line: a space between words, nothing inside one. */
	glue: '' | ' ';
	/** The word goes on after this piece at a soft hyphen: a line that ends here needs a "-". */
	soft: boolean;
}

/** A word's pieces: split at soft hyphens and after its own hyphens ("WLAN-" / "Zugangs…"). */
function wordPieces(word: string, maxChars: number): Piece[] {
	const plain = word.replaceAll(SOFT_HYPHEN, '');
	if (plain.length <= maxChars) return [{ text: plain, glue: ' ', soft: false }];
	const pieces: Piece[] = [];
	let current = '';
	const push = (soft: boolean) => {
		if (current) pieces.push({ text: current, glue: pieces.length ? '' : ' ', soft });
		current = '';
	};
	for (let i = 0; i < word.length; i++) {
		const ch = word[i]!;
		if (ch === SOFT_HYPHEN) {
			push(true);
			continue;
		}
		current += ch;
		if (ch === '-' && /\p{L}/u.test(word[i + 1] ?? '')) push(false);
	}
	push(false);
	// A piece still longer than a line is cut by characters, as a last resort.
	return pieces.flatMap((piece) => {
		if (piece.text.length <= maxChars) return [piece];
		const parts: Piece[] = [];
		for (let rest = piece.text; rest.length; rest = rest.slice(maxChars - 1)) {
			const last = rest.length <= maxChars;
			parts.push({
				text: last ? rest : rest.slice(0, maxChars - 1) + '-',
				glue: parts.length ? '' : piece.glue,
				soft: last && piece.soft
			});
		}
		return parts;
	});
}

/**
 * Splits a label into at most `maxLines` lines of about `maxChars` characters. Long words break
 * at the catalog's soft hyphens ("Identitäts-" / "management") or after their own hyphen
 * ("WLAN-" / "Zugangsverwaltung"); only a word with neither is cut by characters. What does not
 * fit ends in "…".
 */
export function wrapLabel(
	label: string,
	maxChars: number,
	maxLines = gridMetrics.maxLines
): string[] {
	const pieces = label
		.split(/\s+/)
		.filter(Boolean)
		.flatMap((word) => wordPieces(word, maxChars));
	const lines: string[] = [];
	let line = '';
	let endsSoft = false;
	for (const piece of pieces) {
		const candidate = line ? line + piece.glue + piece.text : piece.text;
		// Room for the "-" a soft break would need if the line ended here.
		if (!line || candidate.length + (piece.soft ? 1 : 0) <= maxChars) line = candidate;
		else {
			lines.push(endsSoft ? `${line}-` : line);
			line = piece.text;
		}
		endsSoft = piece.soft;
		// A piece cut by characters always ends its line.
		if (line.endsWith('-') && piece.glue === '' && !piece.soft && /[^-]-$/.test(piece.text)) {
			lines.push(line);
			line = '';
			endsSoft = false;
		}
	}
	if (line) lines.push(endsSoft ? `${line}-` : line);
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
				lines: wrapLabel(tile.hyphenated ?? tile.label, maxChars)
			});
		});
		stackY += height + gap * 2;
		tallest = Math.max(tallest, height);
	});
	return { width, height: sideBySide ? tallest : Math.max(0, stackY - gap * 2), sections, cells };
}

/** Two tiles side by side: a narrower box shows this layout scaled down. */
export const minGridWidth = 2 * gridMetrics.minTileWidth + gridMetrics.gap;

/**
 * The narrowest width with the same arrangement as `width`: categories side by side or stacked,
 * and as many tiles per row. Every width of such a bracket can show the layout of its narrowest
 * one, drawn in percentages of the width (`layoutFluidBlockGrid`).
 */
export function bracketWidth(usedCategories: number, width: number): number {
	const { gap, minTileWidth } = gridMetrics;
	const w = Math.max(minGridWidth, width);
	const sideBySideFrom = usedCategories * (2 * minTileWidth + 3 * gap);
	const sideBySide = usedCategories > 0 && w >= sideBySideFrom;
	const sectionWidth = sideBySide ? (w - gap * (usedCategories - 1)) / usedCategories : w;
	const columns = Math.max(1, Math.floor((sectionWidth + gap) / (minTileWidth + gap)));
	const narrowestSection = columns * (minTileWidth + gap) - gap;
	return sideBySide
		? Math.max(sideBySideFrom, usedCategories * narrowestSection + gap * (usedCategories - 1))
		: Math.max(minGridWidth, narrowestSection);
}

/**
 * The grid for a box `width` pixels wide, laid out at the narrowest width of its bracket. Drawn
 * with horizontal positions in percent, it fills the box; and it is the same layout for every
 * width of the bracket, so a page prerendered for the width its box usually has hydrates without
 * redrawing the picture, and resizing inside a bracket redraws nothing.
 */
export function layoutFluidBlockGrid(
	items: GridItem[],
	categories: { id: string; title: string }[],
	width: number
): GridLayout {
	const used = categories.filter((c) => items.some((i) => i.category === c.id)).length;
	return layoutBlockGrid(items, categories, bracketWidth(used, width));
}

/** A fluid grid ready to draw: every horizontal position also as a percentage of its width. */
export interface DrawnGridLayout extends GridLayout {
	sections: (GridSection & { left: string })[];
	cells: (GridCell & { left: string; right: string; widthPct: string })[];
}

/**
 * For one grid on screen: `layoutFluidBlockGrid` with its positions in percent, worked out once per
 * input (`memoLast`). A component reads its layout from every tile, and in Svelte's async mode a
 * `$derived` does not keep its value while the page hydrates in several tasks: each read laid the
 * grid out anew – 312 times on /szenarien, a quarter of a second on a slow PC (issue 13).
 */
export function fluidGridDrawer() {
	return memoLast(
		(items: GridItem[], categories: { id: string; title: string }[], width: number) => {
			const grid = layoutFluidBlockGrid(items, categories, width);
			const pct = (x: number) => `${(x / grid.width) * 100}%`;
			return {
				...grid,
				sections: grid.sections.map((section) => ({ ...section, left: pct(section.x) })),
				cells: grid.cells.map((cell) => ({
					...cell,
					left: pct(cell.x),
					right: pct(cell.x + cell.width),
					widthPct: pct(cell.width)
				}))
			} satisfies DrawnGridLayout;
		}
	);
}
