/**
 * Layout of the state-coverage heatmap (scenarios × blocks). On a wide screen the scenarios are
 * rows and the blocks columns, grouped by category under a title. When the columns would get
 * narrower than `minCell` or a category title would not fit over its columns, the chart is
 * transposed: blocks become rows (a title row per category) and the scenarios columns, which
 * fits a 360 px phone. Column labels are drawn rotated by -90°.
 * d3 computes positions; the Svelte component only draws them.
 */
import { scaleBand } from 'd3-scale';
import { wrapLabel } from './block-grid';
import {
	columnLabels,
	fitsInTwoLines,
	heatmapMetrics,
	rowLabel,
	type GroupLabel,
	type HeatmapInput,
	type HeatmapLayout,
	type RowLabel
} from './heatmap-layout';

export {
	heatmapMetrics,
	type AxisItem,
	type ColumnLabel,
	type GroupLabel,
	type HeatmapInput,
	type HeatmapLayout,
	type Orientation,
	type PlacedCell,
	type RowLabel
} from './heatmap-layout';

function blocksAcross(input: HeatmapInput, width: number): HeatmapLayout | undefined {
	const m = heatmapMetrics;
	const blocks = input.groups.flatMap((g) => g.blocks);
	const gaps = m.groupGap * Math.max(0, input.groups.length - 1);
	const labelWidth = Math.min(m.maxRowLabel, Math.round(width * 0.22));
	const step = (width - labelWidth - gaps) / Math.max(1, blocks.length);
	if (step < m.minCell) return undefined;
	const plot = Math.min(step, m.maxCell) * blocks.length;
	const band = scaleBand<string>()
		.domain(blocks.map((b) => b.id))
		.range([0, plot])
		.paddingInner(m.padding);
	const groupOf = new Map(input.groups.flatMap((g, gi) => g.blocks.map((b) => [b.id, gi])));
	const x = (id: string) => labelWidth + band(id)! + groupOf.get(id)! * m.groupGap;

	const groupHeight = 2 * m.lineHeight + 10;
	const columns = columnLabels(blocks, (id) => x(id) + band.bandwidth() / 2, band.bandwidth());
	const top = groupHeight + columns.length * m.charWidth + 10;
	const rows = scaleBand<string>()
		.domain(input.scenarios.map((s) => s.id))
		.range([top, top + input.scenarios.length * m.scenarioRow])
		.paddingInner(m.padding);

	const groupLabels: GroupLabel[] = [];
	for (const g of input.groups) {
		const start = x(g.blocks[0]!.id);
		const end = x(g.blocks[g.blocks.length - 1]!.id) + band.bandwidth();
		const chars = Math.floor((end - start) / m.charWidth);
		// A category title must fit over its columns in two lines, whole words only; where it
		// does not, the transposed chart (a title row per category) reads better.
		if (!fitsInTwoLines(g.title, chars)) return undefined;
		const lines = wrapLabel(g.title, chars, 2);
		groupLabels.push({
			category: g.category,
			x: start,
			width: end - start,
			// Titles sit on the rule: a one-line title takes the lower line.
			lines: lines.map((text, i) => ({ text, y: m.lineHeight * (i + 3 - lines.length) - 2 })),
			rule: groupHeight - 4
		});
	}
	return {
		orientation: 'blocks-across',
		width: labelWidth + plot + gaps,
		height: top + input.scenarios.length * m.scenarioRow,
		cells: input.cells.map((c) => ({
			...c,
			x: x(c.block),
			y: rows(c.scenario)!,
			width: band.bandwidth(),
			height: rows.bandwidth()
		})),
		rowLabels: input.scenarios.map((s) => rowLabel(s, rows(s.id)!, rows.bandwidth(), labelWidth)),
		columnLabels: columns.labels.map((l) => ({ ...l, y: top - 6 })),
		groupLabels
	};
}

function blocksDown(input: HeatmapInput, width: number): HeatmapLayout {
	const m = heatmapMetrics;
	const labelWidth = Math.min(m.maxRowLabel, Math.round(width * 0.45));
	const plot = Math.min(width - labelWidth, input.scenarios.length * m.maxScenarioColumn);
	const band = scaleBand<string>()
		.domain(input.scenarios.map((s) => s.id))
		.range([labelWidth, labelWidth + plot])
		.paddingInner(m.padding);
	const columns = columnLabels(
		input.scenarios,
		(id) => band(id)! + band.bandwidth() / 2,
		band.bandwidth()
	);
	const top = columns.length * m.charWidth + 10;

	const rowY = new Map<string, number>();
	const groupLabels: GroupLabel[] = [];
	const rowLabels: RowLabel[] = [];
	const cellHeight = m.blockRow * (1 - m.padding);
	let y = top;
	for (const group of input.groups) {
		const [title] = wrapLabel(group.title, Math.floor(width / m.charWidth), 1);
		groupLabels.push({
			category: group.category,
			x: 0,
			width: labelWidth + plot,
			lines: [{ text: title!, y: y + m.groupTitle - 10 }],
			band: { y: y + 4, height: m.groupTitle - 6 }
		});
		y += m.groupTitle;
		for (const block of group.blocks) {
			rowY.set(block.id, y);
			rowLabels.push(rowLabel(block, y, cellHeight, labelWidth));
			y += m.blockRow;
		}
	}
	return {
		orientation: 'blocks-down',
		width: labelWidth + plot,
		height: y,
		cells: input.cells.map((c) => ({
			...c,
			x: band(c.scenario)!,
			y: rowY.get(c.block)!,
			width: band.bandwidth(),
			height: cellHeight
		})),
		rowLabels,
		columnLabels: columns.labels.map((l) => ({ ...l, y: top - 6 })),
		groupLabels
	};
}

/** Scenarios as rows and blocks as columns when they fit in `width`, else transposed. */
export function layoutHeatmap(input: HeatmapInput, width: number): HeatmapLayout {
	return blocksAcross(input, width) ?? blocksDown(input, width);
}
