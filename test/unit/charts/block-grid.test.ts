import { describe, expect, it } from 'vitest';
import {
	gridMetrics,
	layoutBlockGrid,
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
