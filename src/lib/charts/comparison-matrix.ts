/**
 * The solution comparison as the matrix shows it: columns (solutions, optionally sorted by
 * coverage) and rows grouped by category, filtered by category or to the rows where the
 * solutions differ. Only arranges the engine's result (compareSolutions); computes no figures.
 */
import type {
	ComparisonCell,
	ComparisonRow,
	SolutionComparison,
	SolutionSummary
} from '../domain/compare-solutions';

export interface MatrixOptions {
	/** Columns by covered share, highest first (ties keep the chosen order). */
	sortByCoverage: boolean;
	/** A category id, or '' for all categories. */
	category: string;
	/** Only rows where the solutions do not all rate the block the same. */
	differencesOnly: boolean;
}

export interface MatrixColumn {
	solution: string;
	summary: SolutionSummary;
}

export interface MatrixRow {
	row: ComparisonRow;
	/** The row's cells in column order. */
	cells: ComparisonCell[];
}

export interface MatrixGroup {
	category: string;
	rows: MatrixRow[];
}

export interface MatrixView {
	columns: MatrixColumn[];
	/** Groups in order of their first row (the engine's rows come in catalog order); no empty groups. */
	groups: MatrixGroup[];
	/** Rows shown after filtering, and rows in the comparison. */
	shown: number;
	total: number;
}

export const noMatrixOptions: MatrixOptions = {
	sortByCoverage: false,
	category: '',
	differencesOnly: false
};

export function matrixView(
	comparison: SolutionComparison,
	options: MatrixOptions = noMatrixOptions
): MatrixView {
	const order = comparison.perSolution.map((summary, position) => ({ summary, position }));
	if (options.sortByCoverage)
		order.sort((a, b) => b.summary.share - a.summary.share || a.position - b.position);

	const groups = new Map<string, MatrixGroup>();
	let shown = 0;
	for (const row of comparison.rows) {
		if (options.category && row.category !== options.category) continue;
		if (options.differencesOnly && !row.differs) continue;
		let group = groups.get(row.category);
		if (!group) groups.set(row.category, (group = { category: row.category, rows: [] }));
		group.rows.push({ row, cells: order.map(({ position }) => row.cells[position]!) });
		shown++;
	}
	return {
		columns: order.map(({ summary }) => ({ solution: summary.solution, summary })),
		groups: [...groups.values()],
		shown,
		total: comparison.rows.length
	};
}
