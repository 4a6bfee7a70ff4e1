import { describe, expect, it } from 'vitest';
import { readConfigurationText } from '../../../src/lib/domain';
import { KEY_PREFIX, LEGACY_KEYS } from '../../../src/lib/storage/configuration-store';
import { likelyState } from '../../../src/lib/storage/likely-state';
import { Workspace } from '../../../src/lib/storage/workspace.svelte';
import { toSavedDraft } from '../../../src/lib/wizard/saved-draft';
import { realCatalog } from '../helpers/catalog';
import { configuration, profile } from '../helpers/factories';
import type { Profile } from '../../../src/lib/schema/types';
import { FakeStorage } from './fake-storage';

const catalog = realCatalog();

/** A configuration for a carrier in `state`, opened and saved the way the assistant does. */
function saveFor(workspace: Workspace, state: Profile['state']) {
	const text = JSON.stringify(configuration({ profile: profile({ name: state, state }) }));
	const read = readConfigurationText(text, catalog);
	if (!read.ok) throw new Error('test configuration invalid');
	workspace.startNew();
	workspace.receive(read, 'Datei');
	return workspace.currentId!;
}

describe('likelyState', () => {
	it('reads the state of the configuration this tab works on', () => {
		const storage = new FakeStorage();
		const workspace = new Workspace(catalog, () => storage);
		workspace.init();
		const older = saveFor(workspace, 'by');
		saveFor(workspace, 'nw');
		expect(likelyState(storage, older)).toBe('by');
	});

	it('else the most recently saved configuration’s', () => {
		const storage = new FakeStorage();
		const record = (state: string, savedAt: string) =>
			JSON.stringify({ createdAt: savedAt, saved: { savedAt, draft: { profile: { state } } } });
		storage.setItem(`${KEY_PREFIX}a`, record('by', '2026-11-01T10:00:00.000Z'));
		storage.setItem(`${KEY_PREFIX}b`, record('sh', '2026-11-29T10:00:00.000Z'));
		storage.setItem(`${KEY_PREFIX}c`, record('nw', '2026-11-15T10:00:00.000Z'));
		storage.setItem(`${KEY_PREFIX}kaputt`, '{');
		expect(likelyState(storage, 'gibt-es-nicht')).toBe('sh');
		expect(likelyState(storage, null)).toBe('sh');
	});

	it('else the draft an older version kept', () => {
		const storage = new FakeStorage();
		const workspace = new Workspace(catalog, () => new FakeStorage());
		workspace.init();
		saveFor(workspace, 'he');
		const draft = workspace.session!.draft;
		storage.setItem(LEGACY_KEYS[0], JSON.stringify(toSavedDraft(draft, 'empfehlung', catalog)));
		expect(likelyState(storage, null)).toBe('he');
	});

	it('guesses nothing without a state, with unreadable or without storage', () => {
		const storage = new FakeStorage();
		expect(likelyState(storage, null)).toBeUndefined();
		storage.setItem(`${KEY_PREFIX}a`, JSON.stringify({ saved: { draft: { profile: {} } } }));
		expect(likelyState(storage, 'a')).toBeUndefined();
		storage.broken = true;
		expect(likelyState(storage, null)).toBeUndefined();
		expect(likelyState(undefined, null)).toBeUndefined();
	});
});
