/**
 * What the wizard derives from its draft with the domain engine: whether a question is answered
 * validly (the profile schema decides), the complete profile, the recommendation and the
 * configuration document.
 */
import {
	parseProfile,
	recommend,
	type Catalog,
	type Problem,
	type Recommendation
} from '../domain';
import type { Configuration, Profile } from '../schema/types';
import type { ProfileDraft, WizardDraft } from './draft';

export type ProfileField = keyof Profile;

/** Placeholders for unanswered questions, so one answer can be checked on its own. */
const placeholders: Profile = {
	state: 'sh',
	schoolCount: 1,
	schoolTypes: ['grundschule'],
	itStaff: 'none',
	serviceProvider: 'none'
};

/** Problems with one answer of the profile ([] when it is valid); a missing answer is a problem. */
export function answerProblems(profile: ProfileDraft, field: ProfileField): Problem[] {
	if (profile[field] === undefined && field !== 'name')
		return [
			{
				file: 'profile',
				pointer: `/${field}`,
				message: { de: 'Bitte beantworten Sie diese Frage.', en: 'Please answer this question.' }
			}
		];
	const parsed = parseProfile({ ...placeholders, ...profile });
	return parsed.ok
		? []
		: parsed.problems.filter(
				(p) => p.pointer === `/${field}` || p.pointer.startsWith(`/${field}/`)
			);
}

export function completeProfile(profile: ProfileDraft): Profile | undefined {
	const parsed = parseProfile(profile);
	return parsed.ok ? parsed.value : undefined;
}

export function recommendationOf(draft: WizardDraft, catalog: Catalog): Recommendation | undefined {
	const profile = completeProfile(draft.profile);
	return profile ? recommend(profile, catalog) : undefined;
}

/** The saved-configuration document, once profile, phase and scenario are set. */
export function configurationOf(
	draft: WizardDraft,
	catalog: Catalog,
	savedAt = new Date().toISOString()
): Configuration | undefined {
	const profile = completeProfile(draft.profile);
	if (!profile || !draft.phase || !draft.scenario) return undefined;
	return {
		formatVersion: 1,
		catalogVersion: catalog.meta.catalogVersion,
		savedAt,
		profile,
		scenario: draft.scenario,
		phase: draft.phase,
		customizations: draft.customizations,
		inventory: draft.inventory,
		solutions: draft.solutions,
		...(draft.plan && Object.keys(draft.plan).length ? { plan: draft.plan } : {})
	};
}

/** A saved configuration as the wizard's draft, opened at its result. */
export function draftFromConfiguration(config: Configuration, catalog: Catalog): WizardDraft {
	const recommended = recommend(config.profile, catalog).recommended;
	return {
		profile: config.profile,
		phase: config.phase,
		phaseChosen: true,
		scenario: config.scenario,
		scenarioChosen: config.scenario !== recommended,
		customizations: config.customizations,
		inventory: config.inventory,
		solutions: config.solutions,
		...(config.plan ? { plan: config.plan } : {}),
		reached: 'ergebnis'
	};
}
