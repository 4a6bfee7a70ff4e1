/** The statuses of the gap analysis and the recommended next step for each. */
import type { LocalizedText, OverlapAction } from '../schema/types';

export const gapStatuses = [
	'state',
	'state-pending',
	'solution',
	'existing',
	'gap',
	'overlap',
	'optional',
	'removed'
] as const;
export type GapStatus = (typeof gapStatuses)[number];

export const gapStatusLabels: Record<GapStatus, LocalizedText> = {
	state: { de: 'Land deckt ab', en: 'Covered by the state' },
	'state-pending': {
		de: 'Land vorgesehen, noch nicht verfügbar',
		en: 'State expected, not yet available'
	},
	solution: { de: 'Durch Systemlösung abgedeckt', en: 'Covered by a system solution' },
	existing: { de: 'Bereits vorhanden', en: 'Already in place' },
	gap: { de: 'Offen (Lücke)', en: 'Open (gap)' },
	overlap: { de: 'Überschneidung', en: 'Overlap' },
	optional: { de: 'Optional', en: 'Optional' },
	removed: { de: 'Entfernt', en: 'Removed' }
};

export const overlapActionLabels: Record<OverlapAction, LocalizedText> = {
	'phase-out': { de: 'auslaufen lassen', en: 'phase out' },
	'switch-off': { de: 'abschalten', en: 'switch off' },
	connect: { de: 'anbinden', en: 'connect' },
	redundant: { de: 'bewusst redundant', en: 'intended redundancy' }
};

interface StepContext {
	services: string;
	solutions: string;
	planned: boolean;
	pendingStatus: string;
	stateExpectedButMissing: boolean;
}

/** The next step a carrier should take for a block, in plain language. */
export function nextStep(
	status: GapStatus,
	action: OverlapAction | undefined,
	ctx: StepContext
): LocalizedText {
	switch (status) {
		case 'state':
			return {
				de: `Landesangebot nutzen (${ctx.services}); Zugang und Einführung mit den Schulen abstimmen.`,
				en: `Use the state's offer (${ctx.services}); agree access and introduction with the schools.`
			};
		case 'state-pending':
			return ctx.services
				? {
						de: `Das Land sieht den Baustein vor, ${ctx.services} ist in dieser Phase aber ${ctx.pendingStatus}. Übergangslösung planen und Zeitplan beim Land erfragen.`,
						en: `The state is expected to provide it, but ${ctx.services} is ${ctx.pendingStatus} in this phase. Plan an interim solution and ask the state for its schedule.`
					}
				: {
						de: 'Das Land sieht den Baustein vor, bietet in Ihrem Land aber keinen Dienst dafür an. Selbst bereitstellen oder beim Land nachfragen.',
						en: 'The state is expected to provide it but offers no service for it in your state. Provide it yourself or ask the state.'
					};
		case 'solution':
			return {
				de: `Mit ${ctx.solutions} umsetzen; bei teilweiser Abdeckung prüfen, was fehlt.`,
				en: `Implement with ${ctx.solutions}; where coverage is partial, check what is missing.`
			};
		case 'existing':
			return {
				de: 'Vorhanden: Betrieb, Dokumentation und Zuständigkeit sichern.',
				en: 'In place: secure operation, documentation and responsibility.'
			};
		case 'gap': {
			const bridge = ctx.stateExpectedButMissing
				? {
						de: ' Das Land bietet seinen Teil in dieser Phase noch nicht an.',
						en: ' The state does not offer its part in this phase yet.'
					}
				: { de: '', en: '' };
			return ctx.planned
				? {
						de: `Geplant, aber noch nicht umgesetzt: Umsetzung terminieren und Mittel einplanen.${bridge.de}`,
						en: `Planned but not in place: schedule the work and budget for it.${bridge.en}`
					}
				: {
						de: `Offen: Lösung wählen (Systemlösung, Dienstleister oder Kooperation mit anderen Trägern) und einplanen.${bridge.de}`,
						en: `Open: choose a solution (system solution, provider or cooperation with other carriers) and plan it.${bridge.en}`
					};
		}
		case 'overlap':
			switch (action) {
				case 'phase-out':
					return {
						de: `Eigene doppelte Lösung auslaufen lassen und auf ${ctx.services} umstellen.`,
						en: `Phase out your own duplicate solution and move to ${ctx.services}.`
					};
				case 'switch-off':
					return {
						de: `Doppelten eigenen Dienst abschalten und ${ctx.services} nutzen.`,
						en: `Switch off your duplicate service and use ${ctx.services}.`
					};
				case 'connect':
					return {
						de: `Eigene Lösung behalten und an ${ctx.services} anbinden (kommunale Identitäten bleiben selbstverwaltet).`,
						en: `Keep your own solution and connect it to ${ctx.services} (municipal identities stay self-managed).`
					};
				default:
					return {
						de: `Eigene Lösung bewusst parallel zu ${ctx.services} betreiben, damit Schulen auch bei Ausfall des Landesdienstes arbeiten können.`,
						en: `Run your own solution in parallel to ${ctx.services} on purpose, so schools can keep working if the state service fails.`
					};
			}
		case 'optional':
			return {
				de: 'Optional: nur aufnehmen, wenn Ihre Schulen es brauchen.',
				en: 'Optional: add it only if your schools need it.'
			};
		case 'removed':
			return { de: 'Von Ihnen entfernt.', en: 'Removed by you.' };
	}
}
