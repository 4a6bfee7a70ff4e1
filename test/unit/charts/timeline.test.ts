import { describe, expect, it } from 'vitest';
import { fitLabel, layoutTimeline, timelineMetrics } from '../../../src/lib/charts/timeline';

const quarters = ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4', '2028-Q1'];
const item = (id: string, start: string, end: string, conflict = false) => ({
	id,
	label: id,
	start,
	end,
	moved: conflict,
	conflict
});

describe('layoutTimeline', () => {
	it('gives each quarter an equal column right of the labels and each year its quarters', () => {
		const layout = layoutTimeline([], quarters, 600);
		// label column 35 % of 600 = 210, plot starts 8 px later and ends 8 px before the edge
		expect(layout.plotX).toBe(218);
		expect(layout.plotWidth).toBe(374);
		expect(layout.quarters.map((q) => [q.label, Math.round(q.x)])).toEqual([
			['Q1', 218],
			['Q2', 293],
			['Q3', 368],
			['Q4', 442],
			['Q1', 517]
		]);
		expect(layout.years.map((y) => [y.year, Math.round(y.width)])).toEqual([
			['2027', 299],
			['2028', 75]
		]);
	});

	it('draws a bar from the first to the last quarter of a measure, one row each, in order', () => {
		const layout = layoutTimeline(
			[item('lan', '2027-Q1', '2027-Q4'), item('geraete', '2028-Q1', '2028-Q1')],
			quarters,
			600
		);
		const step = 374 / 5;
		const [lan, devices] = layout.bars;
		expect(lan!.x).toBe(218);
		expect(Math.round(lan!.width)).toBe(Math.round(4 * step - 2));
		expect(devices!.x).toBeCloseTo(218 + 4 * step);
		expect(devices!.rowY - lan!.rowY).toBe(timelineMetrics.row);
		expect([lan!.number, devices!.number]).toEqual([1, 2]);
		expect(layout.height).toBe(timelineMetrics.header + 2 * timelineMetrics.row + 4);
	});

	it('keeps a bar outside the shown quarters at the edge and marks conflicts', () => {
		const layout = layoutTimeline([item('x', '2026-Q1', '2030-Q4', true)], quarters, 600);
		expect(layout.bars[0]!.x).toBe(218);
		expect(Math.round(layout.bars[0]!.x + layout.bars[0]!.width + 2)).toBe(592);
		expect(layout.bars[0]!.conflict).toBe(true);
	});

	it('marks the phase change only when it falls inside the shown quarters', () => {
		expect(
			layoutTimeline([], quarters, 600, { quarter: '2027-Q3', label: 'P' }).phaseLine?.x
		).toBeCloseTo(218 + (2 * 374) / 5);
		expect(
			layoutTimeline([], quarters, 600, { quarter: '2031-Q1', label: 'P' }).phaseLine
		).toBeUndefined();
	});
});

describe('fitLabel', () => {
	it('keeps short labels and cuts long ones with an ellipsis', () => {
		expect(fitLabel('WLAN', 100)).toBe('WLAN');
		expect(fitLabel('Mobile Device Management', 64)).toBe('Mobile De…');
	});
});
