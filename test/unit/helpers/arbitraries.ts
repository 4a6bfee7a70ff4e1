/** fast-check generators of valid profiles and configurations for a catalog. */
import fc from 'fast-check';
import type { Catalog } from '../../../src/lib/domain';
import type { Configuration, Profile } from '../../../src/lib/schema/types';

export const profileArbitrary = (c: Catalog): fc.Arbitrary<Profile> =>
	fc.record(
		{
			name: fc.string({ maxLength: 40 }),
			state: fc.constantFrom(...(c.states.map((s) => s.id) as Profile['state'][])),
			schoolCount: fc.integer({ min: 1, max: 2000 }),
			schoolTypes: fc.uniqueArray(
				fc.constantFrom(
					'grundschule',
					'foerderzentrum',
					'weiterfuehrende-schule',
					'berufsbildende-schule' as const
				),
				{ minLength: 1, maxLength: 4 }
			),
			itStaff: fc.constantFrom('none', 'small', 'department' as const),
			serviceProvider: fc.constantFrom('none', 'regional', 'large', 'municipal' as const)
		},
		{ requiredKeys: ['state', 'schoolCount', 'schoolTypes', 'itStaff', 'serviceProvider'] }
	);

export const configurationArbitrary = (c: Catalog): fc.Arbitrary<Configuration> => {
	const blockIds = c.blocks.map((b) => b.id);
	const block = fc.constantFrom(...blockIds);
	return fc.record({
		formatVersion: fc.constant(1 as const),
		catalogVersion: fc.constant(c.meta.catalogVersion),
		savedAt: fc.constant('2026-11-29T12:00:00.000Z'),
		profile: profileArbitrary(c),
		scenario: fc.constantFrom(...c.scenarios.map((s) => s.id)),
		phase: fc.constantFrom(...c.phases.map((p) => p.id)),
		customizations: fc.record({
			added: fc.uniqueArray(block, { maxLength: 5 }),
			removed: fc.uniqueArray(block, { maxLength: 5 }),
			responsibleOverrides: fc.dictionary(block, fc.constantFrom('carrier', 'state' as const), {
				maxKeys: 5
			})
		}),
		inventory: fc.dictionary(block, fc.constantFrom('existing', 'planned', 'missing' as const), {
			maxKeys: 15
		}),
		solutions: fc.uniqueArray(fc.constantFrom(...c.solutions.map((s) => s.id)), { maxLength: 3 })
	});
};
