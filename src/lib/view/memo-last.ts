/**
 * `fn` remembering its last call: called again with the same arguments (by identity), it returns
 * the same result without working it out again.
 *
 * For a costly layout read from many places of a template. In Svelte's async mode a `$derived`
 * does not keep its value while several updates are pending (the page hydrating in tasks, see
 * `OwnTask`): each read works it out anew. A derived that calls a remembering function stays cheap.
 */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
	let last: { args: A; result: R } | undefined;
	return (...args: A) => {
		if (
			last &&
			last.args.length === args.length &&
			last.args.every((arg, i) => Object.is(arg, args[i]))
		)
			return last.result;
		const result = fn(...args);
		last = { args, result };
		return result;
	};
}
