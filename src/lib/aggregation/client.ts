/**
 * Runs an aggregation with a Web Worker: the page reads the files (I/O, a chunk at a time) and
 * streams their texts to the worker, which parses, validates and counts, and acknowledges each
 * chunk. At most two chunks are on their way at once, and the page reads one ahead, so neither
 * side ever holds more than a few chunks of text (chunks.ts). Falls back to the main thread where workers are not available or the
 * worker cannot start (an old browser, a blocked script). An AbortSignal cancels the run: the
 * worker is stopped at once. The caller gets the same result either way and learns where it
 * was computed.
 */
import type { Aggregate } from '../domain/aggregate';
import type { Catalog } from '../domain/catalog';
import { aggregateFiles, yieldToPage, type AggregationProgress } from './aggregate-files';
import { chunkFiles } from './chunks';
import type { AggregationReply, AggregationRequest } from './protocol';
import { readText, type NamedFile } from './read-documents';
// The bundled worker's URL (Vite builds the worker from this import), so it can go through a
// Trusted Types policy before `new Worker` sees it.
import workerScript from './aggregate.worker.ts?worker&url';

export interface AggregationOutcome {
	aggregate: Aggregate;
	offMainThread: boolean;
}

export type WorkerFactory = () => Worker;

/** Chunks sent to the worker and not yet acknowledged. */
const CHUNKS_IN_FLIGHT = 2;

interface ScriptUrlPolicy {
	createScriptURL(url: string): string;
}
let policy: ScriptUrlPolicy | undefined;

/**
 * The worker script's URL, through a Trusted Types policy where the browser has them: a server
 * that sends `require-trusted-types-for 'script'` (see deploy/) accepts only such URLs for
 * workers. The policy lets through this app's own scripts and nothing else.
 */
function workerUrl(): string {
	const url = new URL(workerScript, location.href);
	const trustedTypes = (
		globalThis as {
			trustedTypes?: {
				createPolicy(name: string, rules: ScriptUrlPolicy): ScriptUrlPolicy;
			};
		}
	).trustedTypes;
	if (!trustedTypes) return url.href;
	policy ??= trustedTypes.createPolicy('baukasten-worker', {
		createScriptURL: (value) => {
			if (new URL(value, location.href).origin !== location.origin)
				throw new TypeError('worker from another origin');
			return value;
		}
	});
	return policy.createScriptURL(url.href);
}

const defaultWorker: WorkerFactory = () => new Worker(workerUrl(), { type: 'module' });

/** The error of a cancelled run (DOMException "AbortError"). */
export const isAbort = (error: unknown) =>
	error instanceof DOMException && error.name === 'AbortError';

function inWorker(
	worker: Worker,
	files: NamedFile[],
	catalog: Catalog,
	onProgress: AggregationProgress,
	signal?: AbortSignal
): Promise<Aggregate> {
	const send = (request: AggregationRequest) => worker.postMessage(request);
	let onAbort = () => {};
	const abort = () => onAbort();
	signal?.addEventListener('abort', abort, { once: true });
	return new Promise<Aggregate>((resolve, reject) => {
		let acknowledged = 0;
		let wake: (() => void) | undefined;
		onAbort = () => {
			reject(signal!.reason);
			wake?.();
		};
		worker.onmessage = ({ data }: MessageEvent<AggregationReply>) => {
			if (data.type === 'progress') {
				acknowledged++;
				onProgress(data.done, files.length);
				wake?.();
			} else if (data.type === 'result') resolve(data.aggregate);
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
			const chunks = chunkFiles(files);
			let sent = 0;
			for (const chunk of chunks) {
				const texts = await Promise.all(chunk.map(readText));
				while (sent - acknowledged >= CHUNKS_IN_FLIGHT)
					await new Promise<void>((resume) => (wake = resume));
				signal?.throwIfAborted();
				send({ type: 'texts', texts });
				sent++;
				await yieldToPage();
			}
			send({ type: 'end' });
		})().catch(reject);
	}).finally(() => signal?.removeEventListener('abort', abort));
}

export async function aggregateInBackground(
	files: NamedFile[],
	catalog: Catalog,
	onProgress: AggregationProgress = () => {},
	createWorker: WorkerFactory | undefined = typeof Worker === 'undefined'
		? undefined
		: defaultWorker,
	signal?: AbortSignal
): Promise<AggregationOutcome> {
	signal?.throwIfAborted();
	if (createWorker) {
		let worker: Worker | undefined;
		try {
			worker = createWorker();
			return {
				aggregate: await inWorker(worker, files, catalog, onProgress, signal),
				offMainThread: true
			};
		} catch (error) {
			if (isAbort(error) || signal?.aborted) throw error;
			// Otherwise fall through: the same work on the main thread.
		} finally {
			worker?.terminate();
		}
	}
	return {
		aggregate: await aggregateFiles(files, catalog, onProgress, signal),
		offMainThread: false
	};
}
