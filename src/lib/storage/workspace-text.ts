/**
 * The vocabulary of the workspace (workspace.svelte.ts): what waits for the carrier's choice,
 * what it is told afterwards, the rule for names in the list, and the messages of failed
 * actions, in German and English.
 */
import type { ConfigurationInput } from '../domain';
import type { LocalizedText } from '../schema/types';
import type { WizardDraft } from '../wizard/draft';
import type { StorageResult } from './browser-storage';
import type { StoredEntry } from './configuration-store';

export type Opened = Extract<ConfigurationInput, { ok: true }>;
export type BrokenEntry = Extract<StoredEntry, { kind: 'broken' }>;
export type OkEntry = Extract<StoredEntry, { kind: 'ok' }>;

/** A configuration waiting for the carrier's choice, and the work it would replace. */
export interface Incoming {
	input: Opened;
	/** "Link" or the file's name. */
	source: string;
	/** What "replace" would replace: this tab's configuration or the most recent one. */
	target?: { id: string; name: LocalizedText; draft: WizardDraft };
}

export type WorkspaceNotice =
	| { kind: 'opened'; name: LocalizedText; previous?: LocalizedText }
	| { kind: 'replaced'; name: LocalizedText; backup: LocalizedText }
	| { kind: 'undone'; name: LocalizedText }
	| { kind: 'known'; name: LocalizedText }
	| { kind: 'removed'; name: LocalizedText };

export interface Undo {
	run: () => StorageResult<unknown>;
}

/** The rule for names in the list: like the carrier's name, at most 200 plain characters. */
export const nameRule: LocalizedText = {
	de: 'Der Name darf höchstens 200 Zeichen lang sein und keine Steuer- oder Schreibrichtungszeichen enthalten.',
	en: 'The name may be at most 200 characters long and must not contain control or text-direction characters.'
};
// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
export const validName = (name: string) => name.length <= 200 && !unsafe.test(name);

export const unreadableName: LocalizedText = {
	de: 'Nicht lesbarer Stand',
	en: 'Unreadable saved work'
};

export const failures = {
	targetGone: {
		de: 'Die Konfiguration, die ersetzt werden sollte, ist nicht mehr da oder nicht lesbar. Öffnen Sie die neue als neue Konfiguration.',
		en: 'The configuration to be replaced is gone or cannot be read. Open the new one as a new configuration.'
	},
	notKept: (name: LocalizedText, reason?: LocalizedText): LocalizedText => ({
		de: `„${name.de}“ wurde nicht ersetzt, weil sein bisheriger Stand nicht gesichert werden konnte. ${reason?.de ?? ''} Öffnen Sie die neue Konfiguration als neue, oder speichern Sie „${name.de}“ zuerst als Datei.`,
		en: `"${name.en}" was not replaced because its current state could not be kept. ${reason?.en ?? ''} Open the new configuration as a new one, or save "${name.en}" as a file first.`
	}),
	changedMeanwhile: (name: LocalizedText): LocalizedText => ({
		de: `„${name.de}“ wurde gerade in einem anderen Fenster geändert und deshalb nicht ersetzt.`,
		en: `"${name.en}" was just changed in another window and was therefore not replaced.`
	}),
	tryAgain: {
		de: 'Die Konfiguration wurde inzwischen in einem anderen Fenster geändert; bitte noch einmal versuchen.',
		en: 'The configuration was changed in another window meanwhile; please try again.'
	}
} as const;

/** The time now as ISO text (a plain value, not reactive state). */
export const now = () => new Date(Date.now()).toISOString();

/** Date and time for a name in the list ("vor dem Ersetzen am 30.11.26, 16:28"). */
export const stamp = () =>
	new Intl.DateTimeFormat('de-DE', { dateStyle: 'short', timeStyle: 'short' }).format(
		new Date(Date.now())
	);
