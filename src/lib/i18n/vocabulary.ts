/**
 * The one vocabulary of the catalog's and the engine's enumerations: gap statuses, who provides
 * a block, what an overlap means, whether a state service is available, how far something
 * covers a block. Every word is a Paraglide message (messages/de.json, messages/en.json), and
 * the screen, the CSV export, the DOCX and the CLI all take it from here, so they say the same.
 *
 * A label is a function: without an argument it speaks the UI's current language (components),
 * with a locale that language (exports, the CLI). One table per enumeration, so a new value fails
 * the type check here. Imports are relative: the CLI bundle and the Node-side tests use it too.
 */
import type { GapStatus, Outcome, PendingReason } from '../domain';
import { m } from '../paraglide/messages.js';
import type { Locale } from '../paraglide/runtime.js';
import type {
	Confidence,
	Coverage,
	CoverageLevel,
	OverlapAction,
	Responsible,
	ServiceStatus
} from '../schema/types';

export type { Locale };

/** A word in the UI's current language, or in `locale` when one is given. */
export type Label = (locale?: Locale) => string;

type Message = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

function labels<K extends string>(messages: Record<K, Message>): Record<K, Label> {
	const table = {} as Record<K, Label>;
	for (const key of Object.keys(messages) as K[])
		table[key] = (locale) => messages[key]({}, locale ? { locale } : {});
	return table;
}

/** The status of a block in the gap analysis ("Land deckt ab", "Offen (Lücke)", …). */
export const gapStatusLabel = labels<GapStatus>({
	state: m.gap_status_state,
	'state-partial': m.gap_status_state_partial,
	'state-pending': m.gap_status_state_pending,
	'state-offer': m.gap_status_state_offer,
	overlap: m.gap_status_overlap,
	solution: m.gap_status_solution,
	'solution-partial': m.gap_status_solution_partial,
	existing: m.gap_status_existing,
	gap: m.gap_status_gap,
	optional: m.gap_status_optional,
	removed: m.gap_status_removed
});

/** Who provides a block: "Schulträger", "Land", "Schulträger und Land". */
export const responsibleLabel = labels<Responsible>({
	carrier: m.responsible_carrier,
	state: m.responsible_state,
	both: m.responsible_both
});

/** What an overlap asks of the carrier, in two words ("anbinden"), next to a gap status. */
export const overlapActionLabel = labels<OverlapAction>({
	'phase-out': m.overlap_action_phase_out,
	'switch-off': m.overlap_action_switch_off,
	connect: m.overlap_action_connect,
	redundant: m.overlap_action_redundant,
	complement: m.overlap_action_complement
});

/** What an overlap means in a scenario, as a sentence (scenario and block pages). */
export const overlapLabel = labels<OverlapAction>({
	'phase-out': m.overlap_phase_out,
	'switch-off': m.overlap_switch_off,
	connect: m.overlap_connect,
	redundant: m.overlap_redundant,
	complement: m.overlap_complement
});

/** Whether a state service is available today ("allen Schulen zugänglich", "Pilotbetrieb", …). */
export const serviceStatusLabel = labels<ServiceStatus>({
	available: m.lnd_service_available,
	pilot: m.lnd_service_pilot,
	planned: m.lnd_service_planned,
	discontinued: m.lnd_service_discontinued
});

/** How far the state covers what a scenario expects from it, with why not where it does not. */
export type CoverageState = 'covered' | 'partial' | PendingReason | 'not-expected';

export const coverageStateLabel = labels<CoverageState>({
	covered: m.cov_state_covered,
	partial: m.cov_state_partial,
	pilot: m.cov_state_pilot,
	planned: m.cov_state_planned,
	discontinued: m.cov_state_discontinued,
	'no-service': m.cov_state_no_service,
	'switched-off': m.cov_state_switched_off,
	'not-expected': m.cov_state_not_expected
});

/** How far a system solution or a state service covers a block. */
export const coverageLabel = labels<CoverageLevel>({
	full: m.coverage_full,
	partial: m.coverage_partial,
	none: m.coverage_none,
	unknown: m.coverage_unknown
});

/** How a carrier meets one criterion of a scenario's target group. */
export const outcomeLabel = labels<Outcome>({
	met: m.wiz_outcome_met,
	partly: m.wiz_outcome_partly,
	'not-met': m.wiz_outcome_not_met
});

export const confidenceLabel = labels<Confidence>({
	high: m.confidence_high,
	medium: m.confidence_medium,
	low: m.confidence_low
});

/** On what a state service's coverage of a block rests. */
export const basisLabel = labels<Coverage['basis']>({
	'iqsh-slide': m.basis_iqsh_slide,
	documented: m.basis_documented,
	inferred: m.basis_inferred
});
