/**
 * The scoring rules of the recommendation, in one place. These are product decisions, not facts
 * from the seed: the IQSH's target groups overlap and can contradict each other, so each
 * criterion is scored (met / partly / not met), weighted, and the result is explained. The
 * thresholds per scenario (school count ranges, accepted answers) are catalog data in
 * catalog/scenarios/*.json; README.md ("Wie die Empfehlung rechnet") documents all of this.
 */
import type { Profile } from '../schema/types';

export type Criterion = 'schoolCount' | 'schoolTypes' | 'itStaff' | 'serviceProvider';
export type Outcome = 'met' | 'partly' | 'not-met';

export const scoringRules = {
	/** Points per outcome of one criterion. */
	points: { met: 2, partly: 1, 'not-met': 0 } satisfies Record<Outcome, number>,
	/**
	 * Weight of each criterion. School count and own IT staff decide most about what a carrier
	 * can run; the provider question is the least decisive (the seed names it as a fallback).
	 */
	weights: { schoolCount: 3, itStaff: 3, schoolTypes: 2, serviceProvider: 1 } satisfies Record<
		Criterion,
		number
	>,
	/** A runner-up whose share of the maximum score is at most this far behind counts as close. */
	closeMargin: 0.12,
	/** Criteria in the order they are explained. */
	criteria: ['schoolCount', 'schoolTypes', 'itStaff', 'serviceProvider'] as Criterion[]
} as const;

/**
 * Profiles that no scenario of the concept serves well, whatever the score says. Each rule is
 * data: a condition on the profile and the warning shown.
 */
export interface ContradictionRule {
	id: string;
	applies: (profile: Profile) => boolean;
	message: { de: string; en: string };
}

const primaryOnly = (p: Profile) =>
	p.schoolTypes.every((t) => t === 'grundschule' || t === 'foerderzentrum');

export const contradictionRules: ContradictionRule[] = [
	{
		id: 'many-schools-without-it-staff',
		applies: (p) => p.schoolCount >= 6 && p.itStaff === 'none',
		message: {
			de: 'Viele Schulen, aber kein eigenes IT-Personal: Die Szenarien für größere Träger setzen eigene IT-Ressourcen voraus. Planen Sie IT-Personal, einen Dienstleister oder eine Kooperation mit anderen Trägern.',
			en: 'Many schools but no own IT staff: the scenarios for larger carriers assume own IT resources. Plan IT staff, a service provider or a cooperation with other carriers.'
		}
	},
	{
		id: 'many-primary-schools',
		applies: (p) => p.schoolCount > 4 && primaryOnly(p),
		message: {
			de: 'Nur Grund- oder Förderschulen, aber mehr als vier: Die Musterlösung Grundschule SH ist für bis zu vier Schulen gedacht, die größeren Szenarien für gemischte Schularten. Keines passt genau.',
			en: 'Only primary or special schools, but more than four: the Musterlösung Grundschule SH is meant for up to four schools, the larger scenarios for mixed school types. None fits exactly.'
		}
	},
	{
		id: 'large-carrier-with-small-it',
		applies: (p) => p.schoolCount > 20 && p.itStaff === 'small',
		message: {
			de: 'Mehr als 20 Schulen mit kleiner IT: Die Schulträgerlösung (erweitert) verlangt qualifiziertes IT-Personal über den Mindestbedarf hinaus.',
			en: 'More than 20 schools with a small IT: the Schulträgerlösung (erweitert) requires qualified IT staff beyond the minimum.'
		}
	}
];
