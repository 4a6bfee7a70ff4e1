/**
 * The draft as stored in the browser, through the one validation path: the precompiled schema
 * validator, then the catalog references. A stored draft that no longer fits (tampered, or from
 * a catalog that dropped an id) is rejected with a message, never half-applied.
 */
import { validateDraft } from '../generated/document-validators';
import {
	configurationReferenceProblems,
	draftLabels,
	problem,
	schemaProblems,
	type Catalog,
	type Parsed
} from '../domain';
import type { SavedDraft } from '../schema/types';
import { answerProblems, type ProfileField } from './derive';
import type { WizardDraft } from './draft';
import type { StepId } from './steps';

export function toSavedDraft(
	draft: WizardDraft,
	step: StepId,
	catalog: Catalog,
	savedAt = new Date().toISOString()
): SavedDraft {
	// Answers being typed may be invalid; only valid answers are kept.
	const profile = { ...draft.profile };
	for (const field of Object.keys(profile) as ProfileField[])
		if (answerProblems(profile, field).length) delete profile[field];
	return {
		formatVersion: 1,
		catalogVersion: catalog.meta.catalogVersion,
		savedAt,
		step,
		draft: { ...draft, profile }
	};
}

/**
 * Drafts saved before the separate "Land und Phase" screen was folded into the block step (the
 * phase is chosen there now) continue on the recommendation, which comes right after the state.
 */
function withoutRetiredSteps(data: unknown): unknown {
	if (typeof data !== 'object' || data === null) return data;
	const saved = data as { step?: unknown; draft?: { reached?: unknown } };
	const retired = (step: unknown) => (step === 'land-und-phase' ? 'empfehlung' : step);
	if (saved.step !== 'land-und-phase' && saved.draft?.reached !== 'land-und-phase') return data;
	return {
		...saved,
		step: retired(saved.step),
		...(saved.draft && typeof saved.draft === 'object'
			? { draft: { ...saved.draft, reached: retired(saved.draft.reached) } }
			: {})
	};
}

export function parseSavedDraft(
	stored: unknown,
	catalog: Catalog,
	file = 'localStorage'
): Parsed<SavedDraft> {
	const data = withoutRetiredSteps(stored);
	const problems = schemaProblems(validateDraft, data, file, draftLabels);
	if (problems.length) return { ok: false, problems };
	const saved = data as SavedDraft;
	const { draft } = saved;
	// The reference check of a configuration covers the same ids; fill what a draft may lack.
	const references = configurationReferenceProblems(
		{
			formatVersion: 1,
			catalogVersion: saved.catalogVersion,
			savedAt: saved.savedAt,
			profile: {
				state: 'sh',
				schoolCount: 1,
				schoolTypes: ['grundschule'],
				itStaff: 'none',
				serviceProvider: 'none',
				...draft.profile
			},
			scenario: draft.scenario ?? catalog.scenarios[0]!.id,
			phase: draft.phase ?? catalog.phases[0]!.id,
			customizations: draft.customizations,
			inventory: draft.inventory,
			solutions: draft.solutions
		},
		catalog,
		file
	).map((p) => ({ ...p, pointer: `/draft${p.pointer}` }));
	if (references.length) return { ok: false, problems: references };
	if (saved.catalogVersion.split('.')[0] !== catalog.meta.catalogVersion.split('.')[0])
		return {
			ok: false,
			problems: [
				problem(
					file,
					'/catalogVersion',
					`Der Entwurf stammt aus Katalogversion ${saved.catalogVersion}, die nicht mehr passt.`,
					`The draft comes from catalog version ${saved.catalogVersion}, which no longer fits.`
				)
			]
		};
	return { ok: true, value: saved };
}
