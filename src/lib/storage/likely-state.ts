/**
 * A guess, before the assistant has started, at the state of the configuration this tab will
 * continue: the tab's own, else the most recently saved one, else a draft of an older version.
 * It only lets the page fetch that state's catalog file while the assistant starts; what opens is
 * the workspace's decision. Reads at most `MAX_RECORDS` records and never writes.
 */
import { localStore, tabValue } from './browser-storage';
import { KEY_PREFIX, LEGACY_KEYS, TAB_KEY } from './configuration-store';

const MAX_RECORDS = 200;

interface Saved {
	savedAt?: unknown;
	draft?: { profile?: { state?: unknown } };
}

function savedOf(text: string | null, inRecord: boolean): Saved | undefined {
	if (!text) return undefined;
	try {
		const value = JSON.parse(text) as { saved?: Saved } & Saved;
		return (inRecord ? value?.saved : value) ?? undefined;
	} catch {
		return undefined;
	}
}

const stateOf = (saved: Saved | undefined) =>
	typeof saved?.draft?.profile?.state === 'string' ? saved.draft.profile.state : undefined;

export function likelyState(
	storage: Storage | undefined = localStore(),
	tab: string | null = tabValue.get(TAB_KEY)
): string | undefined {
	if (!storage) return undefined;
	try {
		const own = tab ? stateOf(savedOf(storage.getItem(KEY_PREFIX + tab), true)) : undefined;
		if (own) return own;
		let latest: { at: string; state: string } | undefined;
		for (let i = 0, read = 0; i < storage.length && read < MAX_RECORDS; i++) {
			const key = storage.key(i);
			if (!key?.startsWith(KEY_PREFIX)) continue;
			read++;
			const saved = savedOf(storage.getItem(key), true);
			const state = stateOf(saved);
			const at = typeof saved?.savedAt === 'string' ? saved.savedAt : '';
			if (state && (!latest || at > latest.at)) latest = { at, state };
		}
		if (latest) return latest.state;
		for (const key of LEGACY_KEYS) {
			const state = stateOf(savedOf(storage.getItem(key), false));
			if (state) return state;
		}
	} catch {
		// Storage that cannot be read: no guess, the assistant loads the state when it knows it.
	}
	return undefined;
}
