/**
 * CSV that opens correctly in a German Excel and in LibreOffice: UTF-8 with BOM, semicolon as
 * separator, decimal comma for German. Quoting is papaparse's.
 */
import Papa from 'papaparse';
import type { Lang, Table } from './table';

const BOM = '\uFEFF';

export function toCsv(table: Table, lang: Lang = 'de'): string {
	const format = (cell: string | number) =>
		typeof cell === 'number' && lang === 'de' ? String(cell).replace('.', ',') : String(cell);
	return (
		BOM +
		Papa.unparse(
			{ fields: table.headers, data: table.rows.map((row) => row.map(format)) },
			{ delimiter: ';', newline: '\r\n' }
		)
	);
}
