/** The wizard session shared by the assistant's layout and its pages. */
import { getContext, setContext } from 'svelte';
import type { ConfigurationInput, Problem } from '$lib/domain';
import type { LoadedDraft } from '$lib/storage/draft-store';
import type { WizardSession } from '$lib/wizard/wizard-session.svelte';

const key = Symbol('wizard-session');

export interface WizardHolder {
	/** Undefined until the page runs in the browser and a session is started. */
	readonly session: WizardSession | undefined;
	/** What the browser had saved when the page opened (undefined before mount). */
	readonly stored: LoadedDraft | undefined;
	/** Why the last configuration that was opened (file or link) was refused. */
	readonly openProblems: Problem[];
	/** Starts a session: `fresh` discards the saved draft, otherwise it is restored. */
	start(fresh: boolean): WizardSession;
	/** Opens a read configuration at the result; returns false (and keeps everything) on problems. */
	open(input: ConfigurationInput): boolean;
}

export const setWizard = (holder: WizardHolder) => setContext(key, holder);
export const getWizard = () => getContext<WizardHolder>(key);
