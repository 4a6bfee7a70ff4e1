/**
 * What a changed answer invalidates, and the notice that says so. Only what depends on the
 * answer changes: a new state re-defaults the phase unless the carrier chose it; a new
 * recommendation replaces the scenario unless the carrier chose another one, and then the
 * block changes (which belong to a scenario) are reset while the inventory and the solutions
 * (facts about the carrier) stay.
 */
import { indexCatalog, type Catalog } from '../domain';
import type { LocalizedText, Profile } from '../schema/types';
import type { ProfileField } from './derive';
import { recommendationOf } from './derive';
import type { WizardDraft } from './draft';
import { stepIndex, type StepId } from './steps';

export interface Invalidation {
	draft: WizardDraft;
	notices: LocalizedText[];
}

const earlier = (a: StepId, b: StepId) => (stepIndex(a) <= stepIndex(b) ? a : b);
const noCustomizations = () => ({ added: [], removed: [], responsibleOverrides: {} });
const hasCustomizations = (d: WizardDraft) =>
	d.customizations.added.length +
		d.customizations.removed.length +
		Object.keys(d.customizations.responsibleOverrides).length >
	0;

export function invalidateAfterAnswer(
	draft: WizardDraft,
	profile: Partial<Profile>,
	field: ProfileField,
	catalog: Catalog
): Invalidation {
	const index = indexCatalog(catalog);
	const notices: LocalizedText[] = [];
	let next: WizardDraft = { ...draft, profile };

	if (field === 'state' && profile.state !== draft.profile.state && draft.phase) {
		const state = index.stateEntry.get(profile.state ?? '');
		const name = state?.name ?? { de: String(profile.state), en: String(profile.state) };
		if (!draft.phaseChosen && state && state.defaultPhase !== draft.phase) {
			const phase = index.phase.get(state.defaultPhase)!.name;
			next = { ...next, phase: state.defaultPhase };
			notices.push({
				de: `Neues Land ${name.de}: Die Phase ist jetzt dessen Voreinstellung „${phase.de}“.`,
				en: `New state ${name.en}: the phase is now its default “${phase.en}”.`
			});
		}
		notices.push({
			de: `Landesdienste und Lücken werden für ${name.de} neu berechnet.`,
			en: `State services and gaps are recalculated for ${name.en}.`
		});
	}

	const before = recommendationOf(draft, catalog)?.recommended;
	const after = recommendationOf(next, catalog)?.recommended;
	if (draft.scenario && after && before !== after) {
		const afterName = index.scenario.get(after)!.name;
		if (draft.scenarioChosen) {
			notices.push({
				de: `Die Empfehlung ist jetzt „${afterName.de}“. Sie hatten ein anderes Szenario gewählt; Ihre Wahl bleibt.`,
				en: `The recommendation is now “${afterName.en}”. You had chosen another scenario; your choice stays.`
			});
		} else {
			const reset = hasCustomizations(draft);
			next = {
				...next,
				scenario: after,
				customizations: noCustomizations(),
				reached: earlier(draft.reached, 'empfehlung')
			};
			notices.push({
				de: `Die Empfehlung hat sich geändert: jetzt „${afterName.de}“.${reset ? ' Ihre Änderungen an den Bausteinen wurden zurückgesetzt;' : ''} Bestand und gewählte Lösungen bleiben. Bitte prüfen Sie die Empfehlung erneut.`,
				en: `The recommendation has changed: now “${afterName.en}”.${reset ? ' Your changes to the blocks were reset;' : ''} Inventory and chosen solutions stay. Please review the recommendation again.`
			});
		}
	}
	return { draft: next, notices };
}

export function invalidateAfterScenario(
	draft: WizardDraft,
	scenario: string,
	catalog: Catalog
): Invalidation {
	if (scenario === draft.scenario) return { draft, notices: [] };
	const recommended = recommendationOf(draft, catalog)?.recommended;
	const reset = hasCustomizations(draft);
	return {
		draft: {
			...draft,
			scenario,
			scenarioChosen: scenario !== recommended,
			customizations: noCustomizations()
		},
		notices: reset
			? [
					{
						de: 'Anderes Szenario gewählt: Ihre Änderungen an den Bausteinen wurden zurückgesetzt.',
						en: 'Another scenario chosen: your changes to the blocks were reset.'
					}
				]
			: []
	};
}
