/**
 * The expert's expectation for the recommendation, written from the IQSH target-group slides
 * (seed 004, Folien 9, 11, 13, 15) before the rules were changed. Each row is one carrier, the
 * scenario a Medienberater would name first, and the one-line reason from the slides.
 *
 * Slide wording the reasons rest on:
 * - Musterlösung Grundschule SH: 1–4 Schulen; Grundschule oder Förderzentrum; IT gering bis gar
 *   nicht; Dienstleister nicht vorhanden.
 * - Musterlösung +: kleine Schulträger (2–5 Schulen); mindestens eine weiterführende Schule; IT
 *   vorhanden oder Aufbau einer kleinen IT; Dienstleister falls keine IT-Ressourcen vorhanden.
 * - Schulträgerlösung (basis): mittlere bis große Anzahl; stark heterogene Schularten; grundlegende
 *   IT-Ressourcen vorhanden; Dienstleister falls keine IT-Ressourcen vorhanden, kleinere
 *   Dienstleister werden ausgeschlossen.
 * - Schulträgerlösung (erweitert): große Anzahl (> 20); stark heterogen; grundlegende
 *   IT-Ressourcen vorhanden und erweiterbar; auf externe Dienstleister wird verzichtet
 *   (characteristics: qualifiziertes IT-Personal über den Mindestbedarf hinaus).
 */
import type { Profile } from '../../../src/lib/schema/types';

export interface ExpertCase {
	profile: Omit<Profile, 'name'>;
	expected: string;
	reason: string;
}

const gs = 'grundschule' as const;
const fz = 'foerderzentrum' as const;
const wf = 'weiterfuehrende-schule' as const;
const bb = 'berufsbildende-schule' as const;
const all = [gs, fz, wf, bb];

const GS = 'musterloesung-gs';
const PLUS = 'musterloesung-plus';
const BASIS = 'schultraegerloesung-basis';
const ERW = 'schultraegerloesung-erweitert';

const p = (
	state: Profile['state'],
	schoolCount: number,
	schoolTypes: Profile['schoolTypes'],
	itStaff: Profile['itStaff'],
	serviceProvider: Profile['serviceProvider']
) => ({ state, schoolCount, schoolTypes, itStaff, serviceProvider });

export const expertCases: ExpertCase[] = [
	{
		profile: p('sh', 1, [gs], 'none', 'none'),
		expected: GS,
		reason: 'one primary school, no IT, no provider: the ML GS target group word for word'
	},
	{
		profile: p('sh', 2, [gs], 'none', 'none'),
		expected: GS,
		reason: 'two primary schools without IT: ML GS (1–4, Grundschule, IT gar nicht)'
	},
	{
		profile: p('sh', 4, [gs, fz], 'small', 'none'),
		expected: GS,
		reason: 'four primary and special schools with a little IT: ML GS (IT "gering")'
	},
	{
		profile: p('sh', 1, [fz], 'none', 'none'),
		expected: GS,
		reason: 'a single Förderzentrum is named on the ML GS slide'
	},
	{
		profile: p('by', 3, [gs], 'none', 'regional'),
		expected: GS,
		reason:
			'three primary schools in Bavaria: the ML GS cut fits; the IQSH package itself is SH-only'
	},
	{
		profile: p('sh', 2, [gs], 'department', 'none'),
		expected: GS,
		reason:
			'two primary schools; an IT department is more than ML GS needs, but no other scenario fits'
	},
	{
		profile: p('sh', 6, [gs], 'none', 'none'),
		expected: GS,
		reason:
			'six primary schools without IT: only ML GS fits the school types; count slightly above 1–4'
	},
	{
		profile: p('sh', 1, [wf], 'none', 'none'),
		expected: PLUS,
		reason: 'a single Gymnasium is not a primary school: ML+ (at least one weiterführende Schule)'
	},
	{
		profile: p('sh', 2, [gs, wf], 'none', 'none'),
		expected: PLUS,
		reason: 'one Grundschule plus one Gemeinschaftsschule: ML+, never ML GS'
	},
	{
		profile: p('sh', 3, [gs, wf], 'small', 'none'),
		expected: PLUS,
		reason: 'three schools with a secondary school and a small IT: ML+ in every criterion'
	},
	{
		profile: p('ni', 5, [gs, wf, fz], 'small', 'regional'),
		expected: PLUS,
		reason: 'five mixed schools with a small IT: ML+ (kleine Schulträger 2–5)'
	},
	{
		profile: p('sh', 4, [gs, wf], 'none', 'regional'),
		expected: PLUS,
		reason: 'no IT, but a regional provider stands in ("falls keine IT-Ressourcen vorhanden")'
	},
	{
		profile: p('sh', 2, [wf], 'department', 'none'),
		expected: PLUS,
		reason:
			'two secondary schools with own IT: small carrier, ML+; erweitert needs more than 20 schools'
	},
	{
		profile: p('sh', 3, [wf, bb], 'department', 'municipal'),
		expected: PLUS,
		reason: 'three schools with a municipal IT provider (counts as own IT): ML+'
	},
	{
		profile: p('sh', 2, [gs, bb], 'none', 'municipal'),
		expected: PLUS,
		reason:
			'two schools incl. a vocational school, the municipal IT provider is the carrier’s own IT: ML+'
	},
	{
		profile: p('sh', 4, [wf, bb], 'small', 'large'),
		expected: PLUS,
		reason: 'four secondary and vocational schools with a small IT: ML+'
	},
	{
		profile: p('sh', 1, [wf], 'none', 'regional'),
		expected: PLUS,
		reason: 'one secondary school with a regional provider instead of own IT: ML+'
	},
	{
		profile: p('sh', 6, [gs, wf], 'none', 'none'),
		expected: PLUS,
		reason:
			'six mixed schools without IT: ML+ with a small IT to be built is the realistic start; basis needs IT resources'
	},
	{
		profile: p('sh', 8, [gs], 'none', 'none'),
		expected: BASIS,
		reason:
			'eight primary schools: too many for ML GS, no secondary school for ML+, no IT department for erweitert'
	},
	{
		profile: p('sh', 25, [gs, fz], 'none', 'none'),
		expected: BASIS,
		reason: 'a large primary-only carrier: basis (medium to large), it must build IT resources'
	},
	{
		profile: p('sh', 30, all, 'none', 'none'),
		expected: BASIS,
		reason:
			'a Kreis with 30 schools and no IT: basis, never erweitert (which needs an own IT department)'
	},
	{
		profile: p('sh', 30, all, 'none', 'large'),
		expected: BASIS,
		reason: 'no own IT, but a large provider: basis ("falls keine IT-Ressourcen vorhanden")'
	},
	{
		profile: p('sh', 30, all, 'none', 'regional'),
		expected: BASIS,
		reason:
			'30 schools are no small carrier (not ML+); basis, and the regional provider is excluded there'
	},
	{
		profile: p('sh', 40, all, 'small', 'regional'),
		expected: BASIS,
		reason: 'a city of 40 schools with a small IT: basis, not ML+ (2–5 schools)'
	},
	{
		profile: p('sh', 40, all, 'small', 'none'),
		expected: BASIS,
		reason: '40 schools with basic IT resources: basis; erweitert needs an IT department'
	},
	{
		profile: p('sh', 12, all, 'department', 'none'),
		expected: BASIS,
		reason: 'twelve mixed schools with own IT: a medium carrier, basis; erweitert starts above 20'
	},
	{
		profile: p('sh', 10, [gs, wf], 'small', 'none'),
		expected: BASIS,
		reason: 'ten schools with a small IT: medium carrier, too many for ML+'
	},
	{
		profile: p('sh', 7, [gs, wf], 'small', 'none'),
		expected: BASIS,
		reason: 'seven mixed schools with IT resources: medium carrier, basis'
	},
	{
		profile: p('bw', 20, [bb, fz], 'department', 'municipal'),
		expected: BASIS,
		reason:
			'a Landkreis with 20 vocational and special schools and the county’s own IT: basis (erweitert is > 20)'
	},
	{
		profile: p('sh', 25, all, 'small', 'none'),
		expected: BASIS,
		reason: '25 schools with only a small IT: basis; erweitert needs an IT department'
	},
	{
		profile: p('sh', 22, [gs, wf], 'small', 'none'),
		expected: BASIS,
		reason: 'more than 20 schools but a small IT: basis'
	},
	{
		profile: p('sh', 60, all, 'department', 'municipal'),
		expected: ERW,
		reason:
			'Lübeck: many schools, own IT plus the city’s own IT company (in-house, not external): erweitert'
	},
	{
		profile: p('sh', 60, all, 'department', 'none'),
		expected: ERW,
		reason: 'a large city with an IT department and no provider: erweitert word for word'
	},
	{
		profile: p('st', 67, all, 'department', 'regional'),
		expected: ERW,
		reason:
			'Magdeburg: 67 schools, 8 admin posts of its own; tendered support does not fit "verzichtet"'
	},
	{
		profile: p('nw', 80, all, 'department', 'regional'),
		expected: ERW,
		reason:
			'Bochum: 80 schools with own IT, external second-level support: erweitert with the provider caveat'
	},
	{
		profile: p('sh', 22, [gs, wf], 'department', 'none'),
		expected: ERW,
		reason: 'more than 20 schools and an IT department: erweitert'
	},
	{
		profile: p('nw', 60, all, 'none', 'municipal'),
		expected: ERW,
		reason:
			'a city with a municipal data centre as its IT (own IT, not external) and 60 schools: erweitert'
	}
];
