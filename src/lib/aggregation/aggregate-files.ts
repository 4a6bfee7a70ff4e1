/**
 * Files in, aggregate out: reads the files, lets the engine's `aggregate` validate and count the
 * configurations, and adds the files that could not be read or parsed to its invalid list, in
 * the order the files came. Runs in the worker, or on the main thread where there is none.
 */
import { aggregate, type Aggregate } from '../domain/aggregate';
import type { Catalog } from '../domain/catalog';
import {
	readDocuments,
	type InvalidDocument,
	type NamedFile,
	type ReadResult
} from './read-documents';

export type AggregationProgress = (done: number, total: number) => void;

/** The aggregate of read files; `results` are in the order of `names`. */
export function aggregateResults(
	results: ReadResult[],
	names: string[],
	catalog: Catalog
): Aggregate {
	const unreadable: InvalidDocument[] = [];
	const documents = [];
	for (const result of results)
		if (result.ok) documents.push(result.document);
		else unreadable.push(result.invalid);
	const counted = aggregate(documents, catalog);
	const position = new Map<string, number>();
	names.forEach((name, i) => {
		if (!position.has(name)) position.set(name, i);
	});
	const invalid = [...unreadable, ...counted.invalid].sort(
		(a, b) => position.get(a.name)! - position.get(b.name)!
	);
	return { ...counted, total: names.length, invalid };
}

export async function aggregateFiles(
	files: NamedFile[],
	catalog: Catalog,
	onProgress?: AggregationProgress
): Promise<Aggregate> {
	const results = await readDocuments(files, onProgress);
	return aggregateResults(
		results,
		files.map((f) => f.name),
		catalog
	);
}
