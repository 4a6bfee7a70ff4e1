/**
 * The aggregation worker: parses, validates and counts thousands of configurations off the main
 * thread, so the page stays responsive. The work is in `aggregationSession`.
 */
import type { AggregationReply, AggregationRequest } from './protocol';
import { aggregationSession } from './worker-session';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<AggregationRequest>) => void) | null;
	postMessage(reply: AggregationReply): void;
};

const handle = aggregationSession((reply) => scope.postMessage(reply));
scope.onmessage = ({ data }) => handle(data);
