/**
 * Layout of a horizontal bar chart of shares (0 to 1), one bar per item with its name above the
 * bar and the value after it. d3 computes the positions; the Svelte component draws them. Works
 * from a 360 px phone to a wide screen: names never share a line with the bars.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { numberFormat } from '../i18n/number-format';

export interface BarDatum {
	id: string;
	label: string;
	/** 0 to 1; values outside are clamped. */
	share: number;
}

export interface Bar extends BarDatum {
	/** Baseline of the name above the bar. */
	labelY: number;
	y: number;
	width: number;
	height: number;
	/** Where the value text starts (just after the bar's end). */
	valueX: number;
	valueY: number;
}

export interface BarLayout {
	width: number;
	height: number;
	/** The x position where a share of 0 starts and of 1 ends. */
	x0: number;
	x1: number;
	bars: Bar[];
	ticks: { value: number; x: number }[];
	/** Top of the axis line under the last bar. */
	axisY: number;
}

export const barMetrics = {
	rowHeight: 50,
	labelHeight: 18,
	barHeight: 20,
	/** Room after a full bar for a value like "100 %". */
	valueRoom: 56,
	valueGap: 6,
	axisHeight: 28,
	/** Below this width the axis shows fewer ticks so their labels do not collide. */
	narrow: 480
};

export function layoutShareBars(data: BarDatum[], width: number): BarLayout {
	const { rowHeight, labelHeight, barHeight, valueRoom, valueGap, axisHeight, narrow } = barMetrics;
	const x = scaleLinear()
		.domain([0, 1])
		.range([0, Math.max(0, width - valueRoom)])
		.clamp(true);
	const row = scaleBand<string>()
		.domain(data.map((d) => d.id))
		.range([0, data.length * rowHeight]);
	const bars = data.map((d): Bar => {
		const top = row(d.id)!;
		const y = top + labelHeight + 4;
		const end = x(d.share);
		return {
			...d,
			labelY: top + labelHeight - 4,
			y,
			width: end,
			height: barHeight,
			valueX: end + valueGap,
			valueY: y + barHeight / 2 + 5
		};
	});
	const axisY = data.length * rowHeight;
	return {
		width,
		height: axisY + axisHeight,
		x0: x(0),
		x1: x(1),
		bars,
		ticks: x.ticks(width < narrow ? 2 : 4).map((value) => ({ value, x: x(value) })),
		axisY
	};
}

/** A share as a whole percentage in the given language: 0.5 -> "50 %" (de), "50%" (en). */
export function formatPercent(share: number, locale: string): string {
	return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
