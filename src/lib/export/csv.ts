/**
 * CSV that opens correctly in a German Excel and in LibreOffice: UTF-8 with BOM, semicolon as
 * separator, decimal comma for German. Quoting is papaparse's. A text cell that begins like a
 * formula (`=`, `+`, `-`, `@`, tab, carriage return) gets a leading apostrophe, so the
 * spreadsheet shows it as text instead of running it (OWASP "CSV injection"); numbers stay
 * numbers, negative ones included.
 */
import Papa from 'papaparse';
import type { Lang, Table } from './table';

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as a spreadsheet will show it, never as a formula. */
export const neutralise = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

export function toCsv(table: Table, lang: Lang = 'de'): string {
	const format = (cell: string | number) =>
		typeof cell === 'number'
			? lang === 'de'
				? String(cell).replace('.', ',')
				: String(cell)
			: neutralise(cell);
	return (
		BOM +
		Papa.unparse(
			{ fields: table.headers.map(neutralise), data: table.rows.map((row) => row.map(format)) },
			{ delimiter: ';', newline: '\r\n' }
		)
	);
}
