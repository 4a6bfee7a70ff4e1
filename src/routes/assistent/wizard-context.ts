/**
 * The carrier's workspace (saved configurations and the current session), shared by the
 * assistant's pages, and the layout's way of receiving a configuration (file or link), which
 * asks before replacing work and then shows the result.
 */
import { getContext, setContext } from 'svelte';
import type { ConfigurationInput } from '$lib/domain';
import type { Workspace } from '$lib/storage/workspace.svelte';
import type { CatalogWith } from '$lib/view/catalog-with.svelte';
import type { WizardView } from '$lib/view/wizard-view.svelte';

const key = Symbol('workspace');

interface WizardContext {
	workspace: Workspace;
	receive: (input: ConfigurationInput, source: string) => void;
	/** The catalog with the chosen state's files, loaded when a state is chosen. */
	catalogLoad: CatalogWith;
	/** What the steps show of the current draft, computed once for all of them. */
	view: WizardView;
}

export const setWizard = (context: WizardContext) => setContext(key, context);
export const getWizard = () => getContext<WizardContext>(key).workspace;
export const getReceiver = () => getContext<WizardContext>(key).receive;
export const getCatalogLoad = () => getContext<WizardContext>(key).catalogLoad;
export const getWizardView = () => getContext<WizardContext>(key).view;
