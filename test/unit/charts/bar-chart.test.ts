import { describe, expect, it } from 'vitest';
import { barMetrics, layoutBars } from '../../../src/lib/charts/bar-chart';

const round = (n: number) => Math.round(n * 100) / 100;

describe('layoutBars', () => {
	const items = [
		{ id: 'a', label: 'Kurssystem', values: [30, 10] },
		{ id: 'b', label: 'Wiki', values: [20, 0] },
		{ id: 'c', label: 'Forum', values: [0, 0] }
	];

	it('scales the longest stacked bar to the plot width and stacks the segments', () => {
		const layout = layoutBars(items, 500);
		// label column 45 % of 500 = 225, bars start 8 px later; 48 px stay free for the totals
		expect(layout.plotX).toBe(233);
		expect(layout.plotWidth).toBe(500 - 233 - barMetrics.totalRoom);
		const [a, b, c] = layout.bars;
		const plot = 500 - 233 - 48;
		expect(a!.segments.map((s) => [round(s.x), round(s.width)])).toEqual([
			[233, round((30 / 40) * plot)],
			[round(233 + (30 / 40) * plot), round((10 / 40) * plot)]
		]);
		expect(a!.total).toBe(40);
		expect(round(a!.totalX)).toBe(233 + plot + 6);
		expect(round(b!.segments[0]!.width)).toBe(round((20 / 40) * plot));
		expect(c!.segments.map((s) => s.width)).toEqual([0, 0]);
	});

	it('gives every bar a row of the same height, one after the other', () => {
		const layout = layoutBars(items, 500);
		expect(layout.height).toBe(3 * barMetrics.row);
		const ys = layout.bars.map((b) => round(b.y));
		expect(ys[1]! - ys[0]!).toBeCloseTo(ys[2]! - ys[1]!, 5);
		expect(layout.bars[0]!.labelLines).toEqual([{ text: 'Kurssystem', y: expect.any(Number) }]);
		const wlan = layoutBars([{ id: 'w', label: 'WLAN-Zugangsverwaltung', values: [1] }], 300);
		expect(wlan.bars[0]!.labelLines.map((l) => l.text)).toEqual(['WLAN-', 'Zugangsverwaltung']);
	});

	it('copes with nothing to show and with a narrow screen', () => {
		expect(layoutBars([], 320).bars).toEqual([]);
		const narrow = layoutBars(
			[{ id: 'x', label: 'Stunden- und Vertretungsplan', values: [0] }],
			320
		);
		expect(narrow.bars[0]!.segments[0]!.width).toBe(0);
		expect(narrow.bars[0]!.labelLines.length).toBeLessThanOrEqual(2);
		expect(narrow.plotX + narrow.plotWidth + barMetrics.totalRoom).toBeLessThanOrEqual(320);
	});
});
