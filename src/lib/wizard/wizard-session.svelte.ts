/**
 * The one bridge between the wizard's xstate actor and Svelte: the snapshot as reactive state,
 * `send` for components, and a save of the draft to the browser after every change.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import type { Catalog } from '../domain';
import type { LocalizedText } from '../schema/types';
import { saveDraft } from '../storage/draft-store';
import type { WizardDraft } from './draft';
import { createWizardMachine, type WizardEvent, type WizardMachine } from './machine';
import { toSavedDraft } from './saved-draft';
import type { StepId } from './steps';

export class WizardSession {
	#actor;
	#snapshot = $state.raw<SnapshotFrom<WizardMachine>>() as SnapshotFrom<WizardMachine>;
	#saveProblem = $state<LocalizedText | undefined>();
	#unsubscribe: () => void;

	constructor(
		readonly catalog: Catalog,
		restore?: { draft: WizardDraft; step: StepId; notices?: LocalizedText[] }
	) {
		const machine = createWizardMachine(catalog);
		const snapshot = restore
			? machine.resolveState({
					value: restore.step,
					context: { draft: restore.draft, notices: restore.notices ?? [] }
				})
			: undefined;
		this.#actor = createActor(machine, { input: {}, snapshot });
		this.#snapshot = this.#actor.getSnapshot();
		this.#unsubscribe = this.#actor.subscribe((next) => {
			const changed =
				next.context.draft !== this.#snapshot.context.draft || next.value !== this.#snapshot.value;
			this.#snapshot = next;
			if (changed) this.#save();
		}).unsubscribe;
		this.#actor.start();
		this.#save();
	}

	get snapshot() {
		return this.#snapshot;
	}

	get step(): StepId {
		return this.#snapshot.value as StepId;
	}

	get draft(): WizardDraft {
		return this.#snapshot.context.draft;
	}

	/** Set when the browser refused to save (private mode, full storage). */
	get saveProblem(): LocalizedText | undefined {
		return this.#saveProblem;
	}

	send = (event: WizardEvent) => this.#actor.send(event);

	stop() {
		this.#unsubscribe();
		this.#actor.stop();
	}

	#save() {
		const result = saveDraft(toSavedDraft(this.draft, this.step, this.catalog));
		this.#saveProblem = result.ok ? undefined : result.message;
	}
}
