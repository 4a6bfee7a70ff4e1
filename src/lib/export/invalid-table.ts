/**
 * The files an aggregation skipped, as a table: one row per problem, with the file's name, the
 * place in the document and the reason. File names come from the user's disk, so the CSV export
 * neutralises any that look like a formula (csv.ts).
 */
import { readablePath, type InvalidDocument } from '../domain';
import type { Lang, Table } from './table';

export function invalidFilesTable(invalid: InvalidDocument[], lang: Lang): Table {
	return {
		headers: lang === 'de' ? ['Datei', 'Stelle', 'Problem'] : ['File', 'Place', 'Problem'],
		rows: invalid.flatMap((file) =>
			file.problems.map((p) => [
				file.name,
				p.pointer ? readablePath(p.pointer) : '',
				p.message[lang]
			])
		)
	};
}
