/**
 * The plan's own rules, in one place: the effort class of a measure and who does it. They are
 * this tool's expert judgement (no source gives effort classes), and the UI says so.
 */
import type { LocalizedText, Profile, ServiceProvider } from '../schema/types';
import type { GapRow } from './analyze-gaps';

export type EffortClass = 'S' | 'M' | 'L';

/** Quarters a measure of each class takes. */
export const effortQuarters: Record<EffortClass, number> = { S: 1, M: 2, L: 4 };

export const effortLabels: Record<EffortClass, LocalizedText> = {
	S: { de: 'klein (1 Quartal)', en: 'small (1 quarter)' },
	M: { de: 'mittel (2 Quartale)', en: 'medium (2 quarters)' },
	L: { de: 'groß (4 Quartale)', en: 'large (4 quarters)' }
};

export const effortRuleText: LocalizedText = {
	de: 'Aufwandsklassen sind eine Annahme dieses Werkzeugs: Bau und Ausstattung (Netz, Präsentationstechnik, Geräte, Internetanbindung) groß, ab 5 Schulen; Entscheidungen über ein Landesangebot, Abschalten und nicht-technische Regelungen klein; Personal gewinnen und technische Dienste einführen mittel, ab 21 Schulen groß.',
	en: 'Effort classes are an assumption of this tool: building and equipment (network, presentation technology, devices, internet uplink) large from 5 schools; decisions on a state offer, switching off and non-technical rules small; hiring staff and introducing technical services medium, large from 21 schools.'
};

const buildBlocks = new Set([
	'lan-wlan-infrastruktur',
	'praesentation',
	'endgeraete',
	'internetzugang'
]);

export function effortOf(row: GapRow, technical: boolean, profile: Profile): EffortClass {
	if (buildBlocks.has(row.block)) return profile.schoolCount >= 5 ? 'L' : 'M';
	if (row.status === 'state-offer') return 'S';
	if (row.status === 'overlap' && row.action !== 'connect') return 'S';
	if (row.block === 'personalressource') return 'M';
	if (!technical) return 'S';
	return profile.schoolCount > 20 ? 'L' : 'M';
}

export type PartyKind = 'carrier' | 'solution' | 'provider' | 'cooperation' | 'state';

export interface Party {
	kind: PartyKind;
	name: LocalizedText;
}

const providerNames: Record<Exclude<ServiceProvider, 'none'>, LocalizedText> = {
	regional: { de: 'regionaler Dienstleister', en: 'regional provider' },
	large: { de: 'großer Dienstleister', en: 'large provider' },
	municipal: { de: 'kommunaler IT-Dienstleister', en: 'municipal IT provider' }
};

const carrier: Party = { kind: 'carrier', name: { de: 'Schulträger', en: 'School carrier' } };

export interface WhoContext {
	profile: Profile;
	/** Names of the state's services for the block. */
	stateServices: string;
	/** Names of chosen solutions that cover the block fully or partly. */
	solutions: string;
	/** Cooperation with other carriers suits this measure. */
	cooperation: boolean;
}

/** Who does a measure: the carrier, a chosen solution, its provider, a cooperation, the state. */
export function whoOf(row: GapRow, ctx: WhoContext): Party[] {
	const state: Party = {
		kind: 'state',
		name: {
			de: `Land${ctx.stateServices ? ` (${ctx.stateServices})` : ''}`,
			en: `State${ctx.stateServices ? ` (${ctx.stateServices})` : ''}`
		}
	};
	const parties: Party[] = [carrier];
	if (['state-offer', 'state-pending', 'state-partial', 'overlap'].includes(row.status))
		parties.push(state);
	if (ctx.solutions)
		parties.push({ kind: 'solution', name: { de: ctx.solutions, en: ctx.solutions } });
	if (ctx.profile.serviceProvider !== 'none' && row.status !== 'state-offer')
		parties.push({ kind: 'provider', name: providerNames[ctx.profile.serviceProvider] });
	if (ctx.cooperation)
		parties.push({
			kind: 'cooperation',
			name: { de: 'Kooperation mit anderen Schulträgern', en: 'Cooperation with other carriers' }
		});
	return parties;
}
