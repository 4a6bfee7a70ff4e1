import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	directoryOf,
	MAX_DEPTH,
	readConfigurationData,
	readConfigurationText,
	type Catalog
} from '../../../src/lib/domain';
import { realCatalog } from '../helpers/catalog';
import { configuration } from '../helpers/factories';

const catalog = realCatalog();
const fixture = (name: string) =>
	readFileSync(fileURLToPath(new URL(`../../fixtures/documents/${name}`, import.meta.url)), 'utf8');
const messages = (text: string, cat: Catalog = catalog) => {
	const result = readConfigurationText(text, cat, 'datei.json');
	return result.ok
		? []
		: result.problems.map((p) => `${p.pointer} ${p.message.de} | ${p.message.en}`);
};

/** The shipped catalog with id changes, as a later catalog version would have them. */
function laterCatalog(): Catalog {
	const blocks = catalog.blocks
		.map((b) => (b.id === 'wiki' ? { ...b, id: 'wissensdatenbank' } : b))
		.filter((b) => b.id !== 'forum');
	const solutions = catalog.solutions.map((s) =>
		s.id === 'iserv' ? { ...s, id: 'iserv-schulplattform' } : s
	);
	return {
		...catalog,
		meta: {
			...catalog.meta,
			catalogVersion: '1.1.0',
			idChanges: [
				{
					kind: 'block',
					from: 'wiki',
					to: 'wissensdatenbank',
					since: '1.1.0',
					note: { de: 'Neuer Name.', en: 'New name.' }
				},
				{
					kind: 'block',
					from: 'forum',
					since: '1.1.0',
					note: { de: 'Im Kurssystem enthalten.', en: 'Part of the course system.' }
				},
				{
					kind: 'solution',
					from: 'iserv',
					to: 'iserv-schulplattform',
					since: '1.1.0',
					note: { de: 'Neuer Name.', en: 'New name.' }
				}
			]
		},
		blocks,
		solutions,
		directory: directoryOf(catalog.states, solutions)
	};
}

describe('the version-1 configuration document', () => {
	it('still imports, unchanged, after every change to the code (keep this fixture as it is)', () => {
		const text = fixture('configuration-format-v1.json');
		const result = readConfigurationText(text, catalog, 'configuration-format-v1.json');
		expect(result).toEqual({ ok: true, value: JSON.parse(text), notices: [] });
	});
});

describe('readConfigurationText', () => {
	it('names invalid JSON, wrong types, unknown ids and a wrong formatVersion', () => {
		expect(messages('{ "formatVersion": 1,')[0]).toContain('Kein gültiges JSON');
		expect(
			messages(
				JSON.stringify({
					...configuration(),
					profile: { ...configuration().profile, schoolCount: 'drei' }
				})
			)
		).toEqual([
			'/profile/schoolCount Die Anzahl der Schulen muss eine ganze Zahl von 1 bis 2000 sein. | The number of schools must be a whole number from 1 to 2000.'
		]);
		expect(messages(JSON.stringify(configuration({ scenario: 'gibt-es-nicht' })))).toEqual([
			'/scenario Das Szenario „gibt-es-nicht“ gibt es im Katalog nicht. | Scenario "gibt-es-nicht" does not exist in the catalog.'
		]);
		expect(messages(JSON.stringify({ ...configuration(), formatVersion: 2 }))[0]).toContain(
			'/formatVersion'
		);
	});

	it('rejects documents over 64 KB, deeply nested ones and huge arrays before validating them', () => {
		expect(messages(' '.repeat(64 * 1024 + 1))[0]).toContain('größer als 64 KB');
		let deep: unknown = 1;
		for (let i = 0; i < MAX_DEPTH + 5; i++) deep = { a: deep };
		expect(messages(JSON.stringify({ ...configuration(), inventory: deep }))[0]).toContain(
			'verschachtelt'
		);
		expect(
			messages(JSON.stringify({ ...configuration(), solutions: Array(5000).fill('iserv') }))[0]
		).toContain('mehr als 500 Einträge');
		const many = Object.fromEntries(
			Array.from({ length: 9 }, (_, i) => [`k${i}`, Array(450).fill(0)])
		);
		expect(messages(JSON.stringify({ ...configuration(), inventory: many }))[0]).toContain(
			'mehr als 4000 Werte'
		);
	});

	it('does not let __proto__ or constructor keys pollute prototypes or pass as block ids', () => {
		const text = fixture('configuration-format-v1.json').replace(
			'"inventory": {',
			'"inventory": { "__proto__": { "polluted": "yes" }, "constructor": "existing",'
		);
		expect(messages(text).length).toBeGreaterThan(0);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('keeps HTML and script in strings as plain text', () => {
		const name = '<img src=x onerror=alert(1)><script>alert(1)</script>';
		const result = readConfigurationText(
			JSON.stringify(configuration({ profile: { ...configuration().profile, name } })),
			catalog
		);
		expect(result.ok && result.value.profile.name).toBe(name);
	});
});

describe('a configuration from an older catalog', () => {
	const old = configuration({
		scenario: 'schultraegerloesung-erweitert',
		customizations: { added: [], removed: ['wiki'], responsibleOverrides: { forum: 'state' } },
		inventory: { wiki: 'existing', forum: 'planned', backup: 'missing' },
		solutions: ['iserv', 'ucs-school']
	});

	it('is upgraded: renamed ids follow, removed ids are dropped, each with a notice', () => {
		const result = readConfigurationData(old, laterCatalog(), 'alt.json');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.customizations).toEqual({
			added: [],
			removed: ['wissensdatenbank'],
			responsibleOverrides: {}
		});
		expect(result.value.inventory).toEqual({ wissensdatenbank: 'existing', backup: 'missing' });
		expect(result.value.solutions).toEqual(['iserv-schulplattform', 'ucs-school']);
		const de = result.notices.map((n) => n.de);
		expect(de).toContain('Baustein: „wiki“ heißt jetzt „wissensdatenbank“. Neuer Name.');
		expect(de).toContain(
			'Baustein: „forum“ gibt es nicht mehr und wurde entfernt. Im Kurssystem enthalten.'
		);
		expect(de).toContain('Systemlösung: „iserv“ heißt jetzt „iserv-schulplattform“. Neuer Name.');
		expect(de.at(-1)).toContain('Erstellt mit Katalogversion 1.0.0, geöffnet mit 1.1.0');
	});

	it('reports a rename that meets an entry under the new name: the newer entry stays, nothing vanishes silently', () => {
		const clash = configuration({
			scenario: 'schultraegerloesung-erweitert',
			inventory: { wiki: 'existing', wissensdatenbank: 'missing' }
		});
		const result = readConfigurationData(clash, laterCatalog(), 'alt.json');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.inventory).toEqual({ wissensdatenbank: 'missing' });
		expect(result.notices.map((n) => n.de)).toContain(
			'Baustein „wiki“: Unter dem neuen Namen „wissensdatenbank“ steht schon ein Eintrag; er bleibt, der Wert „existing“ von „wiki“ wurde verworfen.'
		);
	});

	it('says what the upgrade did when the document still fails (e.g. a removed scenario)', () => {
		const later = laterCatalog();
		const gone = {
			...later,
			meta: {
				...later.meta,
				idChanges: [
					...(later.meta.idChanges ?? []),
					{
						kind: 'block' as const,
						from: 'forum',
						since: '1.1.0',
						note: { de: 'Im Kurssystem enthalten.', en: 'Part of the course system.' }
					}
				]
			}
		};
		const result = readConfigurationData(
			configuration({ scenario: 'gibt-es-nicht', inventory: { forum: 'existing' } }),
			gone,
			'alt.json'
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map((p) => p.message.de)).toEqual([
			'Das Szenario „gibt-es-nicht“ gibt es im Katalog nicht.',
			'Baustein: „forum“ gibt es nicht mehr und wurde entfernt. Im Kurssystem enthalten.'
		]);
	});
});
