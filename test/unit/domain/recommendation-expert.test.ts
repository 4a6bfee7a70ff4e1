/**
 * The recommendation against the expert table (recommendation-expert-table.ts, written from the
 * target-group slides) and the properties the slides imply for every profile.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleCatalog, recommend, type Catalog } from '../../../src/lib/domain';
import type { Profile } from '../../../src/lib/schema/types';
import { profileArbitrary } from '../helpers/arbitraries';
import { patchedFiles, realCatalog } from '../helpers/catalog';
import { profile } from '../helpers/factories';
import { expertCases } from './recommendation-expert-table';

const catalog = realCatalog();
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 500) };
const primary = new Set(['grundschule', 'foerderzentrum']);

describe('the expert table', () => {
	it('has at least 30 carriers and every scenario as an expected answer', () => {
		expect(expertCases.length).toBeGreaterThanOrEqual(30);
		expect(new Set(expertCases.map((c) => c.expected))).toEqual(
			new Set(catalog.scenarios.map((s) => s.id))
		);
	});

	it.each(expertCases.map((c) => [c.reason, c] as const))('%s', (_reason, c) => {
		const result = recommend(c.profile, catalog);
		expect(result.recommended).toBe(c.expected);
		expect(result.eligible).toBe(true);
	});
});

describe('eligibility comes before the score', () => {
	it('never puts the Musterlösung Grundschule SH first for a carrier with a school that is not a primary or special-needs school', () => {
		fc.assert(
			fc.property(profileArbitrary(catalog), (p) => {
				const result = recommend(p, catalog);
				if (p.schoolTypes.some((t) => !primary.has(t)))
					expect(result.recommended).not.toBe('musterloesung-gs');
			}),
			runs
		);
	});

	it('never puts the Musterlösung Grundschule SH first for a carrier without a primary or special-needs school', () => {
		fc.assert(
			fc.property(profileArbitrary(catalog), (p) => {
				if (!p.schoolTypes.some((t) => primary.has(t)))
					expect(recommend(p, catalog).recommended).not.toBe('musterloesung-gs');
			}),
			runs
		);
	});

	it('never puts the Schulträgerlösung (erweitert) first without an IT department or a municipal IT provider', () => {
		fc.assert(
			fc.property(profileArbitrary(catalog), (p) => {
				if (p.itStaff !== 'department' && p.serviceProvider !== 'municipal')
					expect(recommend(p, catalog).recommended).not.toBe('schultraegerloesung-erweitert');
			}),
			runs
		);
	});

	it('never puts the Musterlösung + first without a secondary or vocational school', () => {
		fc.assert(
			fc.property(profileArbitrary(catalog), (p) => {
				if (!p.schoolTypes.some((t) => !primary.has(t)))
					expect(recommend(p, catalog).recommended).not.toBe('musterloesung-plus');
			}),
			runs
		);
	});

	it('ranks independently of the order in which the school types are given', () => {
		fc.assert(
			fc.property(profileArbitrary(catalog), fc.nat(), (p, seed) => {
				const shuffled = [...p.schoolTypes].sort(
					(a, b) => ((a.length * 7 + seed) % 5) - ((b.length * 7 + seed) % 5) || a.localeCompare(b)
				);
				const reordered = { ...p, schoolTypes: [...shuffled].reverse() };
				const order = (x: Profile) =>
					recommend(x, catalog).ranking.map((s) => [s.scenario, s.score]);
				expect(order(reordered)).toEqual(order(p));
			}),
			runs
		);
	});

	it('never rules the Schulträgerlösung (basis) out, nor calls its school count unmet, because a carrier is large', () => {
		fc.assert(
			fc.property(fc.integer({ min: 21, max: 2000 }), (schoolCount) => {
				const basis = recommend(profile({ schoolCount }), catalog).ranking.find(
					(s) => s.scenario === 'schultraegerloesung-basis'
				)!;
				expect(basis.eligible).toBe(true);
				expect(basis.criteria[0]!.outcome).not.toBe('not-met');
			}),
			runs
		);
	});

	it('lists every eligible scenario before every ineligible one, and names what fails', () => {
		fc.assert(
			fc.property(profileArbitrary(catalog), (p) => {
				const { ranking } = recommend(p, catalog);
				const firstIneligible = ranking.findIndex((s) => !s.eligible);
				if (firstIneligible >= 0) {
					expect(ranking.slice(firstIneligible).every((s) => !s.eligible)).toBe(true);
					for (const s of ranking.slice(firstIneligible))
						expect(s.failedConditions.length).toBeGreaterThan(0);
				}
			}),
			runs
		);
	});
});

describe('the explanation', () => {
	it('counts a municipal IT provider as own IT and says so', () => {
		const result = recommend(
			profile({
				schoolCount: 60,
				schoolTypes: ['grundschule', 'weiterfuehrende-schule'],
				serviceProvider: 'municipal'
			}),
			catalog
		);
		const erweitert = result.ranking.find((s) => s.scenario === 'schultraegerloesung-erweitert')!;
		expect(erweitert.criteria.find((c) => c.criterion === 'itStaff')!.reason.de).toMatch(
			/^Ein kommunaler IT-Dienstleister .* zählt als eigene IT-Abteilung: passt zur Zielgruppe/
		);
	});

	it('says that a large provider stands in for missing IT in the Schulträgerlösung (basis)', () => {
		const result = recommend(
			profile({
				schoolCount: 30,
				schoolTypes: ['grundschule', 'weiterfuehrende-schule'],
				serviceProvider: 'large'
			}),
			catalog
		);
		const basis = result.ranking.find((s) => s.scenario === 'schultraegerloesung-basis')!;
		const it = basis.criteria.find((c) => c.criterion === 'itStaff')!;
		expect(it.outcome).toBe('met');
		expect(it.reason.de).toContain('steht laut Folie für fehlende IT-Ressourcen ein');
	});

	it('names the failed condition of an ineligible scenario in the slide’s words', () => {
		const result = recommend(profile({ schoolTypes: ['weiterfuehrende-schule'] }), catalog);
		const gs = result.ranking.find((s) => s.scenario === 'musterloesung-gs')!;
		expect(gs.eligible).toBe(false);
		expect(gs.failedConditions.map((c) => c.id)).toEqual(['nur-grundschulen-foerderzentren']);
		expect(gs.failedConditions[0]!.label.de).toContain('Grundschulen oder Förderzentren');
	});

	it('tells a carrier outside Schleswig-Holstein that the IQSH package is an SH offer', () => {
		const result = recommend(profile({ state: 'by', schoolCount: 2 }), catalog);
		expect(result.recommended).toBe('musterloesung-gs');
		expect(result.warnings.map((w) => w.code)).toContain('offered-elsewhere');
		expect(recommend(profile({ state: 'sh' }), catalog).warnings.map((w) => w.code)).not.toContain(
			'offered-elsewhere'
		);
	});
});

describe('when no scenario is eligible', () => {
	/** The shipped catalog where the Schulträgerlösung (basis) also requires an IT department. */
	function strictCatalog(): Catalog {
		const files = patchedFiles('scenarios/schultraegerloesung-basis.json', [
			{
				op: 'add',
				path: '/targetGroup/eligibility',
				value: [
					{
						id: 'it-ressourcen',
						itStaff: ['small', 'department'],
						label: { de: 'grundlegende IT-Ressourcen', en: 'basic IT resources' },
						change: { de: 'IT-Personal aufbauen.', en: 'Build up IT staff.' }
					}
				]
			}
		]);
		const { catalog: strict, problems } = assembleCatalog(files);
		if (!strict) throw new Error(JSON.stringify(problems));
		return strict;
	}

	it('says so plainly, names the nearest scenario and what would have to change', () => {
		const result = recommend(
			profile({ schoolCount: 30, schoolTypes: ['grundschule'], itStaff: 'none' }),
			strictCatalog()
		);
		expect(result.eligible).toBe(false);
		expect(result.recommended).toBe('schultraegerloesung-basis');
		expect(result.runnerUp).toBeUndefined();
		const warning = result.warnings.find((w) => w.code === 'none-eligible')!;
		expect(warning.message.de).toBe(
			'Kein Szenario passt zu Ihrem Profil: Jedes schließt Sie durch eine Bedingung seiner Zielgruppe aus. Am nächsten kommt „Schulträgerlösung (basis)“. Dafür müsste sich ändern: IT-Personal aufbauen.'
		);
		expect(result.warnings[0]!.code).toBe('none-eligible');
	});
});
