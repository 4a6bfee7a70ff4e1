/**
 * The one bridge between the wizard's xstate actor and Svelte: the snapshot as reactive state,
 * `send` for components, and a save of the draft after every change through `persist` (which
 * knows where the configuration lives). A failed save is kept as `saveProblem` at once; a save
 * refused because another tab changed the same configuration stops all further saving
 * (`conflict`) until the carrier decides, so neither tab silently erases the other's work.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import type { Catalog } from '../domain';
import type { LocalizedText, SavedDraft } from '../schema/types';
import type { WizardDraft } from './draft';
import { createWizardMachine, type WizardEvent, type WizardMachine } from './machine';
import { toSavedDraft } from './saved-draft';
import type { StepId } from './steps';

export type Conflict = 'changed' | 'deleted';

export type SaveOutcome =
	{ ok: true } | { ok: false; message: LocalizedText } | { ok: false; conflict: Conflict };

export interface SessionOptions {
	restore?: { draft: WizardDraft; step: StepId; notices?: LocalizedText[] };
	/** Where each change is saved; without it nothing is saved (and nothing is reported). */
	persist?: (saved: SavedDraft) => SaveOutcome;
}

export class WizardSession {
	#actor;
	#snapshot = $state.raw<SnapshotFrom<WizardMachine>>() as SnapshotFrom<WizardMachine>;
	#saveProblem = $state<LocalizedText | undefined>();
	#conflict = $state<Conflict | undefined>();
	#persist: SessionOptions['persist'];
	#unsubscribe: () => void;

	constructor(
		readonly catalog: Catalog,
		options: SessionOptions = {}
	) {
		this.#persist = options.persist;
		const machine = createWizardMachine(catalog);
		const { restore } = options;
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
			if (changed) this.save();
		}).unsubscribe;
		// Not saved here: opening a configuration is no change (and must not look like one to
		// another tab). The first change saves.
		this.#actor.start();
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

	/** Set when the browser refused to save (disabled, full). */
	get saveProblem(): LocalizedText | undefined {
		return this.#saveProblem;
	}

	/** Set when another tab changed or deleted this configuration; nothing is saved until resolved. */
	get conflict(): Conflict | undefined {
		return this.#conflict;
	}

	/** The draft as it would be saved now. */
	saved(): SavedDraft {
		return toSavedDraft(this.draft, this.step, this.catalog);
	}

	/** Another tab wrote or deleted this configuration (seen through a `storage` event). */
	markConflict(conflict: Conflict) {
		this.#conflict = conflict;
	}

	send = (event: WizardEvent) => this.#actor.send(event);

	stop() {
		this.#unsubscribe();
		this.#actor.stop();
	}

	/** Saves the current draft, unless a conflict waits for the carrier's decision. */
	save() {
		if (this.#conflict || !this.#persist) return;
		const outcome = this.#persist(this.saved());
		if (outcome.ok) this.#saveProblem = undefined;
		else if ('conflict' in outcome) this.#conflict = outcome.conflict;
		else this.#saveProblem = outcome.message;
	}
}
