/**
 * Layout of the Maßnahmenplan's timeline (a Gantt chart): one row per measure in plan order,
 * one column per quarter with the years above, a bar from a measure's first to its last quarter,
 * and a line at the expected phase change. d3 computes; the Svelte component and the PNG for the
 * Word document draw the same layout.
 */
import { scaleBand } from 'd3-scale';

export interface TimelineItem {
	id: string;
	label: string;
	start: string;
	end: string;
	moved: boolean;
	conflict: boolean;
}

export interface TimelineBar {
	id: string;
	/** 1-based position, as in the table. */
	number: number;
	label: string;
	x: number;
	y: number;
	width: number;
	height: number;
	rowY: number;
	moved: boolean;
	conflict: boolean;
}

export interface TimelineLayout {
	width: number;
	height: number;
	plotX: number;
	plotWidth: number;
	headerHeight: number;
	rowHeight: number;
	quarters: { id: string; label: string; x: number; width: number }[];
	years: { year: string; x: number; width: number }[];
	bars: TimelineBar[];
	phaseLine?: { x: number; label: string };
}

export const timelineMetrics = {
	charWidth: 6.4,
	row: 26,
	bar: 16,
	header: 40,
	maxLabel: 230
};

/** Cuts a label to what fits in `width` px, with an ellipsis. */
export function fitLabel(text: string, width: number): string {
	const max = Math.max(4, Math.floor(width / timelineMetrics.charWidth));
	return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function layoutTimeline(
	items: TimelineItem[],
	quarters: string[],
	width: number,
	phaseChange?: { quarter: string; label: string },
	labelColumn?: number
): TimelineLayout {
	const m = timelineMetrics;
	const labelWidth = labelColumn ?? Math.min(m.maxLabel, Math.round(width * 0.35));
	const plotX = labelWidth + 8;
	const plotWidth = Math.max(40, width - plotX - 8);
	const x = scaleBand<string>()
		.domain(quarters)
		.range([plotX, plotX + plotWidth]);
	const step = x.bandwidth();
	const first = quarters[0] ?? '';
	const last = quarters.at(-1) ?? '';
	const clamp = (q: string) => (q < first ? first : q > last ? last : q);
	const years = new Map<string, { year: string; x: number; width: number }>();
	for (const q of quarters) {
		const year = q.slice(0, 4);
		const entry = years.get(year);
		if (entry) entry.width += step;
		else years.set(year, { year, x: x(q)!, width: step });
	}
	const bars = items.map((item, i): TimelineBar => {
		const rowY = m.header + i * m.row;
		const from = x(clamp(item.start))!;
		const to = x(clamp(item.end))! + step;
		return {
			id: item.id,
			number: i + 1,
			label: fitLabel(`${i + 1}. ${item.label}`, labelWidth - 4),
			x: from,
			y: rowY + (m.row - m.bar) / 2,
			width: Math.max(2, to - from - 2),
			height: m.bar,
			rowY,
			moved: item.moved,
			conflict: item.conflict
		};
	});
	const phaseX =
		phaseChange && quarters.includes(phaseChange.quarter) ? x(phaseChange.quarter) : undefined;
	return {
		width,
		height: m.header + items.length * m.row + 4,
		plotX,
		plotWidth,
		headerHeight: m.header,
		rowHeight: m.row,
		quarters: quarters.map((q) => ({ id: q, label: `Q${q.slice(-1)}`, x: x(q)!, width: step })),
		years: [...years.values()],
		bars,
		...(phaseX !== undefined ? { phaseLine: { x: phaseX, label: phaseChange!.label } } : {})
	};
}
