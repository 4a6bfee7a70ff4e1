import { describe, expect, it } from 'vitest';
import {
	cornerMarkPath,
	coverageGridMetrics,
	coverageMarkShape,
	halfCirclePath,
	layoutCoverageGrid
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
	it('keeps a third of a 360 px screen for the labels and lets 16 cells of minimum size scroll', () => {
		const layout = layoutCoverageGrid(rows, categories, columns, 360);
		expect(layout.labelWidth).toBe(coverageGridMetrics.minLabelWidth);
		expect(layout.gridWidth).toBe(16 * coverageGridMetrics.minCell);
		expect(layout.labelWidth + layout.gridWidth).toBeGreaterThan(360);
	});

	it('fits everything without scrolling on a 1280 px screen, cells at their largest', () => {
		const layout = layoutCoverageGrid(rows, categories, columns, 1280);
		expect(layout.labelWidth).toBe(236);
		expect(layout.gridWidth).toBe(16 * 44);
		expect(layout.labelWidth + layout.gridWidth).toBeLessThanOrEqual(1280);
	});

	it('fits the 600 px it gets on a printed A4 page', () => {
		const layout = layoutCoverageGrid(rows, categories, columns, 600);
		expect(layout.labelWidth).toBe(180);
		expect(layout.labelWidth + layout.gridWidth).toBeLessThanOrEqual(600);
	});

	it('puts the columns side by side in the given order, equally wide, centred marks', () => {
		const layout = layoutCoverageGrid(rows, categories, columns, 1280);
		expect(layout.columns.map((c) => c.id)).toEqual(columns.map((c) => c.id));
		const widths = new Set(layout.columns.map((c) => Math.round(c.width * 100) / 100));
		expect(widths.size).toBe(1);
		layout.columns.forEach((c, i) => {
			expect(c.cx).toBeCloseTo(c.x + c.width / 2, 10);
			if (i) expect(c.x).toBeGreaterThan(layout.columns[i - 1]!.x + layout.columns[i - 1]!.width);
		});
		expect(layout.columns.at(-1)!.x + layout.columns.at(-1)!.width).toBeCloseTo(
			layout.gridWidth,
			10
		);
	});

	it('groups the rows by category in the order of the categories, skipping empty ones', () => {
		const layout = layoutCoverageGrid(rows, categories, columns, 1280);
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

	it('wraps long labels on a narrow screen and makes their rows taller', () => {
		const wide = layoutCoverageGrid(rows, categories, columns, 1280);
		const narrow = layoutCoverageGrid(rows, categories, columns, 360);
		const long = (layout: typeof wide) =>
			layout.rows.find((r) => r.id === 'kommunikation-schule-schultraeger')!;
		expect(long(wide).lines).toEqual(['Kommunikation Schule/Schulträger']);
		expect(long(wide).height).toBe(coverageGridMetrics.minRowHeight);
		expect(long(narrow).lines.length).toBeGreaterThan(1);
		expect(long(narrow).height).toBeGreaterThan(coverageGridMetrics.minRowHeight);
		expect(long(narrow).cy).toBe(long(narrow).y + long(narrow).height / 2);
	});
});

describe('cell marks', () => {
	it('draws the left half of a circle for a partial coverage', () => {
		expect(halfCirclePath(10, 20, 7)).toBe('M10,13 A7,7 0 0 0 10,27 Z');
	});

	it('draws the inferred marker as a triangle in the top-right corner', () => {
		expect(cornerMarkPath(100, 50, 40.333)).toBe('M131.33,50 L140.33,50 L140.33,59 Z');
	});
});

describe('coverageMarkShape', () => {
	it('draws each status and level as its own mark, readable without colour', () => {
		const at = (status: 'covered' | 'pending' | 'none', level?: 'full' | 'partial') =>
			coverageMarkShape(10, 20, 40, 30, status, level).kind;
		expect([at('covered', 'full'), at('covered', 'partial'), at('pending'), at('none')]).toEqual([
			'full',
			'partial',
			'pending',
			'none'
		]);
	});

	it('centres the mark in the cell and keeps its radius between 4 and 8', () => {
		const big = coverageMarkShape(10, 20, 40, 30, 'covered', 'full');
		expect([big.cx, big.cy, big.r]).toEqual([30, 35, 8]);
		expect(coverageMarkShape(0, 0, 12, 10, 'covered', 'full').r).toBe(4);
	});

	it('fills the left half only for a partial coverage', () => {
		const partial = coverageMarkShape(10, 20, 40, 30, 'covered', 'partial');
		expect(partial.half).toBe(halfCirclePath(30, 35, 8));
		expect(coverageMarkShape(10, 20, 40, 30, 'covered', 'full').half).toBeUndefined();
	});

	it('marks an inferred mapping with a corner, except where nothing covers the block', () => {
		expect(coverageMarkShape(10, 20, 40, 30, 'pending', undefined, true).corner).toBe(
			cornerMarkPath(10, 20, 40)
		);
		expect(coverageMarkShape(10, 20, 40, 30, 'none', undefined, true).corner).toBeUndefined();
		expect(coverageMarkShape(10, 20, 40, 30, 'covered', 'full').corner).toBeUndefined();
	});
});
