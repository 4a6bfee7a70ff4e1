import { describe, expect, it } from 'vitest';
import { barMetrics, formatPercent, layoutShareBars } from '../../../src/lib/charts/share-bars';

const data = [
	{ id: 'iserv', label: 'IServ', share: 0.5 },
	{ id: 'ucs', label: 'UCS@school', share: 0.48 },
	{ id: 'none', label: 'Nichts', share: 0 }
];

describe('layoutShareBars', () => {
	const layout = layoutShareBars(data, 656);

	it('maps a share of 1 to the width minus the room for the value', () => {
		expect(layout.x0).toBe(0);
		expect(layout.x1).toBe(600);
		expect(layout.bars.map((b) => b.width)).toEqual([300, 288, 0]);
	});

	it('stacks one row per item: name above, bar below, value after the bar', () => {
		expect(layout.bars.map((b) => [b.labelY, b.y, b.height])).toEqual([
			[14, 22, 20],
			[64, 72, 20],
			[114, 122, 20]
		]);
		expect(layout.bars.map((b) => [b.valueX, b.valueY])).toEqual([
			[306, 37],
			[294, 87],
			[6, 137]
		]);
		expect(layout.axisY).toBe(150);
		expect(layout.height).toBe(150 + barMetrics.axisHeight);
	});

	it('ticks every 20 % on a wide chart and every 50 % on a phone', () => {
		expect(layout.ticks).toEqual([
			{ value: 0, x: 0 },
			{ value: 0.2, x: 120 },
			{ value: 0.4, x: 240 },
			{ value: 0.6, x: 360 },
			{ value: 0.8, x: 480 },
			{ value: 1, x: 600 }
		]);
		const phone = layoutShareBars(data, 320);
		expect(phone.x1).toBe(264);
		expect(phone.ticks.map((t) => [t.value, t.x])).toEqual([
			[0, 0],
			[0.5, 132],
			[1, 264]
		]);
	});

	it('clamps shares outside 0 to 1 and handles no data', () => {
		const clamped = layoutShareBars([{ id: 'x', label: 'x', share: 1.4 }], 656);
		expect(clamped.bars[0]!.width).toBe(600);
		const empty = layoutShareBars([], 656);
		expect(empty.bars).toEqual([]);
		expect(empty.height).toBe(barMetrics.axisHeight);
	});
});

describe('formatPercent', () => {
	it('writes whole percentages the way each language does', () => {
		expect(formatPercent(0.5, 'de')).toBe('50\u00a0%');
		expect(formatPercent(0.48, 'en')).toBe('48%');
		expect(formatPercent(1 / 7, 'de')).toBe('14\u00a0%');
	});
});
