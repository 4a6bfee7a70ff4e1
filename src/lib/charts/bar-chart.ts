/**
 * Layout of a horizontal bar chart with stacked segments (e.g. carriers with a gap and with a
 * pending state block): labels left, bars right, the total after each bar. d3 computes; the
 * Svelte component draws. Any number of bars and segments; widths from 320 px up.
 */
import { wrapLabel } from './block-grid';
import { scaleBand, scaleLinear } from 'd3-scale';

export interface BarItem {
	id: string;
	label: string;
	/** Values of the stacked segments, in drawing order (left to right). */
	values: number[];
}

export interface PlacedSegment {
	/** Index into the item's values. */
	index: number;
	value: number;
	x: number;
	width: number;
}

export interface PlacedBar {
	id: string;
	total: number;
	y: number;
	height: number;
	labelLines: { text: string; y: number }[];
	segments: PlacedSegment[];
	/** Where the total is written (start of the text). */
	totalX: number;
	totalY: number;
}

export interface BarLayout {
	width: number;
	height: number;
	/** Left edge of the bars. */
	plotX: number;
	plotWidth: number;
	bars: PlacedBar[];
}

export const barMetrics = {
	/** Average glyph width of the 12 px labels (Fira Sans, measured: about 6.2 px). */
	charWidth: 6.4,
	lineHeight: 14,
	row: 34,
	padding: 0.25,
	maxLabel: 240,
	/** Room right of the longest bar for its total. */
	totalRoom: 48
};

export function layoutBars(items: BarItem[], width: number): BarLayout {
	const m = barMetrics;
	const labelWidth = Math.min(m.maxLabel, Math.round(width * 0.45));
	const plotX = labelWidth + 8;
	const plotWidth = Math.max(40, width - plotX - m.totalRoom);
	const totals = items.map((item) => item.values.reduce((sum, v) => sum + v, 0));
	const x = scaleLinear()
		.domain([0, Math.max(1, ...totals)])
		.range([0, plotWidth]);
	const y = scaleBand<string>()
		.domain(items.map((item) => item.id))
		.range([0, items.length * m.row])
		.paddingInner(m.padding)
		.paddingOuter(m.padding / 2);
	const chars = Math.max(6, Math.floor(labelWidth / m.charWidth));
	const bars = items.map((item, i): PlacedBar => {
		const top = y(item.id)!;
		const centre = top + y.bandwidth() / 2;
		const lines = wrapLabel(item.label, chars, 2);
		let start = 0;
		const segments = item.values.map((value, index) => {
			const segment = { index, value, x: plotX + x(start), width: x(value) };
			start += value;
			return segment;
		});
		return {
			id: item.id,
			total: totals[i]!,
			y: top,
			height: y.bandwidth(),
			labelLines: lines.map((text, l) => ({
				text,
				y: centre + (l - (lines.length - 1) / 2) * m.lineHeight + 4
			})),
			segments,
			totalX: plotX + x(totals[i]!) + 6,
			totalY: centre + 4
		};
	});
	return { width, height: items.length * m.row, plotX, plotWidth, bars };
}
