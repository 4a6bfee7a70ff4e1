/**
 * The carrier's work in this browser, as the assistant sees it: the list "Meine
 * Konfigurationen", the configuration this tab works on (kept per tab in sessionStorage, so a
 * reload continues it), and the one bridge between the wizard session and the store. Opening a
 * file or link never replaces work silently: when other work exists it waits (`incoming`) until
 * the carrier chooses "as a new configuration" or "replace", and a replacement keeps the old
 * state in the list and can be undone. Another tab's write to the same configuration is seen
 * (`storage` event, and a compare before every write) and stops this tab's saving until the
 * carrier decides. Every failed write is reported at once.
 */
import type { Catalog, ConfigurationInput, Problem } from '../domain';
import type { Configuration, LocalizedText } from '../schema/types';
import { draftFromConfiguration } from '../wizard/derive';
import type { WizardDraft } from '../wizard/draft';
import { toSavedDraft } from '../wizard/saved-draft';
import { isStepId, type StepId } from '../wizard/steps';
import { WizardSession, type SaveOutcome } from '../wizard/wizard-session.svelte';
import { storageMessages, tabValue, type StorageResult } from './browser-storage';
import {
	ConfigurationStore,
	KEY_PREFIX,
	TAB_KEY,
	newId,
	type ConfigurationRecord,
	type StoredEntry
} from './configuration-store';
import { hasContent, recordName, sameConfiguration } from './entries';
import {
	failures,
	nameRule,
	now,
	stamp,
	unreadableName,
	validName,
	type BrokenEntry,
	type Incoming,
	type OkEntry,
	type Opened,
	type Undo,
	type WorkspaceNotice
} from './workspace-text';

export type { BrokenEntry, Incoming, OkEntry, Opened, WorkspaceNotice };

export class Workspace {
	readonly store: ConfigurationStore;
	#entries = $state.raw<StoredEntry[]>([]);
	#listProblem = $state.raw<LocalizedText>();
	#problem = $state.raw<LocalizedText>();
	#session = $state.raw<WizardSession>();
	#current = $state.raw<{ id: string; name?: string; createdAt: string } | undefined>();
	#baseline: string | null = null;
	#broken = $state.raw<BrokenEntry>();
	#incoming = $state.raw<Incoming>();
	#notice = $state.raw<WorkspaceNotice>();
	#undo = $state.raw<Undo>();
	#openProblems = $state.raw<Problem[]>([]);
	#ready = $state(false);

	constructor(
		readonly catalog: Catalog,
		storage: () => Storage | undefined
	) {
		this.store = new ConfigurationStore(storage, catalog);
	}

	get ready() {
		return this.#ready;
	}
	get entries() {
		return this.#entries;
	}
	/** Why the list cannot be read at all (storage disabled). */
	get listProblem() {
		return this.#listProblem;
	}
	/** Why the last action on the list (rename, duplicate, delete, replace …) failed. */
	get problem() {
		return this.#problem;
	}
	get session() {
		return this.#session;
	}
	get currentId() {
		return this.#current?.id;
	}
	/** This tab's configuration, when it cannot be read: shown instead of a step. */
	get broken() {
		return this.#broken;
	}
	get incoming() {
		return this.#incoming;
	}
	get notice() {
		return this.#notice;
	}
	get canUndo() {
		return this.#undo !== undefined;
	}
	get openProblems() {
		return this.#openProblems;
	}

	/** The name of this tab's configuration. */
	get currentName(): LocalizedText | undefined {
		if (!this.#session) return undefined;
		return recordName({
			name: this.#current?.name,
			createdAt: '',
			saved: this.#session.saved()
		});
	}

	/** Adopts the drafts of older versions and reads the list. Call once in the browser. */
	init(): void {
		const adopted = this.store.adoptLegacy();
		if (!adopted.ok && this.store.available) this.#problem = adopted.message;
		this.refresh();
		this.#ready = true;
	}

	refresh(): void {
		const list = this.store.list();
		this.#entries = list.ok ? list.value : [];
		this.#listProblem = list.ok ? undefined : list.message;
	}

	/** Reacts to another tab's writes: the list follows, and this tab's configuration stops saving. */
	onStorage(event: StorageEvent): void {
		if (event.key !== null && !event.key.startsWith(KEY_PREFIX)) return;
		this.refresh();
		const current = this.#current;
		if (!current || !this.#session) return;
		if (event.key !== null && event.key !== KEY_PREFIX + current.id) return;
		const now = this.store.text(current.id);
		const text = now.ok ? now.value : null;
		if (text !== this.#baseline) this.#session.markConflict(text === null ? 'deleted' : 'changed');
	}

	#entry(id: string): StoredEntry | undefined {
		return this.#entries.find((e) => e.id === id) ?? this.store.read(id);
	}

	/**
	 * The configuration to continue: the most recently changed readable one that holds work;
	 * only when there is none, an unreadable one (shown as such, never as an empty assistant).
	 */
	get latest(): StoredEntry | undefined {
		return (
			this.#entries.find((e) => e.kind === 'ok' && hasContent(e.record.saved.draft)) ??
			this.#entries.find((e) => e.kind === 'broken')
		);
	}

	#bind(
		current: { id: string; name?: string; createdAt: string } | undefined,
		baseline: string | null
	) {
		this.#current = current;
		this.#baseline = baseline;
		tabValue.set(TAB_KEY, current?.id ?? null);
	}

	#persist = (saved: ConfigurationRecord['saved']): SaveOutcome => {
		if (!this.store.available) return { ok: false, message: storageMessages.unavailable };
		// A configuration is kept from its first answer on, not from merely opening the assistant.
		if (!this.#current) {
			if (!hasContent(saved.draft)) return { ok: true };
			this.#bind({ id: newId(), createdAt: saved.savedAt }, null);
		}
		const current = this.#current!;
		const record: ConfigurationRecord = {
			...(current.name === undefined ? {} : { name: current.name }),
			createdAt: current.createdAt,
			saved
		};
		const written = this.store.write(current.id, record, this.#baseline);
		if (written.ok) {
			this.#baseline = written.value;
			return { ok: true };
		}
		if ('conflict' in written)
			return { ok: false, conflict: written.current === null ? 'deleted' : 'changed' };
		return written;
	};

	#startSession(draft?: WizardDraft, step?: StepId, notices?: LocalizedText[]): WizardSession {
		this.#session?.stop();
		this.#broken = undefined;
		this.#session = new WizardSession(this.catalog, {
			restore: draft && step ? { draft, step, notices } : undefined,
			persist: this.#persist
		});
		return this.#session;
	}

	/** A fresh, empty configuration; the others stay in the list. */
	startNew(): WizardSession {
		this.#bind(undefined, null);
		this.#notice = undefined;
		return this.#startSession();
	}

	/**
	 * Opens a stored configuration (at `atStep` when it is open there). One that cannot be read
	 * is shown as broken, never replaced by an empty assistant.
	 */
	openEntry(id: string, atStep?: string): WizardSession | undefined {
		const entry = this.store.read(id);
		if (!entry) return undefined;
		if (entry.kind === 'broken') {
			this.#session?.stop();
			this.#session = undefined;
			this.#bind(undefined, null);
			tabValue.set(TAB_KEY, id);
			this.#broken = entry;
			return undefined;
		}
		const { record } = entry;
		this.#bind({ id, name: record.name, createdAt: record.createdAt }, entry.text);
		const step =
			atStep && isStepId(atStep) && atStep !== record.saved.step ? atStep : record.saved.step;
		const session = this.#startSession(record.saved.draft, record.saved.step);
		if (step !== record.saved.step) session.send({ type: 'step.jump', step });
		return session;
	}

	/**
	 * Continues where this tab (or, in a new tab, the carrier) left off: this tab's configuration,
	 * else the most recent one, else a fresh one.
	 */
	resume(atStep?: string): WizardSession | undefined {
		for (const id of [tabValue.get(TAB_KEY), this.latest?.id])
			if (id && this.#entry(id)) return this.openEntry(id, atStep);
		return this.startNew();
	}

	/** A configuration from a file or link: opened at once if no other work exists, else asked. */
	receive(input: ConfigurationInput, source: string): 'opened' | 'asking' | 'refused' {
		this.#problem = undefined;
		if (!input.ok) {
			this.#openProblems = input.problems;
			return 'refused';
		}
		this.#openProblems = [];
		const known = this.#entries.find(
			(e): e is OkEntry =>
				e.kind === 'ok' && sameConfiguration(e.record.saved.draft, input.value, this.catalog)
		);
		if (known) {
			this.openEntry(known.id, 'ergebnis');
			this.#notice = { kind: 'known', name: recordName(known.record) };
			return 'opened';
		}
		const target = this.#target();
		if (!target) {
			this.#openAsNew(input, source);
			return 'opened';
		}
		this.#incoming = { input, source, target };
		return 'asking';
	}

	/** What "replace" would replace: this tab's configuration if it holds work, else the latest. */
	#target(): Incoming['target'] {
		const session = this.#session;
		if (session && hasContent(session.draft))
			return {
				id: this.#current?.id ?? '',
				name: this.currentName!,
				draft: session.draft
			};
		const latest = this.latest;
		if (latest?.kind === 'ok')
			return { id: latest.id, name: recordName(latest.record), draft: latest.record.saved.draft };
		return undefined;
	}

	#record(config: Configuration, name?: string): ConfigurationRecord {
		const draft = draftFromConfiguration(config, this.catalog);
		const saved = toSavedDraft(draft, 'ergebnis', this.catalog);
		return { ...(name ? { name } : {}), createdAt: saved.savedAt, saved };
	}

	#openAsNew(input: Opened, source: string, previous?: LocalizedText) {
		const name = input.value.profile.name
			? undefined
			: source === 'Link'
				? `Aus einem Link (${stamp()})`
				: `Aus „${source}“`;
		const record = this.#record(input.value, name);
		const id = newId();
		const written = this.store.available ? this.store.write(id, record, null) : undefined;
		if (written?.ok) this.#bind({ id, name, createdAt: record.createdAt }, written.value);
		else this.#bind(undefined, null);
		const session = this.#startSession(record.saved.draft, 'ergebnis', input.notices);
		// Not kept (full or disabled storage): the session says so at once, with the way out.
		if (!written?.ok) session.save();
		this.#undo = undefined;
		this.#notice = { kind: 'opened', name: recordName(record), previous };
		this.refresh();
	}

	/** The carrier's answer to `incoming`. Returns false when nothing was opened. */
	decide(choice: 'new' | 'replace' | 'cancel'): boolean {
		const incoming = this.#incoming;
		if (!incoming) return false;
		this.#problem = undefined;
		if (choice === 'cancel') {
			this.#incoming = undefined;
			return false;
		}
		if (choice === 'new' || !incoming.target?.id || !this.store.available) {
			this.#incoming = undefined;
			this.#openAsNew(incoming.input, incoming.source, incoming.target?.name);
			return true;
		}
		const replaced = this.#replace(incoming.input, incoming.target.id);
		if (replaced) this.#incoming = undefined;
		return replaced;
	}

	/**
	 * Replaces a stored configuration: its old state first goes into the list as a copy (if that
	 * fails, nothing is replaced), then the new one takes its place, and an undo is offered.
	 */
	#replace(input: Opened, id: string): boolean {
		const old = this.store.read(id);
		if (old?.kind !== 'ok') {
			this.#problem = failures.targetGone;
			return false;
		}
		const name = recordName(old.record);
		const backupName = `${name.de} (vor dem Ersetzen am ${stamp()})`;
		const backupId = newId();
		const backup = this.store.write(
			backupId,
			{ name: backupName, createdAt: old.record.createdAt, saved: old.record.saved },
			null
		);
		if (!backup.ok) {
			this.#problem = failures.notKept(name, 'message' in backup ? backup.message : undefined);
			return false;
		}
		const fresh = this.#record(input.value, old.record.name);
		const written = this.store.write(id, { ...fresh, createdAt: old.record.createdAt }, old.text);
		if (!written.ok) {
			this.store.remove(backupId);
			this.#problem = 'message' in written ? written.message : failures.changedMeanwhile(name);
			return false;
		}
		this.#bind({ id, name: old.record.name, createdAt: old.record.createdAt }, written.value);
		this.#startSession(fresh.saved.draft, 'ergebnis', input.notices);
		this.#notice = { kind: 'replaced', name, backup: { de: backupName, en: backupName } };
		this.#undo = {
			run: () => {
				const restored = this.store.restore(id, old.text);
				if (!restored.ok) return restored;
				this.store.remove(backupId);
				this.openEntry(id);
				this.#notice = { kind: 'undone', name };
				return restored;
			}
		};
		this.refresh();
		return true;
	}

	/** Undoes the last replacement or deletion. */
	undo(): void {
		const undo = this.#undo;
		if (!undo) return;
		const result = undo.run();
		if (result.ok) this.#undo = undefined;
		else this.#problem = result.message;
		this.refresh();
	}

	dismissNotice(): void {
		this.#notice = undefined;
		this.#undo = undefined;
	}

	#report(result: StorageResult<unknown> | { ok: false; conflict: true }): boolean {
		if (result.ok) this.#problem = undefined;
		else this.#problem = 'message' in result ? result.message : failures.tryAgain;
		this.refresh();
		return result.ok;
	}

	rename(id: string, name: string): boolean {
		const entry = this.store.read(id);
		if (entry?.kind !== 'ok') return false;
		const trimmed = name.trim();
		if (!validName(trimmed)) {
			this.#problem = nameRule;
			return false;
		}
		const record: ConfigurationRecord = {
			...(trimmed ? { name: trimmed } : {}),
			createdAt: entry.record.createdAt,
			saved: entry.record.saved
		};
		const written = this.store.write(id, record, entry.text);
		if (written.ok && this.#current?.id === id) {
			this.#current = { ...this.#current, name: record.name };
			this.#baseline = written.value;
		}
		return this.#report(written);
	}

	duplicate(id: string): boolean {
		const entry = this.store.read(id);
		if (entry?.kind !== 'ok') return false;
		const name = `${recordName(entry.record).de} (Kopie)`;
		const saved = { ...entry.record.saved, savedAt: now() };
		return this.#report(this.store.write(newId(), { name, createdAt: saved.savedAt, saved }, null));
	}

	/** Deletes a configuration; an undo puts it back exactly as it was. */
	remove(id: string): boolean {
		const entry = this.#entry(id);
		if (!entry) return false;
		const removed = this.store.remove(id);
		if (!removed.ok) return this.#report(removed);
		if (this.#current?.id === id) {
			this.#session?.stop();
			this.#session = undefined;
			this.#bind(undefined, null);
		}
		if (this.#broken?.id === id) this.#broken = undefined;
		const name = entry.kind === 'ok' ? recordName(entry.record) : unreadableName;
		this.#notice = { kind: 'removed', name };
		this.#undo = {
			run: () => {
				const restored = this.store.restore(id, entry.text);
				if (restored.ok) this.#notice = { kind: 'undone', name };
				return restored;
			}
		};
		return this.#report(removed);
	}

	/** After a conflict: this tab takes the state the other tab saved. */
	loadTheirs(): void {
		const id = this.#current?.id;
		if (id && this.store.read(id)) this.openEntry(id, this.#session?.step);
		else this.startNew();
	}

	/** After a conflict: this tab's state is kept as a new configuration, the other stays. */
	keepMine(): void {
		const session = this.#session;
		if (!session) return;
		const base = this.currentName?.de ?? 'Konfiguration';
		const saved = session.saved();
		this.#bind(
			{ id: newId(), name: `${base} (aus einem zweiten Fenster)`, createdAt: saved.savedAt },
			null
		);
		this.#startSession(session.draft, session.step).save();
		this.refresh();
	}

	stop(): void {
		this.#session?.stop();
	}
}
