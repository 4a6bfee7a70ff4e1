/**
 * Small facts about stored configurations that the list and the import dialog need: the name
 * shown for one, whether a draft holds any work yet, and whether an incoming configuration is
 * the same as one already kept.
 */
import type { Catalog } from '../domain';
import type { Configuration, LocalizedText } from '../schema/types';
import { configurationOf } from '../wizard/derive';
import type { WizardDraft } from '../wizard/draft';
import type { ConfigurationRecord } from './configuration-store';

/** The name in the list: the one given, else the carrier's name, else "Unbenannt". */
export function recordName(record: ConfigurationRecord): LocalizedText {
	const name = record.name ?? record.saved.draft.profile.name;
	return name?.trim()
		? { de: name, en: name }
		: { de: 'Unbenannte Konfiguration', en: 'Untitled configuration' };
}

/** Whether the draft holds anything a carrier would miss: any answer beyond the default state. */
export function hasContent(draft: WizardDraft): boolean {
	const { state: _state, ...answers } = draft.profile;
	return Object.keys(answers).length > 0 || draft.reached !== 'schulen';
}

/** JSON with sorted keys, so the same content always gives the same text. */
function stableJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
	if (value && typeof value === 'object')
		return `{${Object.keys(value)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	return JSON.stringify(value);
}

/** Whether a draft already is this configuration (the dates aside). */
export function sameConfiguration(
	draft: WizardDraft,
	config: Configuration,
	catalog: Catalog
): boolean {
	const mine = configurationOf(draft, catalog);
	if (!mine) return false;
	const strip = (c: Configuration) => ({ ...c, savedAt: '', catalogVersion: '' });
	return stableJson(strip(mine)) === stableJson(strip(config));
}
