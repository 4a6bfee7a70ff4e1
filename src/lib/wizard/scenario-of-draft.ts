/** The block ids of the draft's scenario in its phase (empty until both are chosen). */
import type { Catalog } from '../domain';
import type { WizardDraft } from './draft';

export function scenarioBlockIds(draft: WizardDraft, catalog: Catalog): Set<string> {
	const scenario = catalog.scenarios.find((s) => s.id === draft.scenario);
	return new Set(scenario?.phases[draft.phase ?? '']?.blocks.map((a) => a.block) ?? []);
}
