/**
 * The messages between the page and the aggregation worker. The page reads the files (reading
 * is I/O and does not block it) and streams their texts in chunks (`start`, `texts` …, `end`);
 * the worker parses, validates and counts each chunk, keeps only the counts, and acknowledges
 * it (`progress`), so the page never sends more than a few chunks ahead of the worker. Texts
 * rather than File handles: cloning thousands of File handles blocks the main thread for most
 * of a second, cloning strings takes milliseconds.
 */
import type { Aggregate } from '../domain/aggregate';
import type { Catalog } from '../domain/catalog';
import type { TextResult } from './read-documents';

export type AggregationRequest =
	/** The page's catalog, structured-cloned: the worker bundle carries no catalog of its own. */
	{ type: 'start'; catalog: Catalog } | { type: 'texts'; texts: TextResult[] } | { type: 'end' };

export type AggregationReply =
	| { type: 'progress'; done: number }
	| { type: 'result'; aggregate: Aggregate }
	| { type: 'error'; message: string };
