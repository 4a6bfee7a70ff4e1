/** The sentence that explains one criterion's outcome, e.g. "4 Schulen: liegt im Zielbereich 1–4". */
import type { LocalizedText, Profile, TargetGroup } from '../schema/types';
import {
	itStaffLabels,
	listLabels,
	schoolTypeLabels,
	serviceProviderLabels
} from './answer-labels';
import { providerStandsIn, type Criterion, type Outcome } from './recommendation-rules';

function rangeText(r: { min?: number; max?: number }): LocalizedText {
	if (r.min !== undefined && r.max !== undefined)
		return { de: `${r.min}–${r.max}`, en: `${r.min}–${r.max}` };
	if (r.min !== undefined) return { de: `ab ${r.min}`, en: `${r.min} or more` };
	if (r.max !== undefined) return { de: `bis ${r.max}`, en: `up to ${r.max}` };
	return { de: 'beliebig', en: 'any' };
}

const verdict: Record<Outcome, LocalizedText> = {
	met: { de: 'passt zur Zielgruppe', en: 'fits the target group' },
	partly: { de: 'passt teilweise zur Zielgruppe', en: 'partly fits the target group' },
	'not-met': { de: 'passt nicht zur Zielgruppe', en: 'does not fit the target group' }
};

export function describeCriterion(
	criterion: Criterion,
	outcome: Outcome,
	profile: Profile,
	group: TargetGroup
): LocalizedText {
	if (criterion === 'schoolCount') {
		const n = profile.schoolCount;
		const range = rangeText(group.schoolCount.met);
		// Say "assumption" only about numbers that are this tool's, not the slide's own range.
		const assumed =
			group.schoolCount.assumption !== undefined &&
			(group.schoolCount.assumptionScope !== 'partly' || outcome === 'partly');
		const assumption = assumed
			? {
					de: ' (Zahlen sind eine Annahme dieses Werkzeugs)',
					en: ' (the numbers are an assumption of this tool)'
				}
			: { de: '', en: '' };
		const schools = {
			de: n === 1 ? '1 Schule' : `${n} Schulen`,
			en: n === 1 ? '1 school' : `${n} schools`
		};
		const phrase: Record<Outcome, LocalizedText> = {
			met: { de: `liegt im Zielbereich ${range.de}`, en: `within the target range ${range.en}` },
			partly: {
				de: `nicht im Kernbereich ${range.de}, zählt als teilweise passend`,
				en: `not in the core range ${range.en}, counts as a partial fit`
			},
			'not-met': {
				de: `außerhalb des Zielbereichs ${range.de}`,
				en: `outside the target range ${range.en}`
			}
		};
		return {
			de: `${schools.de}: ${phrase[outcome].de}${assumption.de}`,
			en: `${schools.en}: ${phrase[outcome].en}${assumption.en}`
		};
	}
	if (criterion === 'schoolTypes') {
		const have = listLabels(profile.schoolTypes, schoolTypeLabels);
		const rule = group.schoolTypes;
		const wanted = listLabels(rule.types ?? [], schoolTypeLabels);
		const expectation: LocalizedText =
			rule.rule === 'only'
				? { de: `vorgesehen: nur ${wanted.de}`, en: `intended: only ${wanted.en}` }
				: rule.rule === 'includes'
					? {
							de: `vorgesehen: mindestens eine ${wanted.de.replace(', ', ' oder ')}`,
							en: `intended: at least one ${wanted.en.replace(', ', ' or ')}`
						}
					: {
							de: `vorgesehen: heterogene Schularten (mindestens ${rule.minDistinct ?? 2})`,
							en: `intended: heterogeneous school types (at least ${rule.minDistinct ?? 2})`
						};
		return {
			de: `${have.de}: ${verdict[outcome].de} (${expectation.de})`,
			en: `${have.en}: ${verdict[outcome].en} (${expectation.en})`
		};
	}
	const wording = group[criterion].label;
	const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
	if (criterion === 'itStaff' && profile.serviceProvider === 'municipal') {
		const provider = serviceProviderLabels.municipal;
		return {
			de: `${capital(provider.de)} zählt als eigene IT-Abteilung: ${verdict[outcome].de} („${wording.de}“)`,
			en: `${capital(provider.en)} counts as an own IT department: ${verdict[outcome].en} (“${wording.en}”)`
		};
	}
	if (criterion === 'itStaff' && providerStandsIn(profile, group)) {
		const provider = serviceProviderLabels[profile.serviceProvider];
		return {
			de: `Kein eigenes IT-Personal, aber ${provider.de}: steht laut Folie für fehlende IT-Ressourcen ein, ${verdict[outcome].de} („${group.serviceProvider.label.de}“)`,
			en: `No own IT staff, but ${provider.en}: stands in for missing IT resources as the slide says, ${verdict[outcome].en} (“${group.serviceProvider.label.en}”)`
		};
	}
	const label =
		criterion === 'itStaff'
			? itStaffLabels[profile.itStaff]
			: serviceProviderLabels[profile.serviceProvider];
	return {
		de: `${capital(label.de)}: ${verdict[outcome].de} („${wording.de}“)`,
		en: `${capital(label.en)}: ${verdict[outcome].en} (“${wording.en}”)`
	};
}
