/**
 * The IT staff a carrier needs, as a range with its formula and sources: central posts from a
 * real case (Magdeburg: 8 posts for 67 schools incl. branch sites) for the low end, plus on-site
 * support per school type from a published plan (Stuttgart) for the high end. The support levels
 * and what the scenario expects from the carrier come from catalog/staffing.json.
 */
import type { LocalizedText, Profile, SourceRef, StaffingFile } from '../schema/types';
import type { Cost } from '../schema/types';
import { numberFormat } from '../i18n/number-format';

export interface StaffingEstimate {
	/** Posts (full-time equivalents), rounded to one decimal. */
	low: number;
	high: number;
	central: number;
	onSite: number;
	formula: LocalizedText;
	/** Devices per post at both ends, when the profile gives devices. */
	devicesPerPost?: { low: number; high: number };
	levels: StaffingFile['levels'];
	expectation?: StaffingFile['scenarios'][string];
	/** Yearly staff cost at both ends, when a staff cost figure is in the catalog. */
	cost?: { low: number; high: number; figure: Cost };
	sources: SourceRef[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const de = (n: number) => numberFormat('de', { maximumFractionDigits: 2 }).format(n);
const en = (n: number) => numberFormat('en', { maximumFractionDigits: 2 }).format(n);

export function estimateStaffing(
	profile: Profile,
	scenario: string,
	staffing: StaffingFile,
	staffCost: Cost | undefined
): StaffingEstimate {
	const sites = profile.sites ?? profile.schoolCount;
	const ratio = staffing.central.posts / staffing.central.per;
	const central = sites * ratio;
	const factors = profile.schoolTypes.map((t) => staffing.onSite.perSchoolType[t] ?? 0);
	const factor = factors.reduce((a, b) => a + b, 0) / Math.max(1, factors.length);
	const onSite = profile.schoolCount * factor;
	const low = round1(central);
	const high = round1(central + onSite);
	const sitesWord = profile.sites
		? { de: 'Standorte (mit Außenstellen)', en: 'sites (incl. branch sites)' }
		: { de: 'Schulen', en: 'schools' };
	const formula: LocalizedText = {
		de: `Untergrenze (zentrale Administration, 2nd Level): ${sites} ${sitesWord.de} × ${staffing.central.posts}/${staffing.central.per} (Magdeburg) = ${de(round1(central))} Stellen. Obergrenze: dazu 1st-Level-Unterstützung vor Ort: ${profile.schoolCount} Schulen × ${de(round1(factor * 100) / 100)} (Mittel der Stuttgarter Faktoren Ihrer Schularten; ohne Angabe, wie viele Schulen welcher Art es sind) = ${de(round1(onSite))} Stellen; zusammen ${de(high)} Stellen.`,
		en: `Lower end (central administration, 2nd level): ${sites} ${sitesWord.en} × ${staffing.central.posts}/${staffing.central.per} (Magdeburg) = ${en(round1(central))} posts. Upper end: plus on-site 1st level support: ${profile.schoolCount} schools × ${en(round1(factor * 100) / 100)} (mean of Stuttgart's factors for your school types; the profile does not say how many schools of each type) = ${en(round1(onSite))} posts; together ${en(high)} posts.`
	};
	return {
		low,
		high,
		central: round1(central),
		onSite: round1(onSite),
		formula,
		...(profile.devices !== undefined && low > 0
			? {
					devicesPerPost: {
						low: Math.round(profile.devices / Math.max(high, 0.1)),
						high: Math.round(profile.devices / Math.max(low, 0.1))
					}
				}
			: {}),
		levels: staffing.levels,
		expectation: staffing.scenarios[scenario],
		...(staffCost
			? {
					cost: {
						low: Math.round(low * staffCost.min),
						high: Math.round(high * staffCost.max),
						figure: staffCost
					}
				}
			: {}),
		sources: [...staffing.central.sources, ...staffing.onSite.sources]
	};
}
