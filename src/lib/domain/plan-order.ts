/**
 * Ordering by dependencies: a stable topological order (Kahn's algorithm, ties broken by the
 * given order) and cycle detection. Pure graph code; it knows nothing of blocks or plans.
 */

/** Edges as [before, after] pairs. */
export type Edge = readonly [string, string];

/**
 * The nodes in an order where every `before` comes ahead of its `after`; among the nodes that
 * are free to go next, the lowest `rank` goes first, then the order of `nodes`. Edges to nodes
 * outside `nodes` are ignored. Returns undefined when there is a cycle.
 */
export function topologicalOrder(
	nodes: readonly string[],
	edges: readonly Edge[],
	rank?: ReadonlyMap<string, number>
): string[] | undefined {
	const known = new Set(nodes);
	const position = new Map(nodes.map((n, i) => [n, i]));
	const incoming = new Map(nodes.map((n) => [n, 0]));
	const outgoing = new Map<string, string[]>();
	for (const [before, after] of edges) {
		if (!known.has(before) || !known.has(after) || before === after) continue;
		incoming.set(after, incoming.get(after)! + 1);
		outgoing.set(before, [...(outgoing.get(before) ?? []), after]);
	}
	const ready = nodes.filter((n) => incoming.get(n) === 0);
	const order: string[] = [];
	while (ready.length) {
		ready.sort(
			(a, b) => (rank?.get(a) ?? 0) - (rank?.get(b) ?? 0) || position.get(a)! - position.get(b)!
		);
		const next = ready.shift()!;
		order.push(next);
		for (const after of outgoing.get(next) ?? []) {
			const left = incoming.get(after)! - 1;
			incoming.set(after, left);
			if (left === 0) ready.push(after);
		}
	}
	return order.length === nodes.length ? order : undefined;
}

/** One cycle in the graph as a path that returns to its start (a → b → a), or undefined. */
export function findCycle(edges: readonly Edge[]): string[] | undefined {
	const outgoing = new Map<string, string[]>();
	for (const [before, after] of edges)
		outgoing.set(before, [...(outgoing.get(before) ?? []), after]);
	const state = new Map<string, 'open' | 'done'>();
	const path: string[] = [];
	const visit = (node: string): string[] | undefined => {
		state.set(node, 'open');
		path.push(node);
		for (const next of outgoing.get(node) ?? []) {
			if (state.get(next) === 'open') return [...path.slice(path.indexOf(next)), next];
			if (!state.has(next)) {
				const found = visit(next);
				if (found) return found;
			}
		}
		path.pop();
		state.set(node, 'done');
		return undefined;
	};
	for (const node of outgoing.keys()) {
		if (state.has(node)) continue;
		const found = visit(node);
		if (found) return found;
	}
	return undefined;
}
