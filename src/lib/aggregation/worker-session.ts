/**
 * The worker's side of an aggregation, apart from the worker global so it can be tested: takes
 * the page's requests in order (`start`, `texts` …, `end`), validates and counts each chunk as
 * it arrives, acknowledges it with the number of files done, and answers `end` with the
 * aggregate. No text outlives its chunk.
 */
import { createAggregation, type Aggregation } from '../domain/aggregate';
import { addText } from './aggregate-files';
import type { AggregationReply, AggregationRequest } from './protocol';

export function aggregationSession(
	post: (reply: AggregationReply) => void
): (request: AggregationRequest) => void {
	let aggregation: Aggregation | undefined;
	let done = 0;

	return (request) => {
		try {
			if (request.type === 'start') {
				aggregation = createAggregation(request.catalog);
				done = 0;
			} else if (request.type === 'texts') {
				if (!aggregation) throw new Error('no catalog: "texts" before "start"');
				for (const text of request.texts) addText(aggregation, text);
				done += request.texts.length;
				post({ type: 'progress', done });
			} else {
				if (!aggregation) throw new Error('no catalog: "end" before "start"');
				post({ type: 'result', aggregate: aggregation.result() });
				aggregation = undefined;
			}
		} catch (error) {
			post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
		}
	};
}
