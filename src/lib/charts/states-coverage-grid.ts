/**
 * Layout of the states coverage grid: blocks as rows (grouped by category), states as columns.
 * It is drawn as two pictures that share the row positions: the row labels, which stay in place,
 * and the cells with the column heads, which scroll sideways on a narrow screen. d3 computes the
 * positions; the Svelte components only draw them.
 *
 * Nothing here depends on the screen: the labels have one width, and the columns are placed in
 * percent of the cells' picture, which CSS lets grow from `minGridWidth` to `maxGridWidth`. The
 * prerendered grid is therefore the one every browser keeps – laying it out again for the
 * measured width rewrote 5,000 attributes while the page hydrated.
 */
import { scaleBand } from 'd3-scale';
import type { StateCellStatus } from '$lib/domain/state-comparison';
import { wrapLabel } from './block-grid';

export interface GridColumnInput {
	id: string;
	/** Short head text (the state's code). */
	label: string;
}

export interface GridRowInput {
	id: string;
	category: string;
	label: string;
}

/** A column; `x`, `width` and `cx` are percentages of the cells' picture's width. */
export interface GridColumn extends GridColumnInput {
	x: number;
	width: number;
	/** Horizontal centre. */
	cx: number;
}

export interface GridRow extends GridRowInput {
	y: number;
	height: number;
	/** Vertical centre. */
	cy: number;
	lines: string[];
}

export interface GridSection {
	category: string;
	y: number;
	height: number;
	lines: string[];
}

export interface CoverageGridLayout {
	/** Width of the row labels' picture. */
	labelWidth: number;
	/** The cells' picture is never narrower (it scrolls then) ... */
	minGridWidth: number;
	/** ... nor wider than this. */
	maxGridWidth: number;
	height: number;
	/** Height of the column heads above the first row. */
	header: number;
	columns: GridColumn[];
	sections: GridSection[];
	rows: GridRow[];
}

export const coverageGridMetrics = {
	labelWidth: 172,
	minCell: 26,
	maxCell: 44,
	header: 48,
	lineHeight: 14,
	rowPadding: 10,
	minRowHeight: 30,
	sectionLineHeight: 17,
	sectionPadding: 14,
	/** Average glyph width at the label font size (13 px), for wrapping. */
	charWidth: 6.9,
	/** Inner padding of a label. */
	padding: 6
};

/**
 * Rows in the order given, a section head before each category's first row; columns as equal
 * bands across the cells' picture. On a phone the cells keep their smallest size and scroll; on
 * a wide screen they grow to `maxCell` and the grid needs no scrolling.
 */
export function layoutCoverageGrid(
	rows: GridRowInput[],
	categories: { id: string; title: string }[],
	columns: GridColumnInput[]
): CoverageGridLayout {
	const m = coverageGridMetrics;
	const labelWidth = m.labelWidth;
	const band = scaleBand<string>()
		.domain(columns.map((c) => c.id))
		.range([0, 100])
		.paddingInner(0.08);
	const maxChars = Math.max(6, Math.floor((labelWidth - 2 * m.padding) / m.charWidth));

	const sections: GridSection[] = [];
	const placed: GridRow[] = [];
	let y = m.header;
	for (const category of categories) {
		const members = rows.filter((r) => r.category === category.id);
		if (!members.length) continue;
		const titleLines = wrapLabel(category.title, maxChars, 2);
		const sectionHeight = titleLines.length * m.sectionLineHeight + m.sectionPadding;
		sections.push({ category: category.id, y, height: sectionHeight, lines: titleLines });
		y += sectionHeight;
		for (const row of members) {
			const lines = wrapLabel(row.label, maxChars);
			const height = Math.max(m.minRowHeight, lines.length * m.lineHeight + m.rowPadding);
			placed.push({ ...row, y, height, cy: y + height / 2, lines });
			y += height;
		}
	}
	return {
		labelWidth,
		minGridWidth: m.minCell * columns.length,
		maxGridWidth: m.maxCell * columns.length,
		height: y,
		header: m.header,
		columns: columns.map((c) => {
			const x = band(c.id)!;
			return { ...c, x, width: band.bandwidth(), cx: x + band.bandwidth() / 2 };
		}),
		sections,
		rows: placed
	};
}

/**
 * The left half of a circle as an SVG path: the mark of a partial coverage (a half-filled
 * "Harvey ball"), readable without colour.
 */
export function halfCirclePath(cx: number, cy: number, r: number): string {
	const round = (n: number) => Math.round(n * 100) / 100;
	return `M${round(cx)},${round(cy - r)} A${round(r)},${round(r)} 0 0 0 ${round(cx)},${round(cy + r)} Z`;
}

/** The small triangle below and left of the point (`right`, `top`): an inferred mapping. */
export function cornerMarkPath(right: number, top: number, size = 9): string {
	const round = (n: number) => Math.round(n * 100) / 100;
	return `M${round(right - size)},${round(top)} L${round(right)},${round(top)} L${round(right)},${round(top + size)} Z`;
}

/** Radius of a cell's circle: fits the smallest cell (26 × 26 px) with room around it. */
export const markRadius = 7;

/**
 * How one cell of the states grid is drawn (see `coverageMark` in CoverageMark.svelte), in
 * coordinates of the cell: the mark around the cell's centre, the corner at its top right.
 */
export interface CoverageMarkShape {
	status: StateCellStatus;
	/** Filled circle, half-filled circle, dashed ring, or a dash for "not covered". */
	kind: 'full' | 'partial' | 'pending' | 'none';
	r: number;
	/** The filled half of a partial mark, around the centre. */
	half?: string;
	/** The corner of an inferred mapping, from the top-right corner. */
	corner?: string;
}

/**
 * The mark of a cell: worked out here once, so that the grid's 600 cells are plain markup and
 * not two components each (their hydration blocked a slow PC for most of a second).
 */
export function coverageMarkShape(
	status: CoverageMarkShape['status'],
	level?: 'full' | 'partial',
	inferred = false
): CoverageMarkShape {
	const kind = status === 'covered' ? (level === 'full' ? 'full' : 'partial') : status;
	return {
		status,
		kind,
		r: markRadius,
		half: kind === 'partial' ? halfCirclePath(0, 0, markRadius) : undefined,
		corner: inferred && status !== 'none' ? cornerMarkPath(0, 0) : undefined
	};
}
