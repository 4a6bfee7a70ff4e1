export { neutralise, toCsv } from './csv';
export {
	aggregateTable,
	comparisonTable,
	coverageTable,
	gapTable,
	recommendationTable,
	type Lang,
	type Table
} from './table';
export { toTextTable } from './text-table';
export { planTable } from './plan-table';
export { invalidFilesTable } from './invalid-table';
