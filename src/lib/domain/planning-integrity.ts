/**
 * Integrity rules of the planning files (dependencies, funding, staffing, costs, cooperation),
 * beside the references every file is checked for (catalog-rules.ts): the scenarios and
 * solutions they name exist, cost ranges are ranges, and the dependencies have no cycle, so the
 * Maßnahmenplan always has a topological order. Named like their broken-catalog fixtures.
 */
import type { Place } from './catalog-places';
import type { RuleContext } from './catalog-integrity';
import { findCycle } from './plan-order';

/** A staffing expectation is for a scenario of the catalog. */
export function staffingUnknownScenario(place: Place, ctx: RuleContext): void {
	if (place.kind === 'staffingScenario' && !ctx.ids.scenario.has(place.scenario))
		ctx.report(
			place.file,
			place.pointer,
			`Szenario „${place.scenario}“ gibt es nicht.`,
			`Scenario "${place.scenario}" does not exist.`
		);
}

/** A cost figure for a solution names a solution of the catalog. */
export function costUnknownSolution(place: Place, ctx: RuleContext): void {
	if (place.kind === 'cost' && place.solution && !ctx.ids.solution.has(place.solution))
		ctx.report(
			place.file,
			`${place.pointer}/solution`,
			`Systemlösung „${place.solution}“ gibt es nicht.`,
			`Solution "${place.solution}" does not exist.`
		);
}

/** A cost range does not end below where it starts. */
export function costMaxBelowMin(place: Place, ctx: RuleContext): void {
	if (place.kind === 'cost' && place.max < place.min)
		ctx.report(
			place.file,
			`${place.pointer}/max`,
			'Der obere Wert ist kleiner als der untere.',
			'The upper value is below the lower one.'
		);
}

/** No block depends on itself. */
export function dependencyOnItself(place: Place, ctx: RuleContext): void {
	if (place.kind === 'dependency' && place.before === place.after)
		ctx.report(
			place.file,
			place.pointer,
			`Baustein „${place.before}“ hängt von sich selbst ab.`,
			`Block "${place.before}" depends on itself.`
		);
}

/** The dependencies form no cycle (one on itself is reported on its own). */
export function dependencyCycle(place: Place, ctx: RuleContext): void {
	if (place.kind !== 'dependencies') return;
	const cycle = findCycle(place.pairs.filter(([before, after]) => before !== after));
	if (cycle)
		ctx.report(
			place.file,
			place.pointer,
			`Die Abhängigkeiten bilden einen Kreis: ${cycle.join(' → ')}.`,
			`The dependencies form a cycle: ${cycle.join(' → ')}.`
		);
}
