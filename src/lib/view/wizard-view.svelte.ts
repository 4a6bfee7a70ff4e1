/**
 * What the assistant shows of the carrier's draft, computed once per change and shared by every
 * step: the configuration document and the recommendation. What only the steps after the
 * recommendation show (the scenario's blocks, the gap analysis, how the solutions fit, the plan)
 * is computed by `wizardDetails` (wizard-details.svelte.ts), which those steps fetch with their
 * code: the questions and the recommendation do not load the engine's planning part.
 * The step components read these fields and never call the engine themselves. Each field is a
 * `$derived`: it is computed when a component first reads it and again only when the draft or
 * the catalog (the chosen state's file arriving) changes.
 */
import { indexCatalog, type Catalog } from '$lib/domain/catalog';
import type { Configuration } from '$lib/schema/types';
import { configurationOf, recommendationOf } from '$lib/wizard/derive';
import type { WizardDraft } from '$lib/wizard/draft';
import type { WizardSession } from '$lib/wizard/wizard-session.svelte';

export class WizardView {
	readonly #session: () => WizardSession | undefined;
	readonly #catalog: () => Catalog;

	constructor(session: () => WizardSession | undefined, catalog: () => Catalog) {
		this.#session = session;
		this.#catalog = catalog;
	}

	readonly catalog = $derived.by(() => this.#catalog());
	readonly index = $derived(indexCatalog(this.catalog));
	readonly draft: WizardDraft | undefined = $derived.by(() => this.#session()?.draft);

	/** The document as it would be saved, once profile, phase and scenario are set. */
	readonly configuration: Configuration | undefined = $derived(
		this.draft && configurationOf(this.draft, this.catalog)
	);

	/** The ranking of the scenarios, once every question is answered. */
	readonly recommendation = $derived(
		this.draft ? recommendationOf(this.draft, this.catalog) : undefined
	);
}
