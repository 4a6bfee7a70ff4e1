/** Every source the Maßnahmenplan rests on, for its source list (page, print, DOCX). */
import type { SourceRef } from '../schema/types';
import type { Catalog } from './catalog';
import type { Plan } from './plan';

export function planSources(plan: Plan, catalog: Catalog): SourceRef[] {
	const inPlan = new Set(plan.measures.map((m) => m.block));
	const refs: SourceRef[] = [];
	for (const d of catalog.planning.dependencies)
		if (inPlan.has(d.before) && inPlan.has(d.after)) refs.push(...(d.sources ?? []));
	for (const f of plan.funding) {
		refs.push(...f.programme.sources);
		for (const e of f.programme.examples ?? []) refs.push(...e.sources);
	}
	refs.push(...plan.staffing.sources);
	for (const l of plan.staffing.levels) refs.push(...l.sources);
	refs.push(...(plan.staffing.expectation?.sources ?? []));
	if (plan.staffing.cost) refs.push(...plan.staffing.cost.figure.sources);
	for (const l of plan.costs.lines) refs.push(...l.figure.sources);
	if (plan.measures.some((m) => m.cooperation))
		for (const f of plan.cooperation.forms) refs.push(...f.sources);
	const seen = new Set<string>();
	return refs.filter((r) => {
		const key = `${r.source}|${r.locator ?? ''}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
