import { describe, expect, it } from 'vitest';
import { coverageMatrix } from '../../../src/lib/charts/coverage-cells';
import {
	heatmapMetrics,
	layoutHeatmap,
	type HeatmapInput,
	type HeatmapLayout
} from '../../../src/lib/charts/coverage-heatmap';
import { stateCoverage } from '../../../src/lib/domain';
import { realCatalog } from '../helpers/catalog';

const round = (n: number) => Math.round(n * 100) / 100;
const catalog = realCatalog();

/** Two scenarios, two categories (two and three blocks), every cell covered. */
function small(): HeatmapInput {
	const groups = [
		{
			category: 'a',
			title: 'Infra',
			blocks: [
				{ id: 'a1', label: 'Eins' },
				{ id: 'a2', label: 'Zwei' }
			]
		},
		{
			category: 'b',
			title: 'Dienste',
			blocks: [
				{ id: 'b1', label: 'Drei' },
				{ id: 'b2', label: 'Vier' },
				{ id: 'b3', label: 'Fünf' }
			]
		}
	];
	const scenarios = [
		{ id: 's1', label: 'Szenario 1' },
		{ id: 's2', label: 'Szenario 2' }
	];
	return {
		scenarios,
		groups,
		cells: scenarios.flatMap((s) =>
			groups.flatMap((g) =>
				g.blocks.map((b) => ({ scenario: s.id, block: b.id, state: 'covered' as const }))
			)
		)
	};
}

function shInput(without: string[] = []): HeatmapInput {
	const matrix = coverageMatrix(
		stateCoverage('sh', 'landesloesung-aktiv', catalog, { without }),
		catalog
	);
	const name = (list: { id: string; name: { de: string } }[], id: string) =>
		list.find((x) => x.id === id)!.name.de;
	return {
		scenarios: matrix.scenarios.map((id) => ({ id, label: name(catalog.scenarios, id) })),
		groups: matrix.groups.map((g) => ({
			category: g.category,
			title: name(catalog.categories, g.category),
			blocks: g.blocks.map((id) => ({ id, label: name(catalog.blocks, id) }))
		})),
		cells: matrix.cells
	};
}

function overlaps(layout: HeatmapLayout): string[] {
	const clashes: string[] = [];
	for (const a of layout.cells)
		for (const b of layout.cells)
			if (a !== b) {
				const apart =
					a.x + a.width <= b.x ||
					b.x + b.width <= a.x ||
					a.y + a.height <= b.y ||
					b.y + b.height <= a.y;
				if (!apart) clashes.push(`${a.scenario}/${a.block} ${b.scenario}/${b.block}`);
			}
	return clashes;
}

describe('layoutHeatmap, scenarios as rows', () => {
	const layout = layoutHeatmap(small(), 600);

	it('puts the blocks in columns of at most maxCell, with a gap between categories', () => {
		expect(layout.orientation).toBe('blocks-across');
		// label column 22 % of 600 = 132; 5 columns of 48 = 240; one category gap of 12
		expect(layout.width).toBe(132 + 240 + 12);
		const x = (block: string) =>
			round(layout.cells.find((c) => c.block === block && c.scenario === 's1')!.x);
		const step = 240 / (5 - heatmapMetrics.padding);
		expect(x('a1')).toBe(132);
		expect(x('a2')).toBe(round(132 + step));
		expect(x('b1')).toBe(round(132 + 2 * step + 12));
		expect(round(layout.cells[0]!.width)).toBe(round(step * (1 - heatmapMetrics.padding)));
	});

	it('puts the scenarios in rows under the category titles and the rotated block labels', () => {
		const top = 2 * 14 + 10 + 'Eins'.length * heatmapMetrics.charWidth + 10;
		const y = (scenario: string) => round(layout.cells.find((c) => c.scenario === scenario)!.y);
		expect(y('s1')).toBe(top);
		expect(y('s2')).toBe(round(top + (2 * 36) / (2 - heatmapMetrics.padding)));
		expect(layout.height).toBe(top + 2 * 36);
		expect(layout.columnLabels.map((c) => c.y)).toEqual(Array(5).fill(top - 6));
		expect(
			layout.groupLabels.map((g) => [g.category, round(g.x), g.lines.map((l) => l.text), g.rule])
		).toEqual([
			['a', 132, ['Infra'], 34],
			['b', x('b1'), ['Dienste'], 34]
		]);
		expect(layout.rowLabels.map((r) => r.lines.map((l) => l.text))).toEqual([
			['Szenario 1'],
			['Szenario 2']
		]);
		expect(overlaps(layout)).toEqual([]);

		function x(block: string) {
			return round(layout.cells.find((c) => c.block === block)!.x);
		}
	});

	it('centres every column label on its column', () => {
		for (const label of layout.columnLabels) {
			const cell = layout.cells.find((c) => c.block === label.id)!;
			expect(round(label.lines[0]!.x)).toBe(
				round(cell.x + cell.width / 2 + heatmapMetrics.baselineShift)
			);
		}
	});
});

describe('layoutHeatmap with the real catalog (sh, Landeslösung aktiv)', () => {
	it('shows 4 scenario rows × 18 block columns on a wide screen', () => {
		const layout = layoutHeatmap(shInput(), 1200);
		expect(layout.orientation).toBe('blocks-across');
		expect(new Set(layout.cells.map((c) => round(c.y))).size).toBe(4);
		expect(new Set(layout.cells.map((c) => round(c.x))).size).toBe(18);
		expect(layout.width).toBeLessThanOrEqual(1200);
		expect(layout.groupLabels.map((g) => g.lines.map((l) => l.text).join(' '))).toEqual([
			'Infrastruktur',
			'Pädagogische Dienste',
			'Nicht-technische Aspekte'
		]);
		expect(overlaps(layout)).toEqual([]);
	});

	it('transposes on a 360 px phone: 18 block rows under category title rows, 4 scenario columns', () => {
		const layout = layoutHeatmap(shInput(), 360);
		expect(layout.orientation).toBe('blocks-down');
		expect(layout.width).toBe(360);
		// label column 45 % of 360 = 162; four scenario columns share the remaining 198
		const xs = [...new Set(layout.cells.map((c) => round(c.x)))];
		expect(xs).toHaveLength(4);
		expect(xs[0]).toBe(162);
		const step = 198 / (4 - heatmapMetrics.padding);
		expect(xs[3]).toBe(round(162 + 3 * step));
		const first = layout.cells.find((c) => c.block === 'identitaetsmanagement')!;
		const second = layout.cells.find((c) => c.block === 'wlan-zugangsverwaltung')!;
		const firstGroup = layout.groupLabels[0]!;
		expect(first.y).toBe(firstGroup.band!.y - 4 + heatmapMetrics.groupTitle);
		expect(second.y - first.y).toBe(heatmapMetrics.blockRow);
		const secondGroup = layout.groupLabels[1]!;
		expect(secondGroup.band!.y - 4).toBe(second.y + heatmapMetrics.blockRow);
		expect(layout.height).toBe(
			firstGroup.band!.y - 4 + 3 * heatmapMetrics.groupTitle + 18 * heatmapMetrics.blockRow
		);
		expect(overlaps(layout)).toEqual([]);
	});

	it('transposes rather than hyphenating a category title over narrow columns', () => {
		expect(layoutHeatmap(shInput(), 900).orientation).toBe('blocks-down');
	});

	it('keeps each cell state of the engine at its position', () => {
		const layout = layoutHeatmap(shInput(['sh-landesradius']), 1200);
		const off = layout.cells.filter((c) => c.state === 'switched-off');
		expect(off.map((c) => c.block)).toEqual(Array(4).fill('wlan-zugangsverwaltung'));
		expect(new Set(off.map((c) => round(c.x))).size).toBe(1);
	});
});

describe('layoutHeatmap row labels', () => {
	it('makes a row label end its first line at the hyphen', () => {
		const input: HeatmapInput = {
			scenarios: [{ id: 's', label: 'S' }],
			groups: [
				{
					category: 'a',
					title: 'A',
					blocks: Array.from({ length: 14 }, (_, i) => ({
						id: `b${i}`,
						label: i ? `B${i}` : 'WLAN-Zugangsverwaltung'
					}))
				}
			],
			cells: []
		};
		const layout = layoutHeatmap(input, 320);
		expect(layout.orientation).toBe('blocks-down');
		expect(layout.rowLabels[0]!.lines.map((l) => l.text)).toEqual(['WLAN-', 'Zugangsverwaltung']);
	});
});
