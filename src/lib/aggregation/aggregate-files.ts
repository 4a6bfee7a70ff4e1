/**
 * Files in, aggregate out, one chunk at a time: each file is read, parsed, validated and counted,
 * and then only its counts (or the reason it is invalid) stay. Runs in the worker (the texts
 * come in by message) or on the main thread where there is none. Cancelled by an AbortSignal
 * between chunks.
 */
import { createAggregation, type Aggregate, type Aggregation } from '../domain/aggregate';
import type { Catalog } from '../domain/catalog';
import { chunkFiles } from './chunks';
import { parseText, readText, type NamedFile, type TextResult } from './read-documents';

export type AggregationProgress = (done: number, total: number) => void;

/** One read file into the aggregation; the text is not kept. */
export function addText(aggregation: Aggregation, text: TextResult): void {
	const read = parseText(text);
	if (read.ok) aggregation.add(read.document);
	else aggregation.addInvalid(read.invalid.name, read.invalid.problems);
}

/** Lets the page paint and handle input before the next step. */
export function yieldToPage(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}

export async function aggregateFiles(
	files: NamedFile[],
	catalog: Catalog,
	onProgress: AggregationProgress = () => {},
	signal?: AbortSignal
): Promise<Aggregate> {
	const aggregation = createAggregation(catalog);
	let done = 0;
	for (const chunk of chunkFiles(files)) {
		signal?.throwIfAborted();
		const texts = await Promise.all(chunk.map(readText));
		for (const text of texts) addText(aggregation, text);
		done += chunk.length;
		onProgress(done, files.length);
		await yieldToPage();
	}
	signal?.throwIfAborted();
	return aggregation.result();
}
