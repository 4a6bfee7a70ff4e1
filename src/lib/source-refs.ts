/** Source references as the UI lists them. */
import type { SourceRef } from '$lib/schema/types';

export interface GroupedSourceRef {
	source: string;
	/** Every place cited in the source, in order ("Folie 26; Folie 27"); undefined if none. */
	locator?: string;
}

/** Merges references to the same source into one, keeping the order of first citation. */
export function groupSourceRefs(refs: readonly SourceRef[]): GroupedSourceRef[] {
	const bySource = new Map<string, string[]>();
	for (const ref of refs) {
		const locators = bySource.get(ref.source) ?? [];
		if (ref.locator && !locators.includes(ref.locator)) locators.push(ref.locator);
		bySource.set(ref.source, locators);
	}
	return [...bySource].map(([source, locators]) => ({
		source,
		locator: locators.length ? locators.join('; ') : undefined
	}));
}
