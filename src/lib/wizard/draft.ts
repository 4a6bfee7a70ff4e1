/**
 * The wizard's work in progress: what the carrier has answered and decided so far. Plain data
 * (kept in the browser's storage), from which the machine derives everything else. Its type
 * comes from catalog/schema/draft.schema.json.
 */
import type { SavedDraft } from '../schema/types';

export type WizardDraft = SavedDraft['draft'];
export type ProfileDraft = WizardDraft['profile'];

export const emptyDraft = (): WizardDraft => ({
	profile: { state: 'sh' },
	phaseChosen: false,
	scenarioChosen: false,
	customizations: { added: [], removed: [], responsibleOverrides: {} },
	inventory: {},
	solutions: [],
	reached: 'schulen'
});
