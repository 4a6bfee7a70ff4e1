import { describe, expect, it } from 'vitest';
import { aggregateInBackground } from '../../../src/lib/aggregation/client';
import type { AggregationReply, AggregationRequest } from '../../../src/lib/aggregation/protocol';
import { aggregationSession } from '../../../src/lib/aggregation/worker-session';
import { realCatalog } from '../helpers/catalog';
import { configuration } from '../helpers/factories';

const catalog = realCatalog();
const files = [
	{ name: 'a.json', file: new File([JSON.stringify(configuration())], 'a.json') },
	{ name: 'b.json', file: new File(['{'], 'b.json') }
];

/** A stand-in for a Worker: the worker's session in this thread, answering by message. */
class FakeWorker {
	onmessage: ((e: { data: AggregationReply }) => void) | null = null;
	onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
	onmessageerror: (() => void) | null = null;
	terminated = false;
	requests: AggregationRequest['type'][] = [];
	private readonly handle = aggregationSession((data) => this.onmessage?.({ data }));
	answer(request: AggregationRequest) {
		this.handle(request);
	}
	constructor(private readonly fail = false) {}
	postMessage(request: AggregationRequest) {
		this.requests.push(request.type);
		if (this.fail) {
			queueMicrotask(() => this.onerror?.({ message: 'blocked', preventDefault() {} }));
			return;
		}
		// Like a worker: answer in a later task, never inside postMessage.
		setTimeout(() => this.handle(request));
	}
	terminate() {
		this.terminated = true;
	}
}

describe('aggregateInBackground', () => {
	it('streams the texts to the worker, reports the progress it acknowledges and ends the worker', async () => {
		const worker = new FakeWorker();
		const progress: number[] = [];
		const outcome = await aggregateInBackground(
			files,
			catalog,
			(done) => progress.push(done),
			() => worker as unknown as Worker
		);
		expect(outcome.offMainThread).toBe(true);
		expect(outcome.aggregate).toMatchObject({ total: 2, valid: 1 });
		expect(progress).toEqual([2]);
		expect(worker.requests).toEqual(['start', 'texts', 'end']);
		expect(worker.terminated).toBe(true);
	});

	it('falls back to the main thread when the worker cannot start or fails', async () => {
		const throwing = await aggregateInBackground(files, catalog, undefined, () => {
			throw new Error('SecurityError');
		});
		expect(throwing).toMatchObject({ offMainThread: false, aggregate: { total: 2, valid: 1 } });
		const failing = await aggregateInBackground(
			files,
			catalog,
			undefined,
			() => new FakeWorker(true) as unknown as Worker
		);
		expect(failing).toMatchObject({ offMainThread: false, aggregate: { total: 2, valid: 1 } });
	});

	it('stops the worker at once when cancelled, and does not fall back to the main thread', async () => {
		const worker = new FakeWorker();
		const controller = new AbortController();
		const run = aggregateInBackground(
			files,
			catalog,
			undefined,
			() => worker as unknown as Worker,
			controller.signal
		);
		controller.abort();
		await expect(run).rejects.toMatchObject({ name: 'AbortError' });
		expect(worker.terminated).toBe(true);
	});

	it('never sends more than two chunks ahead of the worker', async () => {
		const many = Array.from({ length: 2000 }, (_, i) => ({
			name: `${i}.json`,
			file: new File(['{}'], `${i}.json`)
		}));
		let most = 0;
		class SlowWorker extends FakeWorker {
			pending = 0;
			override postMessage(request: AggregationRequest) {
				if (request.type === 'texts') most = Math.max(most, ++this.pending);
				this.requests.push(request.type);
				setTimeout(() => {
					if (request.type === 'texts') this.pending--;
					this.answer(request);
				}, 5);
			}
		}
		const worker = new SlowWorker();
		const outcome = await aggregateInBackground(
			many,
			catalog,
			undefined,
			() => worker as unknown as Worker
		);
		expect(outcome.aggregate.total).toBe(2000);
		expect(worker.requests.filter((r) => r === 'texts')).toHaveLength(8);
		expect(most).toBeLessThanOrEqual(2);
	});

	it('runs on the main thread where there are no workers (as in Node)', async () => {
		const outcome = await aggregateInBackground(files, catalog);
		expect(outcome.offMainThread).toBe(false);
		expect(outcome.aggregate.invalid.map((i) => i.name)).toEqual(['b.json']);
	});
});

describe('aggregationSession', () => {
	it('validates chunks as they come, acknowledges each, and answers "end" with the aggregate of all, in order', () => {
		const replies: AggregationReply[] = [];
		const handle = aggregationSession((reply) => replies.push(reply));
		const valid = JSON.stringify(configuration());
		handle({ type: 'start', catalog });
		handle({
			type: 'texts',
			texts: [
				{ ok: true, name: 'a.json', text: valid },
				{ ok: true, name: 'b.json', text: 'kaputt' }
			]
		});
		handle({
			type: 'texts',
			texts: [
				{ ok: false, invalid: { name: 'c.json', problems: [] } },
				{ ok: true, name: 'd.json', text: valid }
			]
		});
		expect(replies).toEqual([
			{ type: 'progress', done: 2 },
			{ type: 'progress', done: 4 }
		]);
		handle({ type: 'end' });
		const result = replies[2];
		expect(result?.type).toBe('result');
		if (result?.type !== 'result') return;
		expect(result.aggregate).toMatchObject({ total: 4, valid: 2 });
		expect(result.aggregate.invalid.map((i) => i.name)).toEqual(['b.json', 'c.json']);
	});

	it('answers "end" without "start" with an error message', () => {
		const replies: AggregationReply[] = [];
		aggregationSession((reply) => replies.push(reply))({ type: 'end' });
		expect(replies).toEqual([{ type: 'error', message: 'no catalog: "end" before "start"' }]);
	});
});
