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
		expect(result.runnerUp).toBeUndefined();
		expect(result.warnings).toEqual([]);
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
		expect(outcomes(result)['schultraegerloesung-basis']).toEqual(['not-met', 'met', 'met', 'met']);
		expect(reasons(result, 'schultraegerloesung-erweitert')[0]).toBe(
			'60 Schulen: liegt im Zielbereich ab 21'
		);
		expect(reasons(result, 'schultraegerloesung-basis')[0]).toBe(
			'60 Schulen: außerhalb des Zielbereichs 6–20 (Zahlen sind eine Annahme dieses Werkzeugs)'
		);
		expect(result.ranking[0]!.score).toBe(result.ranking[0]!.maxScore);
	});

	it('recommends the Schulträgerlösung (erweitert) to Magdeburg (67 schools, own admins plus external providers) and says the provider only partly fits', () => {
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
			'partly'
		]);
		expect(reasons(result, 'schultraegerloesung-erweitert')[3]).toMatch(
			/^Ein großer Dienstleister oder Rahmenvertrag: passt teilweise zur Zielgruppe/
		);
		expect(result.warnings).toEqual([]);
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
		expect(outcomes(result)).toEqual({
			'schultraegerloesung-basis': ['met', 'met', 'partly', 'met'],
			'musterloesung-plus': ['not-met', 'met', 'met', 'partly'],
			'schultraegerloesung-erweitert': ['not-met', 'met', 'not-met', 'partly'],
			'musterloesung-gs': ['not-met', 'partly', 'partly', 'not-met']
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

	it('does not pretend certainty for 25 primary schools with no IT staff: warnings and a close runner-up', () => {
		const result = recommend(
			profile({ schoolCount: 25, schoolTypes: ['grundschule'], itStaff: 'none' }),
			catalog
		);
		expect(result.warnings.map((w) => w.code)).toEqual([
			'no-full-match',
			'close-runner-up',
			'many-schools-without-it-staff',
			'many-primary-schools'
		]);
		expect(result.runnerUp).toBeDefined();
		expect(result.warnings[0]!.message.de).toContain('25 Schulen: außerhalb des Zielbereichs 1–4');
	});

	it('ranks every scenario of the catalog, ties going to the simpler scenario', () => {
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
		expect(new Set(result.ranking.map((s) => s.scenario)).size).toBe(4);
		for (let i = 1; i < result.ranking.length; i++)
			expect(result.ranking[i - 1]!.score).toBeGreaterThanOrEqual(result.ranking[i]!.score);
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
