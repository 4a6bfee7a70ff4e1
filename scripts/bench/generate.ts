/**
 * Deterministic test data for benchmarks and load tests: carriers' configurations, and a catalog
 * scaled up n times (every block, scenario assignment, service coverage and rating copied).
 */
import type { Catalog } from '../../src/lib/domain';
import type { Configuration, Profile } from '../../src/lib/schema/types';

/** mulberry32: a tiny seeded PRNG, so every run measures the same data. */
export function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const schoolTypes = [
	'grundschule',
	'foerderzentrum',
	'weiterfuehrende-schule',
	'berufsbildende-schule'
] as const;

export function generateProfiles(catalog: Catalog, count: number, seed = 1): Profile[] {
	const rnd = random(seed);
	const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
	return Array.from({ length: count }, () => ({
		state: pick(catalog.states).id,
		schoolCount: 1 + Math.floor(rnd() ** 2 * 80),
		schoolTypes: schoolTypes.filter(() => rnd() < 0.5).concat() as Profile['schoolTypes'],
		itStaff: pick(['none', 'small', 'department'] as const),
		serviceProvider: pick(['none', 'regional', 'large'] as const)
	})).map((p) => (p.schoolTypes.length ? p : { ...p, schoolTypes: ['grundschule'] }));
}

export function generateConfigurations(catalog: Catalog, count: number, seed = 7): Configuration[] {
	const rnd = random(seed);
	const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
	const blocks = catalog.blocks.map((b) => b.id);
	const profiles = generateProfiles(catalog, count, seed + 1);
	return profiles.map((profile, i) => {
		const inventory: Configuration['inventory'] = {};
		for (const block of blocks)
			if (rnd() < 0.3) inventory[block] = pick(['existing', 'planned', 'missing'] as const);
		const removed = blocks.filter(() => rnd() < 0.02);
		const added = blocks.filter((b) => !removed.includes(b) && rnd() < 0.02);
		return {
			formatVersion: 1,
			catalogVersion: catalog.meta.catalogVersion,
			savedAt: new Date(Date.UTC(2026, 10, 1) + i * 60000).toISOString(),
			profile: { ...profile, name: `Schulträger ${i + 1}` },
			scenario: pick(catalog.scenarios).id,
			phase: pick(catalog.phases).id,
			customizations: {
				added,
				removed,
				responsibleOverrides:
					rnd() < 0.1 ? { [pick(blocks)]: pick(['carrier', 'state'] as const) } : {}
			},
			inventory,
			solutions: catalog.solutions
				.filter(() => rnd() < 0.15)
				.map((s) => s.id)
				.slice(0, 3)
		};
	});
}

/** The catalog with every block copied n times (ids suffixed -2, -3, …) everywhere it is used. */
export function scaleCatalog(catalog: Catalog, n: number): Catalog {
	const copies = <T>(ids: T[], make: (item: T, k: number) => T) =>
		ids.flatMap((item) => Array.from({ length: n }, (_, k) => (k === 0 ? item : make(item, k))));
	const suffix = (id: string, k: number) => (k === 0 ? id : `${id}-${k + 1}`);
	return {
		...catalog,
		blocks: copies(catalog.blocks, (b, k) => ({ ...b, id: suffix(b.id, k) })),
		scenarios: catalog.scenarios.map((s) => ({
			...s,
			phases: Object.fromEntries(
				Object.entries(s.phases).map(([id, p]) => [
					id,
					{ ...p, blocks: copies(p.blocks, (a, k) => ({ ...a, block: suffix(a.block, k) })) }
				])
			)
		})),
		states: catalog.states.map((st) => ({
			...st,
			services: st.services.map((sv) => ({
				...sv,
				covers: copies(sv.covers, (c, k) => ({ ...c, block: suffix(c.block, k) }))
			}))
		})),
		solutions: catalog.solutions.map((so) => ({
			...so,
			coverage: Object.fromEntries(
				Object.entries(so.coverage).flatMap(([id, r]) =>
					Array.from({ length: n }, (_, k) => [suffix(id, k), r])
				)
			)
		}))
	};
}
