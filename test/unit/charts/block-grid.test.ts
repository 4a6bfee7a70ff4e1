import { describe, expect, it } from 'vitest';
import {
	bracketWidth,
	fluidGridDrawer,
	gridMetrics,
	layoutBlockGrid,
	layoutFluidBlockGrid,
	minGridWidth,
	wrapLabel,
	type GridItem
} from '../../../src/lib/charts/block-grid';

const categories = [
	{ id: 'a', title: 'Infrastruktur' },
	{ id: 'b', title: 'Pädagogische Dienste' },
	{ id: 'c', title: 'Betrieb' },
	{ id: 'd', title: 'Nicht-technisch' }
];
const items = (counts: Record<string, number>): GridItem[] =>
	Object.entries(counts).flatMap(([category, n]) =>
		Array.from({ length: n }, (_, i) => ({
			id: `${category}${i}`,
			category,
			label: `Baustein ${i}`
		}))
	);

const round = (n: number) => Math.round(n * 10) / 10;

describe('wrapLabel', () => {
	it('breaks at word boundaries and keeps short labels whole', () => {
		expect(wrapLabel('Wiki', 12)).toEqual(['Wiki']);
		expect(wrapLabel('Anwendungen für Fachunterricht', 14)).toEqual([
			'Anwendungen',
			'für',
			'Fachunterricht'
		]);
	});

	it('breaks a compound that does not fit after its own hyphen', () => {
		expect(wrapLabel('WLAN-Zugangsverwaltung', 18, 2)).toEqual(['WLAN-', 'Zugangsverwaltung']);
		expect(wrapLabel('WLAN-Zugangsverwaltung', 22)).toEqual(['WLAN-Zugangsverwaltung']);
		expect(wrapLabel('Anwendungen für Fachunterricht', 16, 2)).toEqual([
			'Anwendungen für',
			'Fachunterricht'
		]);
	});

	it('hyphenates a word longer than a line', () => {
		expect(wrapLabel('Identitätsmanagement', 12)).toEqual(['Identitätsm-', 'anagement']);
		expect(wrapLabel('WLAN-Zugangsverwaltung', 14)).toEqual(['WLAN-', 'Zugangsverwal-', 'tung']);
	});

	it('breaks long German words at the catalog’s soft hyphens, never inside a syllable', () => {
		expect(wrapLabel('Identitäts\u00admanagement', 12)).toEqual(['Identitäts-', 'management']);
		expect(wrapLabel('WLAN-Zugangs\u00adverwaltung', 14)).toEqual(['WLAN-Zugangs-', 'verwaltung']);
		expect(wrapLabel('Kommuni\u00adkation Schule/Schul\u00adträger', 14)).toEqual([
			'Kommunikation',
			'Schule/Schul-',
			'träger'
		]);
		// A word that fits keeps no hyphen, and no soft hyphen is ever drawn.
		expect(wrapLabel('Identitäts\u00admanagement', 24)).toEqual(['Identitätsmanagement']);
	});

	it('cuts with an ellipsis beyond the line limit', () => {
		expect(wrapLabel('eins zwei drei vier fünf', 4, 2)).toEqual(['eins', 'zwe…']);
		expect(wrapLabel('Dateiablage und -freigabe im Netz', 8, 2)).toEqual(['Dateiab-', 'lage un…']);
	});
});

describe('layoutBlockGrid', () => {
	it('puts four categories side by side on a wide screen, with positions that do not overlap', () => {
		const layout = layoutBlockGrid(items({ a: 8, b: 15, c: 7, d: 8 }), categories, 1280);
		expect(layout.sections.map((s) => [s.category, round(s.x), s.y])).toEqual([
			['a', 0, 0],
			['b', 322, 0],
			['c', 644, 0],
			['d', 966, 0]
		]);
		expect(layout.cells).toHaveLength(38);
		const b = layout.cells.filter((c) => c.category === 'b');
		expect(round(b[0]!.x)).toBe(322);
		expect(b[0]!.y).toBe(gridMetrics.sectionTitle);
		for (const cell of layout.cells)
			for (const other of layout.cells)
				if (cell !== other) {
					const apart =
						cell.x + cell.width <= other.x ||
						other.x + other.width <= cell.x ||
						cell.y + cell.height <= other.y ||
						other.y + other.height <= cell.y;
					expect(apart, `${cell.id} / ${other.id}`).toBe(true);
				}
	});

	it('stacks the categories on a 360 px phone, two tiles per row', () => {
		const layout = layoutBlockGrid(items({ a: 3, b: 4 }), categories, 360);
		expect(layout.sections.map((s) => [s.category, s.x, s.y, s.width])).toEqual([
			['a', 0, 0, 360],
			['b', 0, 28 + 2 * 56 + 8 + 16, 360]
		]);
		const rowY = [...new Set(layout.cells.filter((c) => c.category === 'a').map((c) => c.y))];
		expect(rowY).toEqual([28, 92]);
		expect(layout.height).toBe(layout.sections[1]!.y + layout.sections[1]!.height);
	});

	it('leaves out empty categories and works with a fifth one', () => {
		const layout = layoutBlockGrid(
			items({ a: 2, e: 2 }),
			[...categories, { id: 'e', title: 'Finanzierung' }],
			1280
		);
		expect(layout.sections.map((s) => s.category)).toEqual(['a', 'e']);
	});
});

describe('layoutFluidBlockGrid', () => {
	const grid = items({ a: 8, b: 15, c: 7, d: 8 });
	const arrangement = (layout: ReturnType<typeof layoutBlockGrid>) => ({
		stacked: layout.sections.every((s) => s.x === 0),
		perRow: new Set(layout.cells.filter((c) => c.category === 'b').map((c) => c.x)).size
	});

	it('gives every width of a bracket the layout of its narrowest width', () => {
		// A scenario column: 17 rem and more on a desktop, a phone's width on a phone.
		const narrow = layoutFluidBlockGrid(grid, categories, 272);
		for (let width = 272; width < 412; width++)
			expect(layoutFluidBlockGrid(grid, categories, width)).toEqual(narrow);
		expect(arrangement(narrow)).toEqual({ stacked: true, perRow: 2 });
		expect(arrangement(layoutFluidBlockGrid(grid, categories, 412))).toEqual({
			stacked: true,
			perRow: 3
		});
	});

	it('keeps the arrangement of the width it was asked for, at every width up to a wide screen', () => {
		for (let width = minGridWidth; width <= 2000; width += 7) {
			const bracket = bracketWidth(4, width);
			expect(bracket, String(width)).toBeLessThanOrEqual(width);
			expect(arrangement(layoutBlockGrid(grid, categories, bracket)), String(width)).toEqual(
				arrangement(layoutBlockGrid(grid, categories, width))
			);
		}
	});

	it('puts the categories side by side from four times two tiles', () => {
		const wide = layoutFluidBlockGrid(grid, categories, 1280);
		expect(arrangement(wide)).toEqual({ stacked: false, perRow: 2 });
		expect(wide.width).toBe(4 * (2 * gridMetrics.minTileWidth + 3 * gridMetrics.gap));
	});

	it('gives a box narrower than two tiles the layout of two tiles, to be drawn scaled down', () => {
		const layout = layoutFluidBlockGrid(grid, categories, 250);
		expect(arrangement(layout)).toEqual({ stacked: true, perRow: 2 });
		expect(layout.width).toBe(minGridWidth);
		expect(layoutFluidBlockGrid(grid, categories, 100)).toEqual(layout);
	});
});

describe('fluidGridDrawer', () => {
	const grid = items({ a: 8, b: 15, c: 7, d: 8 });

	it('gives every position in percent of the layout width', () => {
		const drawn = fluidGridDrawer()(grid, categories, 412);
		const layout = layoutFluidBlockGrid(grid, categories, 412);
		expect(drawn.cells).toHaveLength(layout.cells.length);
		drawn.cells.forEach((cell, i) => {
			const plain = layout.cells[i]!;
			expect(parseFloat(cell.left)).toBeCloseTo((plain.x / layout.width) * 100, 6);
			expect(parseFloat(cell.right)).toBeCloseTo(((plain.x + plain.width) / layout.width) * 100, 6);
			expect(cell.widthPct).toMatch(/%$/);
		});
		expect(drawn.sections.map((s) => s.left)).toEqual(
			layout.sections.map((s) => `${(s.x / layout.width) * 100}%`)
		);
	});

	it('lays a grid out once for the same inputs, again when the width changes', () => {
		const draw = fluidGridDrawer();
		const first = draw(grid, categories, 412);
		expect(draw(grid, categories, 412)).toBe(first);
		expect(draw(grid, categories, 1280)).not.toBe(first);
	});
});
