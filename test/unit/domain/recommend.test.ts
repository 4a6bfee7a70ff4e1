import { describe, expect, it } from 'vitest';
import { parseProfile, recommend, type Recommendation } from '../../../src/lib/domain';
import { realCatalog } from '../helpers/catalog';
import { profile } from '../helpers/factories';

const catalog = realCatalog();

/** scenario id -> the four outcomes in criterion order (count, types, IT staff, provider) */
function outcomes(result: Recommendation) {
	return Object.fromEntries(
		result.ranking.map((s) => [s.scenario, s.criteria.map((c) => c.outcome)])
	);
}

/** scenario id -> the ids of its knock-out conditions the profile fails */
function failed(result: Recommendation) {
	return Object.fromEntries(
		result.ranking.map((s) => [s.scenario, s.failedConditions.map((c) => c.id)])
	);
}

const reasons = (result: Recommendation, scenario: string, lang: 'de' | 'en' = 'de') =>
	result.ranking.find((s) => s.scenario === scenario)!.criteria.map((c) => c.reason[lang]);

describe('recommend', () => {
	it('recommends the Musterlösung Grundschule SH to a municipality with two primary schools and no IT staff', () => {
		const result = recommend(
			profile({
				schoolCount: 2,
				schoolTypes: ['grundschule'],
				itStaff: 'none',
				serviceProvider: 'none'
			}),
			catalog
		);
		expect(result.recommended).toBe('musterloesung-gs');
		expect(result.eligible).toBe(true);
		expect(result.runnerUp).toBeUndefined();
		expect(result.warnings).toEqual([]);
		expect(failed(result)).toEqual({
			'musterloesung-gs': [],
			'schultraegerloesung-basis': [],
			'schultraegerloesung-erweitert': ['eigene-it-abteilung'],
			'musterloesung-plus': ['weiterfuehrende-schule']
		});
		expect(outcomes(result)).toEqual({
			'musterloesung-gs': ['met', 'met', 'met', 'met'],
			'musterloesung-plus': ['met', 'not-met', 'partly', 'met'],
			'schultraegerloesung-basis': ['not-met', 'partly', 'not-met', 'met'],
			'schultraegerloesung-erweitert': ['not-met', 'partly', 'not-met', 'met']
		});
		const [count, types, staff, provider] = reasons(result, 'musterloesung-gs');
		expect(count).toBe('2 Schulen: liegt im Zielbereich 1–4');
		expect(types).toBe(
			'Grundschule: passt zur Zielgruppe (vorgesehen: nur Grundschule, Förderzentrum)'
		);
		expect(staff).toMatch(/^Kein oder kaum eigenes IT-Personal: passt zur Zielgruppe \(„.+“\)$/);
		expect(provider).toMatch(/^Kein externer Dienstleister: passt zur Zielgruppe \(„.+“\)$/);
		expect(reasons(result, 'musterloesung-gs', 'en')[0]).toBe(
			'2 schools: within the target range 1–4'
		);
		expect(reasons(result, 'musterloesung-plus')[1]).toContain('passt nicht zur Zielgruppe');
	});

	it('recommends the Schulträgerlösung (erweitert) to Lübeck (about 60 schools, own IT, no provider), as Lübeck calls itself', () => {
		const result = recommend(
			profile({
				name: 'Hansestadt Lübeck',
				schoolCount: 60,
				schoolTypes: [
					'grundschule',
					'foerderzentrum',
					'weiterfuehrende-schule',
					'berufsbildende-schule'
				],
				itStaff: 'department',
				serviceProvider: 'none'
			}),
			catalog
		);
		expect(result.recommended).toBe('schultraegerloesung-erweitert');
		expect(result.runnerUp).toBeUndefined();
		expect(outcomes(result)['schultraegerloesung-erweitert']).toEqual(['met', 'met', 'met', 'met']);
		// Basis is never ruled out for being large: 60 schools still partly fit „mittlere bis große Anzahl“.
		expect(outcomes(result)['schultraegerloesung-basis']).toEqual(['partly', 'met', 'met', 'met']);
		expect(reasons(result, 'schultraegerloesung-erweitert')[0]).toBe(
			'60 Schulen: liegt im Zielbereich ab 21'
		);
		expect(reasons(result, 'schultraegerloesung-basis')[0]).toBe(
			'60 Schulen: nicht im Kernbereich 6–20, zählt als teilweise passend (Zahlen sind eine Annahme dieses Werkzeugs)'
		);
		expect(failed(result)['musterloesung-plus']).toEqual(['kleiner-traeger']);
		expect(result.ranking[0]!.score).toBe(result.ranking[0]!.maxScore);
	});

	it('recommends the Schulträgerlösung (erweitert) to Magdeburg (67 schools, own admins plus external providers), says the provider does not fit „auf externe Dienstleister wird verzichtet“, and names the basis solution close behind', () => {
		const result = recommend(
			profile({
				state: 'st',
				schoolCount: 67,
				schoolTypes: ['grundschule', 'weiterfuehrende-schule', 'berufsbildende-schule'],
				itStaff: 'department',
				serviceProvider: 'large'
			}),
			catalog
		);
		expect(result.recommended).toBe('schultraegerloesung-erweitert');
		expect(outcomes(result)['schultraegerloesung-erweitert']).toEqual([
			'met',
			'met',
			'met',
			'not-met'
		]);
		expect(reasons(result, 'schultraegerloesung-erweitert')[3]).toMatch(
			/^Ein großer Dienstleister oder Rahmenvertrag: passt nicht zur Zielgruppe \(„Auf externe Dienstleister wird verzichtet\.“\)$/
		);
		// erweitert 16 of 18 points, basis 15 of 18 (67 schools only partly in its range)
		expect(result.ranking.slice(0, 2).map((s) => [s.scenario, s.score])).toEqual([
			['schultraegerloesung-erweitert', 16],
			['schultraegerloesung-basis', 15]
		]);
		expect(result.runnerUp).toBe('schultraegerloesung-basis');
		expect(result.warnings.map((w) => w.code)).toEqual(['no-full-match', 'close-runner-up']);
	});

	it('recommends the Schulträgerlösung (basis) to a county with 12 mixed schools, a small IT and a large provider', () => {
		const result = recommend(
			profile({
				schoolCount: 12,
				schoolTypes: ['foerderzentrum', 'weiterfuehrende-schule', 'berufsbildende-schule'],
				itStaff: 'small',
				serviceProvider: 'large'
			}),
			catalog
		);
		expect(result.recommended).toBe('schultraegerloesung-basis');
		// A small IT is the slide's „grundlegende IT-Ressourcen“; erweitert counts 11–20 schools as partly.
		expect(outcomes(result)).toEqual({
			'schultraegerloesung-basis': ['met', 'met', 'met', 'met'],
			'musterloesung-plus': ['not-met', 'met', 'met', 'met'],
			'schultraegerloesung-erweitert': ['partly', 'met', 'not-met', 'not-met'],
			'musterloesung-gs': ['not-met', 'partly', 'met', 'not-met']
		});
		// The others rule the county out; the IT department is the nearest thing it could change.
		expect(result.ranking.map((s) => [s.scenario, s.eligible])).toEqual([
			['schultraegerloesung-basis', true],
			['schultraegerloesung-erweitert', false],
			['musterloesung-plus', false],
			['musterloesung-gs', false]
		]);
		expect(failed(result)).toMatchObject({
			'schultraegerloesung-erweitert': ['eigene-it-abteilung'],
			'musterloesung-plus': ['kleiner-traeger'],
			'musterloesung-gs': ['nur-grundschulen-foerderzentren', 'kleiner-traeger']
		});
		expect(reasons(result, 'schultraegerloesung-basis')[0]).toBe(
			'12 Schulen: liegt im Zielbereich 6–20 (Zahlen sind eine Annahme dieses Werkzeugs)'
		);
	});

	it('recommends Musterlösung + to a town with three schools including a secondary school and a small IT', () => {
		const result = recommend(
			profile({
				schoolCount: 3,
				schoolTypes: ['grundschule', 'weiterfuehrende-schule'],
				itStaff: 'small'
			}),
			catalog
		);
		expect(result.recommended).toBe('musterloesung-plus');
		expect(outcomes(result)['musterloesung-plus']).toEqual(['met', 'met', 'met', 'met']);
	});

	it('does not pretend certainty for 25 primary schools with no IT staff: the basis solution, the only one they are eligible for, with warnings and no runner-up', () => {
		const result = recommend(
			profile({ schoolCount: 25, schoolTypes: ['grundschule'], itStaff: 'none' }),
			catalog
		);
		expect(result.recommended).toBe('schultraegerloesung-basis');
		expect(result.eligible).toBe(true);
		expect(result.runnerUp).toBeUndefined();
		expect(failed(result)['musterloesung-gs']).toEqual(['kleiner-traeger']);
		expect(result.warnings.map((w) => w.code)).toEqual([
			'no-full-match',
			'many-schools-without-it-staff',
			'many-primary-schools'
		]);
		expect(result.warnings[0]!.message.de).toContain(
			'Kein oder kaum eigenes IT-Personal: passt nicht zur Zielgruppe'
		);
	});

	it('ranks every scenario of the catalog: the eligible ones first, then the others nearest first, ties going to the simpler scenario', () => {
		const result = recommend(
			profile({
				schoolCount: 7,
				schoolTypes: ['grundschule'],
				itStaff: 'small',
				serviceProvider: 'regional'
			}),
			catalog
		);
		expect(result.ranking.map((s) => s.rank)).toEqual([1, 2, 3, 4]);
		// basis 14 points is the only eligible one. erweitert (2 points) only lacks an IT
		// department, which a carrier can build; the Musterlösungen (11 points each) fail on the
		// schools, which it cannot change, and tie: the simpler one goes first.
		expect(result.ranking.map((s) => [s.scenario, s.eligible, s.score])).toEqual([
			['schultraegerloesung-basis', true, 14],
			['schultraegerloesung-erweitert', false, 2],
			['musterloesung-gs', false, 11],
			['musterloesung-plus', false, 11]
		]);
	});

	it('explains its method in German and English', () => {
		const { method } = recommend(profile(), catalog);
		expect(method.de).toContain('erfüllt 2 Punkte');
		expect(method.en).toContain('met 2 points');
	});
});

describe('parseProfile', () => {
	it('accepts a valid profile', () => {
		expect(parseProfile(profile())).toEqual({ ok: true, value: profile() });
	});

	it('rejects an invalid profile with errors that name the field', () => {
		const result = parseProfile(
			{ state: 'xx', schoolCount: 0, schoolTypes: [], itStaff: 'none', serviceProvider: 'none' },
			'profil.json'
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const pointers = result.problems.map((p) => p.pointer);
		expect(pointers).toEqual(expect.arrayContaining(['/state', '/schoolCount', '/schoolTypes']));
		const count = result.problems.find((p) => p.pointer === '/schoolCount')!;
		expect(count.message.de).toBe(
			'Die Anzahl der Schulen muss eine ganze Zahl von 1 bis 2000 sein.'
		);
		expect(count.message.en).toBe('The number of schools must be a whole number from 1 to 2000.');
	});

	it('names a missing field', () => {
		const { state: _state, ...withoutState } = profile();
		const result = parseProfile(withoutState);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.problems[0]).toMatchObject({
				pointer: '/state',
				message: { de: 'Es fehlt: Land.', en: 'Missing: state.' }
			});
	});
});
