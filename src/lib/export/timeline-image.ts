/**
 * The plan's timeline as a PNG for the Word document: the layout of the page's chart
 * ($lib/charts/timeline) drawn into pixels, with row numbers, years and quarters in a small
 * bitmap digit font (the measure names stand in the table next to the image). No canvas, so
 * the browser and the CLI make the same image.
 */
import { layoutTimeline } from '../charts/timeline';
import type { Plan } from '../domain';
import { encodePng, type RgbImage } from './png';

type Rgb = [number, number, number];
const colors = {
	background: [255, 255, 255] as Rgb,
	grid: [190, 190, 190] as Rgb,
	text: [26, 26, 26] as Rgb,
	bar: [43, 87, 151] as Rgb,
	conflict: [192, 57, 43] as Rgb,
	phase: [163, 82, 0] as Rgb
};

// 3 × 5 digits (and Q), one string of 15 bits per glyph, row by row.
const glyphs: Record<string, string> = {
	'0': '111101101101111',
	'1': '010110010010111',
	'2': '111001111100111',
	'3': '111001111001111',
	'4': '101101111001001',
	'5': '111100111001111',
	'6': '111100111101111',
	'7': '111001001001001',
	'8': '111101111101111',
	'9': '111101111001111',
	Q: '111101101111001'
};

class Raster {
	readonly image: RgbImage;
	constructor(width: number, height: number) {
		this.image = { width, height, pixels: new Uint8Array(width * height * 3).fill(255) };
	}
	rect(x: number, y: number, w: number, h: number, color: Rgb) {
		const { width, height, pixels } = this.image;
		const x0 = Math.max(0, Math.round(x));
		const y0 = Math.max(0, Math.round(y));
		const x1 = Math.min(width, Math.round(x + w));
		const y1 = Math.min(height, Math.round(y + h));
		for (let yy = y0; yy < y1; yy++)
			for (let xx = x0; xx < x1; xx++) pixels.set(color, (yy * width + xx) * 3);
	}
	text(value: string, x: number, y: number, scale: number, color: Rgb) {
		let cx = x;
		for (const ch of value) {
			const glyph = glyphs[ch];
			if (glyph)
				for (let i = 0; i < 15; i++)
					if (glyph[i] === '1')
						this.rect(cx + (i % 3) * scale, y + Math.floor(i / 3) * scale, scale, scale, color);
			cx += 4 * scale;
		}
	}
}

/** Width of the image in pixels; Word scales it to the text width. */
export const TIMELINE_IMAGE_WIDTH = 960;

export async function timelinePng(
	plan: Plan
): Promise<{ png: Uint8Array; width: number; height: number }> {
	const layout = layoutTimeline(
		plan.measures.map((m) => ({
			id: m.block,
			label: '',
			start: m.start,
			end: m.end,
			moved: m.moved,
			conflict: m.conflicts.length > 0
		})),
		plan.quarters,
		TIMELINE_IMAGE_WIDTH,
		plan.phaseChange ? { quarter: plan.phaseChange, label: '' } : undefined,
		40
	);
	const r = new Raster(layout.width, layout.height);
	r.rect(0, 0, layout.width, layout.height, colors.background);
	for (const year of layout.years) {
		r.rect(year.x, 0, 1, layout.height, colors.grid);
		r.text(year.year, year.x + 4, 4, 2, colors.text);
	}
	for (const q of layout.quarters) r.text(q.label, q.x + q.width / 2 - 7, 24, 2, colors.text);
	for (const bar of layout.bars) {
		r.rect(0, bar.rowY, layout.width, 1, [235, 235, 235]);
		r.text(String(bar.number), 4, bar.y + 3, 2, colors.text);
		const color = bar.conflict ? colors.conflict : colors.bar;
		if (bar.moved) r.rect(bar.x - 2, bar.y - 2, bar.width + 4, bar.height + 4, colors.text);
		r.rect(bar.x, bar.y, bar.width, bar.height, color);
		if (bar.conflict)
			for (let i = 0; i < bar.width; i += 6)
				r.rect(bar.x + i, bar.y, 2, bar.height, [255, 255, 255]);
	}
	if (layout.phaseLine)
		for (let y = 18; y < layout.height; y += 7)
			r.rect(layout.phaseLine.x - 1, y, 3, 4, colors.phase);
	return { png: await encodePng(r.image), width: layout.width, height: layout.height };
}
