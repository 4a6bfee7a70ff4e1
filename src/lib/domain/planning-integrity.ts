/**
 * Integrity rules of the planning files (dependencies, funding, staffing, costs, cooperation):
 * every block, scenario, solution and source they name exists, and the dependencies have no
 * cycle, so the Maßnahmenplan always has a topological order.
 */
import type { SourceRef } from '../schema/types';
import type { PlanningFiles } from './compose-catalog';
import { findCycle } from './plan-order';

export interface PlanningChecks {
	report: (file: string, pointer: string, de: string, en: string) => void;
	refs: (file: string, pointer: string, list: SourceRef[] | undefined) => void;
	blockIds: Set<string>;
	scenarioIds: Set<string>;
	solutionIds: Set<string>;
}

export function checkPlanning(files: PlanningFiles, checks: PlanningChecks): void {
	const { report, refs, blockIds } = checks;
	const block = (file: string, pointer: string, id: string) => {
		if (!blockIds.has(id))
			report(file, pointer, `Baustein „${id}“ gibt es nicht.`, `Block "${id}" does not exist.`);
	};

	const deps = files.dependencies.dependencies;
	deps.forEach((d, i) => {
		block('dependencies.json', `/dependencies/${i}/before`, d.before);
		block('dependencies.json', `/dependencies/${i}/after`, d.after);
		refs('dependencies.json', `/dependencies/${i}/sources`, d.sources);
		if (d.before === d.after)
			report(
				'dependencies.json',
				`/dependencies/${i}`,
				`Baustein „${d.before}“ hängt von sich selbst ab.`,
				`Block "${d.before}" depends on itself.`
			);
	});
	const cycle = findCycle(
		deps.filter((d) => d.before !== d.after).map((d) => [d.before, d.after] as const)
	);
	if (cycle)
		report(
			'dependencies.json',
			'/dependencies',
			`Die Abhängigkeiten bilden einen Kreis: ${cycle.join(' → ')}.`,
			`The dependencies form a cycle: ${cycle.join(' → ')}.`
		);

	files.funding.programmes.forEach((p, i) => {
		p.blocks.forEach((id, j) => block('funding.json', `/programmes/${i}/blocks/${j}`, id));
		refs('funding.json', `/programmes/${i}/sources`, p.sources);
		p.examples?.forEach((e, j) =>
			refs('funding.json', `/programmes/${i}/examples/${j}/sources`, e.sources)
		);
	});

	const staffing = files.staffing;
	staffing.levels.forEach((l, i) => refs('staffing.json', `/levels/${i}/sources`, l.sources));
	refs('staffing.json', '/central/sources', staffing.central.sources);
	refs('staffing.json', '/onSite/sources', staffing.onSite.sources);
	for (const [id, expectation] of Object.entries(staffing.scenarios)) {
		if (!checks.scenarioIds.has(id))
			report(
				'staffing.json',
				`/scenarios/${id}`,
				`Szenario „${id}“ gibt es nicht.`,
				`Scenario "${id}" does not exist.`
			);
		refs('staffing.json', `/scenarios/${id}/sources`, expectation.sources);
	}

	files.costs.costs.forEach((c, i) => {
		if (c.solution && !checks.solutionIds.has(c.solution))
			report(
				'costs.json',
				`/costs/${i}/solution`,
				`Systemlösung „${c.solution}“ gibt es nicht.`,
				`Solution "${c.solution}" does not exist.`
			);
		if (c.max < c.min)
			report(
				'costs.json',
				`/costs/${i}/max`,
				'Der obere Wert ist kleiner als der untere.',
				'The upper value is below the lower one.'
			);
		c.blocks?.forEach((id, j) => block('costs.json', `/costs/${i}/blocks/${j}`, id));
		refs('costs.json', `/costs/${i}/sources`, c.sources);
	});

	const cooperation = files.cooperation;
	cooperation.suitedBlocks.forEach((id, i) => block('cooperation.json', `/suitedBlocks/${i}`, id));
	cooperation.forms.forEach((f, i) => refs('cooperation.json', `/forms/${i}/sources`, f.sources));
}
