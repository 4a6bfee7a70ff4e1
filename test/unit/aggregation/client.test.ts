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
	it('streams the texts to the worker, reports reading progress and ends the worker', async () => {
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

	it('runs on the main thread where there are no workers (as in Node)', async () => {
		const outcome = await aggregateInBackground(files, catalog);
		expect(outcome.offMainThread).toBe(false);
		expect(outcome.aggregate.invalid.map((i) => i.name)).toEqual(['b.json']);
	});
});

describe('aggregationSession', () => {
	it('parses chunks as they come and answers "end" with the aggregate of all, in order', () => {
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
		expect(replies).toEqual([]);
		handle({ type: 'end' });
		const [result] = replies;
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
