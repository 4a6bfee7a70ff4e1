/**
 * The worker's side of an aggregation, apart from the worker global so it can be tested: takes
 * the page's requests in order (`start`, `texts` …, `end`), parses each chunk as it arrives
 * (while the page reads the next) and answers `end` with the aggregate.
 */
import type { Catalog } from '../domain/catalog';
import { aggregateResults } from './aggregate-files';
import type { AggregationReply, AggregationRequest } from './protocol';
import { parseText, type ReadResult } from './read-documents';

export function aggregationSession(
	post: (reply: AggregationReply) => void
): (request: AggregationRequest) => void {
	let catalog: Catalog | undefined;
	let names: string[] = [];
	let results: ReadResult[] = [];

	return (request) => {
		try {
			if (request.type === 'start') {
				catalog = request.catalog;
				names = [];
				results = [];
			} else if (request.type === 'texts') {
				for (const text of request.texts) {
					names.push(text.ok ? text.name : text.invalid.name);
					results.push(parseText(text));
				}
			} else {
				if (!catalog) throw new Error('no catalog: "end" before "start"');
				post({ type: 'result', aggregate: aggregateResults(results, names, catalog) });
			}
		} catch (error) {
			post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
		}
	};
}
