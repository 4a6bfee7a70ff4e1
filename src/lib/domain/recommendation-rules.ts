/**
 * The scoring rules of the recommendation, in one place. These are product decisions, not facts
 * from the seed: the IQSH's target groups overlap and can contradict each other, so each
 * criterion is scored (met / partly / not met), weighted, and the result is explained. The
 * thresholds per scenario (school count ranges, accepted answers) are catalog data in
 * catalog/scenarios/*.json; README.md ("Wie die Empfehlung rechnet") documents all of this.
 */
import type { ItStaff, Profile, TargetGroup } from '../schema/types';

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
 * The carrier's own IT as the scenarios read it: a municipal IT provider (a Zweckverband, a
 * municipal data centre, the city's own IT company) is in-house, so it counts as an IT
 * department, not as an external provider (issue 10; Lübeck's Travekom, seed 004 §2.1).
 */
export function effectiveItStaff(profile: Profile): ItStaff {
	return profile.serviceProvider === 'municipal' ? 'department' : profile.itStaff;
}

/**
 * Whether the carrier's provider stands in for missing own IT in this target group: the slides
 * of Musterlösung + and basis say "Dienstleister: falls keine IT-Ressourcen vorhanden" (basis:
 * smaller providers excluded), which the catalog records as `itStaff.substitutes`.
 */
export function providerStandsIn(profile: Profile, group: TargetGroup): boolean {
	return (
		effectiveItStaff(profile) === 'none' &&
		(group.itStaff.substitutes ?? []).includes(profile.serviceProvider)
	);
}

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
		applies: (p) =>
			p.schoolCount >= 6 && effectiveItStaff(p) === 'none' && p.serviceProvider !== 'large',
		message: {
			de: 'Viele Schulen, aber weder eigenes IT-Personal noch ein großer Dienstleister: Die Schulträgerlösung setzt grundlegende IT-Ressourcen voraus. Planen Sie IT-Personal, einen großen oder kommunalen Dienstleister (z. B. einen Zweckverband) oder eine Kooperation mit anderen Trägern.',
			en: 'Many schools, but neither own IT staff nor a large provider: the Schulträgerlösung assumes basic IT resources. Plan IT staff, a large or municipal provider (e.g. a Zweckverband) or a cooperation with other carriers.'
		}
	},
	{
		id: 'many-primary-schools',
		applies: (p) => p.schoolCount > 4 && primaryOnly(p),
		message: {
			de: 'Nur Grund- oder Förderschulen, aber mehr als vier: Die Musterlösung Grundschule SH ist für 1 – 4 Schulen gedacht, die Schulträgerlösung für heterogene Schularten. Keines passt genau.',
			en: 'Only primary or special-needs schools, but more than four: the Musterlösung Grundschule SH is meant for 1–4 schools, the Schulträgerlösung for heterogeneous school types. None fits exactly.'
		}
	},
	{
		id: 'large-carrier-with-small-it',
		applies: (p) => p.schoolCount > 20 && effectiveItStaff(p) === 'small',
		message: {
			de: 'Mehr als 20 Schulen mit kleiner IT: Die Schulträgerlösung (erweitert) verlangt eine eigene IT-Abteilung mit qualifiziertem Personal über den Mindestbedarf hinaus; bis dahin passt die Schulträgerlösung (basis).',
			en: 'More than 20 schools with a small IT: the Schulträgerlösung (erweitert) requires an own IT department with qualified staff beyond the minimum; until then the Schulträgerlösung (basis) fits.'
		}
	}
];
