/**
 * Runs an aggregation with a Web Worker: the page reads the files (I/O, started a chunk at a
 * time) and streams their texts to the worker, which parses, validates and counts. Falls back to
 * the main thread where workers are not available or the worker cannot start (an old browser, a
 * blocked script). The caller gets the same result either way and learns where it was computed.
 */
import type { Aggregate } from '../domain/aggregate';
import type { Catalog } from '../domain/catalog';
import { aggregateFiles, type AggregationProgress } from './aggregate-files';
import { CHUNK_SIZE, type AggregationReply, type AggregationRequest } from './protocol';
import { readText, type NamedFile, type TextResult } from './read-documents';

export interface AggregationOutcome {
	aggregate: Aggregate;
	offMainThread: boolean;
}

export type WorkerFactory = () => Worker;

/** Chunks being read at once (4 × 250 files). */
const CHUNKS_IN_FLIGHT = 4;

const defaultWorker: WorkerFactory = () =>
	new Worker(new URL('./aggregate.worker.ts', import.meta.url), { type: 'module' });

/** Lets the page paint and handle input before the next step. */
function yieldToPage(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}

function inWorker(
	worker: Worker,
	files: NamedFile[],
	catalog: Catalog,
	onProgress: AggregationProgress
): Promise<Aggregate> {
	const send = (request: AggregationRequest) => worker.postMessage(request);
	return new Promise((resolve, reject) => {
		worker.onmessage = ({ data }: MessageEvent<AggregationReply>) => {
			if (data.type === 'result') resolve(data.aggregate);
			else reject(new Error(data.message));
		};
		// A worker that fails to load or throws reports here, not through a message.
		worker.onerror = (event) => {
			event.preventDefault();
			reject(new Error(event.message || 'worker failed'));
		};
		worker.onmessageerror = () => reject(new Error('worker reply could not be read'));
		(async () => {
			send({ type: 'start', catalog });
			// A few chunks are read at a time: enough to keep the browser's file reading busy, few
			// enough that progress moves steadily and the worker parses while the page still reads.
			const chunks: Promise<TextResult[]>[] = [];
			let posted = 0;
			const post = async () => {
				send({ type: 'texts', texts: await chunks[posted]! });
				posted++;
				onProgress(Math.min(posted * CHUNK_SIZE, files.length), files.length);
			};
			for (let start = 0; start < files.length; start += CHUNK_SIZE) {
				chunks.push(Promise.all(files.slice(start, start + CHUNK_SIZE).map(readText)));
				if (chunks.length - posted >= CHUNKS_IN_FLIGHT) await post();
				else await yieldToPage();
			}
			while (posted < chunks.length) await post();
			send({ type: 'end' });
		})().catch(reject);
	});
}

export async function aggregateInBackground(
	files: NamedFile[],
	catalog: Catalog,
	onProgress: AggregationProgress = () => {},
	createWorker: WorkerFactory | undefined = typeof Worker === 'undefined'
		? undefined
		: defaultWorker
): Promise<AggregationOutcome> {
	if (createWorker) {
		let worker: Worker | undefined;
		try {
			worker = createWorker();
			return {
				aggregate: await inWorker(worker, files, catalog, onProgress),
				offMainThread: true
			};
		} catch {
			// Fall through: the same work on the main thread.
		} finally {
			worker?.terminate();
		}
	}
	return { aggregate: await aggregateFiles(files, catalog, onProgress), offMainThread: false };
}
