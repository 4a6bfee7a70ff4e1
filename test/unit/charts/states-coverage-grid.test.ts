import { describe, expect, it } from 'vitest';
import {
	cornerMarkPath,
	coverageGridMetrics,
	coverageMarkShape,
	halfCirclePath,
	layoutCoverageGrid,
	markRadius
} from '../../../src/lib/charts/states-coverage-grid';

const categories = [
	{ id: 'infrastruktur', title: 'Infrastruktur' },
	{ id: 'leer', title: 'Ohne Bausteine' },
	{ id: 'nicht-technisch', title: 'Nicht-technische Aspekte' }
];
const rows = [
	{ id: 'datenschutz', category: 'nicht-technisch', label: 'Datenschutz' },
	{ id: 'identitaetsmanagement', category: 'infrastruktur', label: 'Identitätsmanagement' },
	{
		id: 'kommunikation-schule-schultraeger',
		category: 'nicht-technisch',
		label: 'Kommunikation Schule/Schulträger'
	}
];
const columns = 'bw by be bb hb hh he mv ni nw rp sl sn st sh th'
	.split(' ')
	.map((id) => ({ id, label: id.toUpperCase() }));

describe('layoutCoverageGrid', () => {
	const layout = layoutCoverageGrid(rows, categories, columns);

	it('lets 16 cells of minimum size scroll beside the labels on a 360 px phone', () => {
		expect(layout.minGridWidth).toBe(16 * coverageGridMetrics.minCell);
		expect(layout.labelWidth + layout.minGridWidth).toBeGreaterThan(360);
	});

	it('fits everything without scrolling on a 1280 px screen, cells at their largest', () => {
		expect(layout.maxGridWidth).toBe(16 * coverageGridMetrics.maxCell);
		expect(layout.labelWidth + layout.maxGridWidth).toBeLessThanOrEqual(1280);
	});

	it('fits the 600 px it gets on a printed A4 page', () => {
		expect(layout.labelWidth + layout.minGridWidth).toBeLessThanOrEqual(600);
	});

	it('leaves the cells room for their marks at the smallest size', () => {
		const cell = (layout.minGridWidth * layout.columns[0]!.width) / 100;
		expect(2 * markRadius + 4).toBeLessThanOrEqual(cell);
		expect(2 * markRadius + 4).toBeLessThanOrEqual(coverageGridMetrics.minRowHeight - 4);
	});

	it('puts the columns side by side in percent of the picture, in order, equally wide', () => {
		expect(layout.columns.map((c) => c.id)).toEqual(columns.map((c) => c.id));
		const widths = new Set(layout.columns.map((c) => Math.round(c.width * 100) / 100));
		expect(widths.size).toBe(1);
		layout.columns.forEach((c, i) => {
			expect(c.cx).toBeCloseTo(c.x + c.width / 2, 10);
			if (i) expect(c.x).toBeGreaterThan(layout.columns[i - 1]!.x + layout.columns[i - 1]!.width);
		});
		expect(layout.columns[0]!.x).toBe(0);
		expect(layout.columns.at(-1)!.x + layout.columns.at(-1)!.width).toBeCloseTo(100, 10);
	});

	it('groups the rows by category in the order of the categories, skipping empty ones', () => {
		expect(layout.sections.map((s) => s.category)).toEqual(['infrastruktur', 'nicht-technisch']);
		expect(layout.rows.map((r) => r.id)).toEqual([
			'identitaetsmanagement',
			'datenschutz',
			'kommunikation-schule-schultraeger'
		]);
		expect(layout.sections[0]!.y).toBe(layout.header);
		expect(layout.rows[0]!.y).toBe(layout.sections[0]!.y + layout.sections[0]!.height);
		expect(layout.sections[1]!.y).toBe(layout.rows[0]!.y + layout.rows[0]!.height);
		expect(layout.height).toBe(layout.rows.at(-1)!.y + layout.rows.at(-1)!.height);
	});

	it('wraps a long label and makes its row taller, centred', () => {
		const long = layoutCoverageGrid(
			[
				{ id: 'x', category: 'infrastruktur', label: 'Kommunikation Schule/Schulträger mit Eltern' }
			],
			categories,
			columns
		).rows[0]!;
		expect(long.lines.length).toBeGreaterThan(1);
		expect(long.height).toBeGreaterThan(coverageGridMetrics.minRowHeight);
		expect(long.cy).toBe(long.y + long.height / 2);
	});
});

describe('cell marks', () => {
	it('draws the left half of a circle for a partial coverage', () => {
		expect(halfCirclePath(10, 20, 7)).toBe('M10,13 A7,7 0 0 0 10,27 Z');
	});

	it('draws the inferred marker as a triangle below and left of a corner', () => {
		expect(cornerMarkPath(140.333, 50)).toBe('M131.33,50 L140.33,50 L140.33,59 Z');
	});
});

describe('coverageMarkShape', () => {
	it('draws each status and level as its own mark, readable without colour', () => {
		const at = (status: 'covered' | 'pending' | 'none', level?: 'full' | 'partial') =>
			coverageMarkShape(status, level).kind;
		expect([at('covered', 'full'), at('covered', 'partial'), at('pending'), at('none')]).toEqual([
			'full',
			'partial',
			'pending',
			'none'
		]);
	});

	it('fills the left half around the cell centre only for a partial coverage', () => {
		expect(coverageMarkShape('covered', 'partial').half).toBe(halfCirclePath(0, 0, markRadius));
		expect(coverageMarkShape('covered', 'full').half).toBeUndefined();
	});

	it('marks an inferred mapping with a corner, except where nothing covers the block', () => {
		expect(coverageMarkShape('pending', undefined, true).corner).toBe(cornerMarkPath(0, 0));
		expect(coverageMarkShape('none', undefined, true).corner).toBeUndefined();
		expect(coverageMarkShape('covered', 'full').corner).toBeUndefined();
	});
});
