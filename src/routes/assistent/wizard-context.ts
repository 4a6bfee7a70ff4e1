/** The wizard session shared by the assistant's layout and its pages. */
import { getContext, setContext } from 'svelte';
import type { LoadedDraft } from '$lib/storage/draft-store';
import type { WizardSession } from '$lib/wizard/wizard-session.svelte';

const key = Symbol('wizard-session');

export interface WizardHolder {
	/** Undefined until the page runs in the browser and a session is started. */
	readonly session: WizardSession | undefined;
	/** What the browser had saved when the page opened (undefined before mount). */
	readonly stored: LoadedDraft | undefined;
	/** Starts a session: `fresh` discards the saved draft, otherwise it is restored. */
	start(fresh: boolean): WizardSession;
}

export const setWizard = (holder: WizardHolder) => setContext(key, holder);
export const getWizard = () => getContext<WizardHolder>(key);
