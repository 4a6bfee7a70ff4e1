/**
 * The carrier's configurations in the browser: nothing is ever replaced or dropped without
 * asking, a replacement can be undone, a full or refused storage is reported at once, another
 * tab's write is never silently overwritten, and an unreadable record stays as it is.
 */
import { describe, expect, it } from 'vitest';
import { readConfigurationText } from '../../../src/lib/domain';
import { KEY_PREFIX, LEGACY_KEYS } from '../../../src/lib/storage/configuration-store';
import { Workspace } from '../../../src/lib/storage/workspace.svelte';
import { toSavedDraft } from '../../../src/lib/wizard/saved-draft';
import { draftFromConfiguration } from '../../../src/lib/wizard/derive';
import { realCatalog } from '../helpers/catalog';
import { configuration, profile } from '../helpers/factories';
import { FakeStorage } from './fake-storage';

const catalog = realCatalog();

function setup(storage = new FakeStorage()) {
	const workspace = new Workspace(catalog, () => storage);
	workspace.init();
	return { storage, workspace };
}

const config = (name: string, scenario = 'musterloesung-gs') =>
	configuration({ profile: profile({ name }), scenario });
const incoming = (name: string, scenario?: string) => {
	const read = readConfigurationText(JSON.stringify(config(name, scenario)), catalog);
	if (!read.ok) throw new Error('test configuration invalid');
	return read;
};
const stored = (storage: FakeStorage) =>
	[...storage.items].filter(([k]) => k.startsWith(KEY_PREFIX)).map(([, v]) => v);

/** A carrier who has answered the first question in this tab. */
function withWork(workspace: Workspace) {
	const session = workspace.startNew();
	session.send({ type: 'answer.set', field: 'schoolCount', value: 3 });
	return session;
}

describe('a configuration is kept', () => {
	it('from its first answer on, not from merely opening the assistant', () => {
		const { storage, workspace } = setup();
		workspace.startNew();
		expect(stored(storage)).toEqual([]);
		withWork(workspace);
		expect(stored(storage)).toHaveLength(1);
		workspace.refresh();
		expect(workspace.entries).toHaveLength(1);
	});

	it('and opening it again is no change: its date and text stay', () => {
		const { storage, workspace } = setup();
		withWork(workspace);
		const [text] = stored(storage);
		workspace.openEntry(workspace.currentId!);
		expect(stored(storage)).toEqual([text]);
	});
});

describe('opening a file or link', () => {
	it('opens at once when there is no other work', () => {
		const { storage, workspace } = setup();
		expect(workspace.receive(incoming('Amt A'), 'a.json')).toBe('opened');
		expect(workspace.session?.step).toBe('ergebnis');
		expect(stored(storage)).toHaveLength(1);
	});

	it('asks when other work exists; "as new" keeps the old one exactly as it was', () => {
		const { storage, workspace } = setup();
		withWork(workspace);
		const [before] = stored(storage);
		expect(workspace.receive(incoming('Amt B'), 'Link')).toBe('asking');
		expect(workspace.incoming?.target?.name.de).toBe('Unbenannte Konfiguration');
		expect(stored(storage)).toEqual([before]);
		expect(workspace.decide('new')).toBe(true);
		expect(stored(storage)).toHaveLength(2);
		expect(stored(storage)).toContain(before);
		expect(workspace.notice).toMatchObject({ kind: 'opened', name: { de: 'Amt B' } });
	});

	it('"replace" keeps the old state as a copy in the list, and undo restores it exactly', () => {
		const { storage, workspace } = setup();
		workspace.receive(incoming('Amt A'), 'a.json');
		const id = workspace.currentId!;
		const before = storage.getItem(KEY_PREFIX + id);
		workspace.receive(incoming('Amt C', 'musterloesung-plus'), 'c.json');
		expect(workspace.decide('replace')).toBe(true);
		expect(workspace.currentId).toBe(id);
		workspace.refresh();
		const names = workspace.entries.map((e) =>
			e.kind === 'ok' ? (e.record.name ?? e.record.saved.draft.profile.name) : '?'
		);
		expect(names).toContain('Amt C');
		expect(names.some((n) => n?.startsWith('Amt A (vor dem Ersetzen am'))).toBe(true);
		expect(workspace.canUndo).toBe(true);
		workspace.undo();
		expect(storage.getItem(KEY_PREFIX + id)).toBe(before);
		expect(stored(storage)).toEqual([before]);
		expect(workspace.notice).toMatchObject({ kind: 'undone' });
	});

	it('a second and third import lose nothing (the first is still there)', () => {
		const { storage, workspace } = setup();
		workspace.receive(incoming('Amt A'), 'a.json');
		for (const name of ['Amt B', 'Amt C']) {
			workspace.receive(incoming(name, 'musterloesung-plus'), `${name}.json`);
			workspace.decide('replace');
		}
		const texts = stored(storage).join('\n');
		for (const name of ['Amt A', 'Amt B', 'Amt C']) expect(texts).toContain(name);
	});

	it('with a full storage, "replace" replaces nothing and says why', () => {
		const { storage, workspace } = setup();
		workspace.receive(incoming('Amt A'), 'a.json');
		const before = stored(storage);
		storage.quota = [...storage.items].reduce((n, [k, v]) => n + k.length + v.length, 0) + 10;
		workspace.receive(incoming('Amt B', 'musterloesung-plus'), 'b.json');
		expect(workspace.decide('replace')).toBe(false);
		expect(workspace.incoming).toBeDefined();
		expect(workspace.problem?.de).toMatch(/wurde nicht ersetzt.*Speicher des Browsers ist voll/);
		expect(stored(storage)).toEqual(before);
		expect(workspace.session?.draft.profile.name).toBe('Amt A');
	});

	it('an identical configuration opens the one kept, without asking', () => {
		const { workspace } = setup();
		workspace.receive(incoming('Amt A'), 'a.json');
		const id = workspace.currentId;
		workspace.startNew();
		expect(workspace.receive(incoming('Amt A'), 'a.json')).toBe('opened');
		expect(workspace.currentId).toBe(id);
		expect(workspace.notice).toMatchObject({ kind: 'known' });
	});

	it('"do not open" changes nothing', () => {
		const { storage, workspace } = setup();
		withWork(workspace);
		const before = stored(storage);
		workspace.receive(incoming('Amt B'), 'Link');
		expect(workspace.decide('cancel')).toBe(false);
		expect(workspace.incoming).toBeUndefined();
		expect(stored(storage)).toEqual(before);
	});
});

describe('a full or refused storage', () => {
	it('is reported with the first change that cannot be saved', () => {
		const storage = new FakeStorage();
		storage.quota = 10;
		const { workspace } = setup(storage);
		const session = withWork(workspace);
		expect(session.saveProblem?.de).toMatch(/^Der Speicher des Browsers ist voll/);
		storage.quota = Infinity;
		session.send({ type: 'answer.set', field: 'schoolCount', value: 4 });
		expect(session.saveProblem).toBeUndefined();
	});

	it('when refused altogether, the list says so and the assistant still works', () => {
		const storage = new FakeStorage();
		storage.broken = true;
		const { workspace } = setup(storage);
		expect(workspace.listProblem?.de).toMatch(/erlaubt kein Speichern/);
		const session = withWork(workspace);
		expect(session.draft.profile.schoolCount).toBe(3);
		expect(session.saveProblem?.de).toMatch(/erlaubt kein Speichern/);
	});
});

describe('two tabs on the same configuration', () => {
	it('the later write does not erase the earlier: saving stops, and each choice keeps both', () => {
		const { storage, workspace: tab1 } = setup();
		const session = withWork(tab1);
		const id = tab1.currentId!;
		const tab2 = new Workspace(catalog, () => storage);
		tab2.init();
		tab2.openEntry(id)!.send({ type: 'answer.set', field: 'schoolCount', value: 9 });
		const theirs = storage.getItem(KEY_PREFIX + id);
		session.send({ type: 'answer.set', field: 'schoolCount', value: 5 });
		expect(session.conflict).toBe('changed');
		expect(storage.getItem(KEY_PREFIX + id)).toBe(theirs);
		tab1.keepMine();
		expect(tab1.currentId).not.toBe(id);
		expect(storage.getItem(KEY_PREFIX + id)).toBe(theirs);
		expect(stored(storage)).toHaveLength(2);
		expect(tab1.session?.draft.profile.schoolCount).toBe(5);
	});

	it('a storage event from the other tab is enough to stop saving, before any write', () => {
		const { storage, workspace } = setup();
		const session = withWork(workspace);
		const id = workspace.currentId!;
		storage.items.set(
			KEY_PREFIX + id,
			storage.getItem(KEY_PREFIX + id)!.replace('"schoolCount":3', '"schoolCount":7')
		);
		workspace.onStorage({ key: KEY_PREFIX + id } as StorageEvent);
		expect(session.conflict).toBe('changed');
		workspace.loadTheirs();
		expect(workspace.session?.draft.profile.schoolCount).toBe(7);
		expect(workspace.session?.conflict).toBeUndefined();
	});
});

describe('a record that cannot be read', () => {
	it('is listed with the reason, opened as broken, and never written over', () => {
		const storage = new FakeStorage();
		const future = JSON.stringify({
			...toSavedDraft(draftFromConfiguration(config('X'), catalog), 'ergebnis', catalog),
			formatVersion: 2
		});
		storage.items.set(`${KEY_PREFIX}kaputt`, '{ "formatVersion": 1, ');
		storage.items.set(`${KEY_PREFIX}zukunft`, future);
		const { workspace } = setup(storage);
		expect(workspace.entries.map((e) => e.kind)).toEqual(['broken', 'broken']);
		const reasons = workspace.entries.map((e) => (e.kind === 'broken' ? e.message.de : ''));
		expect(reasons.some((r) => r.includes('neueren Version dieses Werkzeugs'))).toBe(true);
		expect(workspace.openEntry('zukunft')).toBeUndefined();
		expect(workspace.broken?.id).toBe('zukunft');
		withWork(workspace);
		expect(storage.getItem(`${KEY_PREFIX}zukunft`)).toBe(future);
		expect(storage.getItem(`${KEY_PREFIX}kaputt`)).toBe('{ "formatVersion": 1, ');
	});

	it('a stored record over the limits is refused like a file of the same size', () => {
		const storage = new FakeStorage();
		storage.items.set(`${KEY_PREFIX}gross`, JSON.stringify({ x: 'x'.repeat(70_000) }));
		const { workspace } = setup(storage);
		expect(workspace.entries[0]).toMatchObject({
			kind: 'broken',
			message: { de: expect.stringContaining('größer als 64 KB') }
		});
	});
});

describe('the drafts of older versions', () => {
	it('move into the list, a broken one included, and their old keys go', () => {
		const storage = new FakeStorage();
		const old = toSavedDraft(draftFromConfiguration(config('Alt'), catalog), 'ergebnis', catalog);
		storage.items.set(LEGACY_KEYS[0], JSON.stringify(old));
		storage.items.set(
			LEGACY_KEYS[1],
			JSON.stringify({
				...old,
				draft: { ...old.draft, profile: { ...old.draft.profile, name: 'Vorher' } }
			})
		);
		storage.items.set(LEGACY_KEYS[2], 'kaputt');
		const { workspace } = setup(storage);
		expect(workspace.entries.map((e) => e.kind).sort()).toEqual(['broken', 'ok', 'ok']);
		for (const key of LEGACY_KEYS) expect(storage.getItem(key)).toBeNull();
		expect(workspace.resume()?.draft.profile.name).toMatch(/Alt|Vorher/);
	});
});

describe('the list', () => {
	it('renames, refuses names that could reorder text, duplicates, deletes and undoes a delete', () => {
		const { storage, workspace } = setup();
		workspace.receive(incoming('Amt A'), 'a.json');
		const id = workspace.currentId!;
		expect(workspace.rename(id, 'Variante IServ')).toBe(true);
		expect(workspace.currentName?.de).toBe('Variante IServ');
		expect(workspace.rename(id, 'Nord \u202E2202')).toBe(false);
		expect(workspace.problem?.de).toContain('Schreibrichtungszeichen');
		expect(workspace.duplicate(id)).toBe(true);
		expect(workspace.entries.map((e) => (e.kind === 'ok' ? e.record.name : ''))).toContain(
			'Variante IServ (Kopie)'
		);
		const text = storage.getItem(KEY_PREFIX + id);
		expect(workspace.remove(id)).toBe(true);
		expect(storage.getItem(KEY_PREFIX + id)).toBeNull();
		workspace.undo();
		expect(storage.getItem(KEY_PREFIX + id)).toBe(text);
	});
});
