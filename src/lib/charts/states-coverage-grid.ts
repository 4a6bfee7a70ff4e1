/**
 * Layout of the states coverage grid: blocks as rows (grouped by category), states as columns.
 * It is drawn as two pictures that share the row positions: the row labels, which stay in place,
 * and the cells with the column heads, which scroll sideways on a narrow screen. d3 computes the
 * positions; the Svelte components only draw them.
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
	/** Width of the cells' picture (may exceed the space left: it scrolls then). */
	gridWidth: number;
	height: number;
	/** Height of the column heads above the first row. */
	header: number;
	columns: GridColumn[];
	sections: GridSection[];
	rows: GridRow[];
}

export const coverageGridMetrics = {
	labelShare: 0.3,
	minLabelWidth: 132,
	maxLabelWidth: 236,
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

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Rows in the order given, a section head before each category's first row; columns as equal
 * bands. At 360 px the labels keep about a third of the width and the cells scroll; on a wide
 * screen cells grow to `maxCell` and the grid needs no scrolling.
 */
export function layoutCoverageGrid(
	rows: GridRowInput[],
	categories: { id: string; title: string }[],
	columns: GridColumnInput[],
	width: number
): CoverageGridLayout {
	const m = coverageGridMetrics;
	const labelWidth = clamp(Math.round(width * m.labelShare), m.minLabelWidth, m.maxLabelWidth);
	const cell = clamp(
		Math.floor((width - labelWidth) / Math.max(1, columns.length)),
		m.minCell,
		m.maxCell
	);
	const gridWidth = cell * columns.length;
	const band = scaleBand<string>()
		.domain(columns.map((c) => c.id))
		.range([0, gridWidth])
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
		gridWidth,
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

/** The small triangle in a cell's top-right corner that marks an inferred mapping. */
export function cornerMarkPath(x: number, y: number, width: number, size = 9): string {
	const round = (n: number) => Math.round(n * 100) / 100;
	const right = round(x + width);
	return `M${round(right - size)},${round(y)} L${right},${round(y)} L${right},${round(y + size)} Z`;
}

/** How one cell of the states grid is drawn (see `coverageMark` in CoverageMark.svelte). */
export interface CoverageMarkShape {
	x: number;
	y: number;
	width: number;
	height: number;
	status: StateCellStatus;
	/** Filled circle, half-filled circle, dashed ring, or a dash for "not covered". */
	kind: 'full' | 'partial' | 'pending' | 'none';
	cx: number;
	cy: number;
	r: number;
	/** The filled half of a partial mark. */
	half?: string;
	/** The corner of an inferred mapping. */
	corner?: string;
}

/**
 * The mark of a cell at this place: worked out here once, so that the grid's 600 cells are plain
 * markup and not two components each (their hydration blocked a slow PC for most of a second).
 */
export function coverageMarkShape(
	x: number,
	y: number,
	width: number,
	height: number,
	status: CoverageMarkShape['status'],
	level?: 'full' | 'partial',
	inferred = false
): CoverageMarkShape {
	const cx = x + width / 2;
	const cy = y + height / 2;
	const r = Math.max(4, Math.min(8, width / 2 - 6, height / 2 - 5));
	const kind = status === 'covered' ? (level === 'full' ? 'full' : 'partial') : status;
	return {
		x,
		y,
		width,
		height,
		status,
		kind,
		cx,
		cy,
		r,
		half: kind === 'partial' ? halfCirclePath(cx, cy, r) : undefined,
		corner: inferred && status !== 'none' ? cornerMarkPath(x, y, width) : undefined
	};
}
