/** Where a system solution can be had: some packages belong to one state's institute. */
import type { Solution } from '../schema/types';

/** true when the solution is offered in the state (no `availableIn` = everywhere). */
export function offeredIn(solution: Solution, state: string): boolean {
	return !solution.availableIn || (solution.availableIn.states as string[]).includes(state);
}
