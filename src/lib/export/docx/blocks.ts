/** Small builders for the Word document: headings, paragraphs, tables from a Table, lists. */
import {
	BorderStyle,
	HeadingLevel,
	Paragraph,
	Table as DocxTable,
	TableCell,
	TableLayoutType,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import type { Table } from '../table';

export const heading = (text: string, level: 1 | 2 | 3 = 1) =>
	new Paragraph({
		text,
		heading:
			level === 1
				? HeadingLevel.HEADING_1
				: level === 2
					? HeadingLevel.HEADING_2
					: HeadingLevel.HEADING_3
	});

export const para = (text: string, options: { bold?: boolean; small?: boolean } = {}) =>
	new Paragraph({
		spacing: { after: 120 },
		children: [new TextRun({ text, bold: options.bold, size: options.small ? 18 : 22 })]
	});

/** A label in bold followed by its text. */
export const labelled = (label: string, text: string) =>
	new Paragraph({
		spacing: { after: 120 },
		children: [
			new TextRun({ text: `${label}: `, bold: true, size: 22 }),
			new TextRun({ text, size: 22 })
		]
	});

export const bullet = (text: string) =>
	new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text, size: 20 })] });

const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const borders = { top: border, bottom: border, left: border, right: border };

/** Text width of an A4 page with the document's margins, in twentieths of a point. */
export const TEXT_WIDTH = 11906 - 2 * 1000;

/**
 * A Table as a Word table with a repeated, shaded header row. `widths` in percent of the text
 * width (equal columns if left out); fixed column widths, because LibreOffice ignores
 * percentages in cells.
 */
export function table(t: Table, widths?: number[]): DocxTable {
	const percent = widths ?? t.headers.map(() => 100 / t.headers.length);
	const columnWidths = percent.map((p) => Math.round((TEXT_WIDTH * p) / 100));
	const cell = (text: string | number, header: boolean, i: number) =>
		new TableCell({
			borders,
			width: { size: columnWidths[i] ?? 0, type: WidthType.DXA },
			...(header ? { shading: { fill: 'E6E6E6' } } : {}),
			children: [
				new Paragraph({
					children: [new TextRun({ text: String(text), bold: header, size: 16 })]
				})
			]
		});
	return new DocxTable({
		width: { size: TEXT_WIDTH, type: WidthType.DXA },
		columnWidths,
		layout: TableLayoutType.FIXED,
		rows: [
			new TableRow({
				tableHeader: true,
				children: t.headers.map((h, i) => cell(h, true, i))
			}),
			...t.rows.map((row) => new TableRow({ children: row.map((c, i) => cell(c, false, i)) }))
		]
	});
}
