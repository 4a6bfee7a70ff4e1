/**
 * The statuses of the gap analysis, what each means and the recommended next step for each. Their
 * short labels are UI words and live in the vocabulary (src/lib/i18n/vocabulary.ts).
 */
import type { LocalizedText, OverlapAction } from '../schema/types';

export const gapStatuses = [
	'state',
	'state-partial',
	'state-pending',
	'state-offer',
	'overlap',
	'solution',
	'solution-partial',
	'existing',
	'gap',
	'optional',
	'removed'
] as const;
export type GapStatus = (typeof gapStatuses)[number];

/** Statuses that leave work with the carrier: each becomes a point of its to-do list. */
export const openStatuses: ReadonlySet<GapStatus> = new Set([
	'state-partial',
	'state-pending',
	'state-offer',
	'overlap',
	'solution-partial',
	'gap'
]);

/**
 * Statuses of blocks set aside: optional and not chosen, or removed by the carrier. Neither work
 * nor covered; lists of what the carrier runs or must do leave them out.
 */
export const setAsideStatuses: ReadonlySet<GapStatus> = new Set(['optional', 'removed']);

/** What each status means, for the legend on /bausteine, the README and the CLI's help. */
export const gapStatusMeanings: Record<GapStatus, LocalizedText> = {
	state: {
		de: 'Das Land ist zuständig, und ein heute verfügbarer Landesdienst deckt den Baustein vollständig ab.',
		en: 'The state is responsible, and a state service available today covers the block fully.'
	},
	'state-partial': {
		de: 'Ein verfügbarer Landesdienst deckt nur einen Teil ab (z. B. E-Mail nur für Lehrkräfte); den Rest behält der Schulträger.',
		en: 'An available state service covers only part of it (e.g. e-mail for teachers only); the rest stays with the carrier.'
	},
	'state-pending': {
		de: 'Das Land soll den Baustein stellen, sein Dienst ist aber erst geplant, in der Pilotierung oder fehlt: Der Schulträger muss überbrücken.',
		en: 'The state is meant to provide the block, but its service is only planned, piloted or missing: the carrier must bridge the gap.'
	},
	'state-offer': {
		de: 'Der Schulträger ist zuständig, das Land bietet aber schon einen Dienst dafür an: Entscheiden Sie, ob Sie ihn nutzen oder eine eigene Lösung betreiben.',
		en: 'The carrier is responsible, but the state already offers a service for it: decide whether to use it or run your own.'
	},
	overlap: {
		de: 'Schulträger und Land stellen den Baustein beide; das Szenario sagt, was das bedeutet (auslaufen lassen, abschalten, anbinden, bewusst parallel, ergänzen).',
		en: 'Carrier and state both provide the block; the scenario says what that means (phase out, switch off, connect, run in parallel, complement).'
	},
	solution: {
		de: 'Eine gewählte Systemlösung deckt den Baustein vollständig ab.',
		en: 'A chosen system solution covers the block fully.'
	},
	'solution-partial': {
		de: 'Gewählte Systemlösungen decken nur einen Teil ab: Was fehlt, bleibt offen.',
		en: 'Chosen system solutions cover only part of it: what is missing stays open.'
	},
	existing: {
		de: 'Laut Ihrem Bestand schon vorhanden.',
		en: 'Already in place according to your inventory.'
	},
	gap: {
		de: 'Der Schulträger ist zuständig, und nichts deckt den Baustein ab.',
		en: 'The carrier is responsible, and nothing covers the block.'
	},
	optional: {
		de: 'Das Szenario sieht den Baustein nur optional vor.',
		en: 'The scenario provides for the block only as an option.'
	},
	removed: {
		de: 'Von Ihnen aus dem Szenario entfernt.',
		en: 'Removed from the scenario by you.'
	}
};

export interface StepContext {
	/** The block's name. */
	block: LocalizedText;
	/** What to do when the block is open, from the catalog (per block or per category). */
	openStep: LocalizedText;
	/** Technical blocks can be provided by a system solution; non-technical ones cannot. */
	technical: boolean;
	/** Names of the state's available services, else of all its services for the block. */
	services: string;
	pendingStatus: LocalizedText;
	/** Where the state covers only partly: what stays with the carrier. */
	carrierKeeps?: LocalizedText;
	/** Chosen solutions that cover the block fully or partly. */
	solutions: string;
	/** Catalog solutions offered in the carrier's state that cover the block fully. */
	candidates: string;
	planned: boolean;
	existing: boolean;
	/** The block is shared with the state, but the state does not deliver its part yet. */
	stateExpectedButMissing: boolean;
}

const t = (de: string, en: string): LocalizedText => ({ de, en });
const join = (...parts: LocalizedText[]) =>
	t(
		parts
			.map((p) => p.de)
			.filter(Boolean)
			.join(' '),
		parts
			.map((p) => p.en)
			.filter(Boolean)
			.join(' ')
	);
const none = t('', '');

function candidatesHint(ctx: StepContext): LocalizedText {
	if (ctx.solutions)
		return t(
			`Ihre gewählte Lösung ${ctx.solutions} deckt davon einen Teil ab.`,
			`Your chosen solution ${ctx.solutions} covers part of it.`
		);
	if (ctx.technical && ctx.candidates)
		return t(
			`Vollständig abdecken würden es z. B. ${ctx.candidates}.`,
			`It would be fully covered by, e.g., ${ctx.candidates}.`
		);
	return none;
}

function overlapStep(action: OverlapAction | undefined, ctx: StepContext): LocalizedText {
	switch (action) {
		case 'phase-out':
			return t(
				`Eigene doppelte technische Lösung auslaufen lassen und auf ${ctx.services} umstellen.`,
				`Phase out your own duplicate technical solution and move to ${ctx.services}.`
			);
		case 'switch-off':
			return t(
				`Doppelten eigenen Dienst abschalten und ${ctx.services} nutzen.`,
				`Switch off your duplicate service and use ${ctx.services}.`
			);
		case 'connect':
			return t(
				`Eigene Lösung behalten und an ${ctx.services} anbinden (kommunale Identitäten und die eigene Infrastruktur bleiben selbstverwaltet).`,
				`Keep your own solution and connect it to ${ctx.services} (municipal identities and your own infrastructure stay self-managed).`
			);
		case 'complement':
			return t(
				`Ergänzen, nicht ersetzen: Das Land regelt seine Dienste (${ctx.services}); ${ctx.block.de} für Ihre eigenen Systeme (Netz, WLAN, Geräte, MDM, Server) bleibt Ihre Aufgabe. ${ctx.openStep.de}`,
				`Complement, do not replace: the state covers its own services (${ctx.services}); ${ctx.block.en} for your own systems (network, Wi-Fi, devices, MDM, servers) stays your task. ${ctx.openStep.en}`
			);
		default:
			return t(
				`Eigene Lösung bewusst parallel zu ${ctx.services} betreiben, damit Schulen auch bei Ausfall des Landesdienstes arbeiten können.`,
				`Run your own solution in parallel to ${ctx.services} on purpose, so schools can keep working if the state service fails.`
			);
	}
}

/** The next step a carrier should take for a block, in plain language. */
export function nextStep(
	status: GapStatus,
	action: OverlapAction | undefined,
	ctx: StepContext
): LocalizedText {
	switch (status) {
		case 'state':
			return t(
				`Landesangebot nutzen (${ctx.services}); Zugang und Einführung mit den Schulen abstimmen.`,
				`Use the state's offer (${ctx.services}); agree access and introduction with the schools.`
			);
		case 'state-partial':
			return join(
				t(
					`Das Land deckt nur einen Teil ab (${ctx.services}). Bei Ihnen bleibt: ${ctx.carrierKeeps?.de ?? 'der Rest des Bausteins.'}`,
					`The state covers only part of it (${ctx.services}). Left with you: ${ctx.carrierKeeps?.en ?? 'the rest of the block.'}`
				),
				candidatesHint(ctx)
			);
		case 'state-pending':
			return ctx.services
				? t(
						`Das Land soll den Baustein stellen, ${ctx.services} ist aber ${ctx.pendingStatus.de}. Übergangslösung planen und Zeitplan beim Land erfragen.`,
						`The state is meant to provide it, but ${ctx.services} is ${ctx.pendingStatus.en}. Plan an interim solution and ask the state for its schedule.`
					)
				: t(
						'Das Land soll den Baustein stellen, bietet in Ihrem Land aber keinen Dienst dafür an. Selbst bereitstellen oder beim Land nachfragen.',
						'The state is meant to provide it but offers no service for it in your state. Provide it yourself or ask the state.'
					);
		case 'state-offer':
			if (!ctx.technical)
				return t(
					`Das Land bietet ${ctx.services} an: Vorlagen und Regeln des Landes übernehmen und für Ihre eigenen Systeme (Netz, Geräte, MDM, Server) ergänzen. ${ctx.openStep.de}`,
					`The state offers ${ctx.services}: adopt the state's templates and rules and complement them for your own systems (network, devices, MDM, servers). ${ctx.openStep.en}`
				);
			return join(
				ctx.existing
					? t(
							`Das Land bietet ${ctx.services} an. Entscheiden Sie: Ihre vorhandene Lösung behalten oder auf das Landesangebot wechseln.`,
							`The state offers ${ctx.services}. Decide: keep your existing solution or move to the state's offer.`
						)
					: t(
							`Das Land bietet ${ctx.services} an. Entscheiden Sie: das Landesangebot nutzen oder eine eigene Lösung${ctx.solutions ? ` (${ctx.solutions})` : ''} betreiben.`,
							`The state offers ${ctx.services}. Decide: use the state's offer or run your own solution${ctx.solutions ? ` (${ctx.solutions})` : ''}.`
						),
				ctx.carrierKeeps
					? t(
							`Das Landesangebot deckt nur einen Teil ab; bei Ihnen bliebe: ${ctx.carrierKeeps.de}`,
							`The state's offer covers only part of it; left with you: ${ctx.carrierKeeps.en}`
						)
					: none
			);
		case 'overlap':
			return overlapStep(action, ctx);
		case 'solution':
			return t(
				`Mit ${ctx.solutions} umsetzen: Einrichtung, Betrieb und Zuständigkeit planen.`,
				`Implement with ${ctx.solutions}: plan set-up, operation and responsibility.`
			);
		case 'solution-partial':
			return t(
				`${ctx.solutions} deckt nur einen Teil ab: Klären Sie, was fehlt, und schließen Sie den Rest. ${ctx.openStep.de}`,
				`${ctx.solutions} covers only part of it: find out what is missing and close the rest. ${ctx.openStep.en}`
			);
		case 'existing':
			return t(
				'Vorhanden: Betrieb, Dokumentation und Zuständigkeit sichern.',
				'In place: secure operation, documentation and responsibility.'
			);
		case 'gap': {
			const bridge = ctx.stateExpectedButMissing
				? t(
						` Das Land liefert seinen Teil noch nicht (${ctx.services || 'kein Dienst'}${ctx.pendingStatus.de ? `: ${ctx.pendingStatus.de}` : ''}).`,
						` The state does not deliver its part yet (${ctx.services || 'no service'}${ctx.pendingStatus.en ? `: ${ctx.pendingStatus.en}` : ''}).`
					)
				: none;
			const head = ctx.planned
				? t(
						'Geplant, aber noch nicht umgesetzt: Umsetzung terminieren und Mittel einplanen.',
						'Planned but not in place: schedule the work and budget for it.'
					)
				: ctx.openStep;
			return t(
				`${head.de}${bridge.de} ${candidatesHint(ctx).de}`.trim(),
				`${head.en}${bridge.en} ${candidatesHint(ctx).en}`.trim()
			);
		}
		case 'optional':
			return t(
				'Optional: nur aufnehmen, wenn Ihre Schulen es brauchen.',
				'Optional: add it only if your schools need it.'
			);
		case 'removed':
			return t('Von Ihnen entfernt.', 'Removed by you.');
	}
}
