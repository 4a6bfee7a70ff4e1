/**
 * Upgrades a saved configuration from an older document format or an older catalog before it is
 * validated: ids the catalog renamed are replaced, ids it removed are dropped, and each change
 * produces a notice. Nothing is dropped silently. Works on unvalidated data and never throws.
 */
import type { LocalizedText } from '../schema/types';
import type { Catalog } from './catalog';
import { clip } from './problem';

export const CURRENT_FORMAT_VERSION = 1;

/** Upgrades from format n to n + 1. None yet: version 1 is the first published format. */
const formatSteps: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

export interface Migration {
	data: unknown;
	notices: LocalizedText[];
}

type Kind = 'block' | 'scenario' | 'phase' | 'solution';

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

export function migrateConfiguration(data: unknown, catalog: Catalog): Migration {
	if (!isObject(data)) return { data, notices: [] };
	const notices: LocalizedText[] = [];
	let doc: Record<string, unknown> = { ...data };

	// Older formats step by step; a newer or unknown version is left for validation to reject.
	let version = doc.formatVersion;
	while (typeof version === 'number' && version < CURRENT_FORMAT_VERSION && formatSteps[version]) {
		doc = formatSteps[version]!(doc);
		notices.push({
			de: `Das Dokument wurde vom Format ${version} auf Format ${version + 1} aktualisiert.`,
			en: `The document was upgraded from format ${version} to format ${version + 1}.`
		});
		version = doc.formatVersion;
	}

	const changes = catalog.meta.idChanges ?? [];
	if (!changes.length) return { data: doc, notices };
	const lookup = (kind: Kind, id: unknown) =>
		typeof id === 'string' ? changes.find((c) => c.kind === kind && c.from === id) : undefined;

	/** The id after the catalog's changes: renamed, removed (undefined) or unchanged. */
	const upgrade = (kind: Kind, id: unknown, where: LocalizedText): unknown => {
		const change = lookup(kind, id);
		if (!change) return id;
		notices.push(
			change.to
				? {
						de: `${where.de}: „${clip(String(id))}“ heißt jetzt „${change.to}“. ${change.note.de}`,
						en: `${where.en}: "${clip(String(id))}" is now "${change.to}". ${change.note.en}`
					}
				: {
						de: `${where.de}: „${clip(String(id))}“ gibt es nicht mehr und wurde entfernt. ${change.note.de}`,
						en: `${where.en}: "${clip(String(id))}" no longer exists and was removed. ${change.note.en}`
					}
		);
		return change.to;
	};
	const blockWhere = { de: 'Baustein', en: 'Block' };
	const list = (value: unknown, kind: Kind, where: LocalizedText) =>
		Array.isArray(value)
			? [...new Set(value.map((id) => upgrade(kind, id, where)).filter((id) => id !== undefined))]
			: value;
	/**
	 * A map keyed by block id, with renamed keys. When a renamed key meets a key that already has
	 * its new name, the value under the new name stays and the dropped value is reported.
	 */
	const keys = (value: unknown) => {
		if (!isObject(value)) return value;
		const entries = Object.entries(value);
		const current = new Set(entries.filter(([id]) => !lookup('block', id)).map(([id]) => id));
		const kept = new Map<string, unknown>();
		for (const [id, v] of entries) {
			const to = upgrade('block', id, blockWhere);
			if (to === undefined) continue;
			const target = String(to);
			if (to !== id && (current.has(target) || kept.has(target))) {
				const dropped = typeof v === 'string' ? v : String(JSON.stringify(v));
				notices.push({
					de: `Baustein „${clip(id)}“: Unter dem neuen Namen „${clip(target)}“ steht schon ein Eintrag; er bleibt, der Wert „${clip(dropped)}“ von „${clip(id)}“ wurde verworfen.`,
					en: `Block "${clip(id)}": the new name "${clip(target)}" already has an entry; it stays, and the value "${clip(dropped)}" of "${clip(id)}" was dropped.`
				});
				continue;
			}
			kept.set(target, v);
		}
		// Object.fromEntries defines own properties: a "__proto__" key cannot reach the prototype.
		return Object.fromEntries(kept);
	};

	if ('scenario' in doc)
		doc.scenario =
			upgrade('scenario', doc.scenario, { de: 'Szenario', en: 'Scenario' }) ?? doc.scenario;
	if ('phase' in doc)
		doc.phase = upgrade('phase', doc.phase, { de: 'Phase', en: 'Phase' }) ?? doc.phase;
	if ('solutions' in doc)
		doc.solutions = list(doc.solutions, 'solution', { de: 'Systemlösung', en: 'Solution' });
	if ('inventory' in doc) doc.inventory = keys(doc.inventory);
	if (isObject(doc.customizations)) {
		const c = doc.customizations;
		doc.customizations = {
			...c,
			added: list(c.added, 'block', blockWhere),
			removed: list(c.removed, 'block', blockWhere),
			responsibleOverrides: keys(c.responsibleOverrides)
		};
	}
	return { data: doc, notices };
}
