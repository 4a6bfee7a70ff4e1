/**
 * A rule on every text of the catalog: none may begin like a spreadsheet formula (`=`, `+`,
 * `-`, `@`, a tab or a carriage return). Catalog texts end up in the CSV exports, which are
 * neutralised anyway (src/lib/export/csv.ts); this rule keeps such texts out of the catalog in
 * the first place, so a contributed state or solution cannot carry a formula.
 */
import { pointerSegment, problem, type Problem } from './problem';

/** The first characters that make Excel or LibreOffice read a cell as a formula (OWASP). */
export const FORMULA_START = /^[=+\-@\t\r]/;

export function textStartsLikeAFormula(file: string, data: unknown): Problem[] {
	const problems: Problem[] = [];
	const stack: [unknown, string][] = [[data, '']];
	while (stack.length) {
		const [value, pointer] = stack.pop()!;
		if (typeof value === 'string') {
			if (FORMULA_START.test(value))
				problems.push(
					problem(
						file,
						pointer,
						'Der Text beginnt mit =, +, -, @, einem Tabulator oder Zeilenumbruch; Excel würde ihn in einer CSV-Datei als Formel lesen. Bitte anders beginnen.',
						'The text begins with =, +, -, @, a tab or a line break; Excel would read it as a formula in a CSV file. Please begin it differently.'
					)
				);
		} else if (value && typeof value === 'object')
			for (const [key, child] of Object.entries(value))
				stack.push([child, `${pointer}/${pointerSegment(key)}`]);
	}
	return problems.reverse();
}
