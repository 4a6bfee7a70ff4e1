/** Small factories for the user's documents, with overrides. */
import type { Configuration, Profile } from '../../../src/lib/schema/types';

export function profile(overrides: Partial<Profile> = {}): Profile {
	return {
		state: 'sh',
		schoolCount: 2,
		schoolTypes: ['grundschule'],
		itStaff: 'none',
		serviceProvider: 'none',
		...overrides
	};
}

export function configuration(overrides: Partial<Configuration> = {}): Configuration {
	return {
		formatVersion: 1,
		catalogVersion: '1.0.0',
		savedAt: '2026-11-29T12:00:00.000Z',
		profile: profile(),
		scenario: 'musterloesung-gs',
		phase: 'landesloesung-aktiv',
		customizations: { added: [], removed: [], responsibleOverrides: {} },
		inventory: {},
		solutions: [],
		...overrides
	};
}
