/**
 * The parts of the coverage heatmap's layout both orientations share: its types, its metrics and
 * the placing of labels (wrapped, centred on a row or column). See coverage-heatmap.ts.
 */
import { wrapLabel } from './block-grid';
import type { CoverageCell } from './coverage-cells';

export interface AxisItem {
	id: string;
	label: string;
}

export interface HeatmapInput {
	scenarios: AxisItem[];
	groups: { category: string; title: string; blocks: AxisItem[] }[];
	cells: CoverageCell[];
}

export type Orientation = 'blocks-across' | 'blocks-down';

export interface PlacedCell extends CoverageCell {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A horizontal label left of a row; each line's baseline y. */
export interface RowLabel {
	id: string;
	lines: { text: string; y: number }[];
}

/** A label rotated by -90° above a column, starting at `y`; each line's baseline x. */
export interface ColumnLabel {
	id: string;
	y: number;
	lines: { text: string; x: number }[];
}

export interface GroupLabel {
	category: string;
	x: number;
	width: number;
	lines: { text: string; y: number }[];
	/** Blocks across: the y of the rule under the title, spanning the group's columns. */
	rule?: number;
	/** Blocks down: the title row's background band. */
	band?: { y: number; height: number };
}

export interface HeatmapLayout {
	orientation: Orientation;
	width: number;
	height: number;
	cells: PlacedCell[];
	rowLabels: RowLabel[];
	columnLabels: ColumnLabel[];
	groupLabels: GroupLabel[];
}

export const heatmapMetrics = {
	/** Average glyph width of the 12 px labels (Fira Sans, measured: about 6.2 px). */
	charWidth: 6.4,
	lineHeight: 14,
	/** Half the cap height: moves a baseline so the text centres on a point. */
	baselineShift: 4,
	minCell: 26,
	maxCell: 48,
	maxScenarioColumn: 104,
	scenarioRow: 36,
	blockRow: 32,
	groupGap: 12,
	groupTitle: 30,
	maxRowLabel: 220,
	maxColumnChars: 22,
	padding: 0.08
};

export const centred = (centre: number, count: number, i: number) =>
	centre + (i - (count - 1) / 2) * heatmapMetrics.lineHeight + heatmapMetrics.baselineShift;

export function rowLabel(item: AxisItem, y: number, height: number, width: number): RowLabel {
	const chars = Math.max(6, Math.floor((width - 8) / heatmapMetrics.charWidth));
	const lines = wrapLabel(item.label, chars, 2);
	return {
		id: item.id,
		lines: lines.map((text, i) => ({ text, y: centred(y + height / 2, lines.length, i) }))
	};
}

/** Column labels: two lines where the column is wide enough for two, else one (shortened). */
export function columnLabels(
	items: AxisItem[],
	centreOf: (id: string) => number,
	columnWidth: number
): { labels: Omit<ColumnLabel, 'y'>[]; length: number } {
	const { maxColumnChars, lineHeight } = heatmapMetrics;
	const maxLines = columnWidth >= 2 * lineHeight + 4 ? 2 : 1;
	const labels = items.map((item) => {
		const lines = wrapLabel(item.label, maxColumnChars, maxLines);
		return {
			id: item.id,
			lines: lines.map((text, i) => ({ text, x: centred(centreOf(item.id), lines.length, i) }))
		};
	});
	const length = Math.max(0, ...labels.flatMap((l) => l.lines.map((line) => line.text.length)));
	return { labels, length };
}

/** Whether a title fits in two lines of `chars` without breaking a word. */
export function fitsInTwoLines(text: string, chars: number): boolean {
	const words = text.split(/\s+/);
	return words.every((w) => w.length <= chars) && wrapLabel(text, chars, 3).length <= 2;
}
