/**
 * The UI words for the catalog's enumerations (who provides a block, confidence, availability,
 * coverage). One table per enumeration, so a new value fails the type check here.
 */
import { m } from '$lib/paraglide/messages.js';
import type {
	Availability,
	Confidence,
	Coverage,
	CoverageLevel,
	OverlapAction,
	Responsible
} from '$lib/schema/types';

type Label = () => string;

export const responsibleLabel: Record<Responsible, Label> = {
	carrier: m.responsible_carrier,
	state: m.responsible_state,
	both: m.responsible_both
};

export const overlapLabel: Record<OverlapAction, Label> = {
	'phase-out': m.overlap_phase_out,
	'switch-off': m.overlap_switch_off,
	connect: m.overlap_connect,
	redundant: m.overlap_redundant
};

export const confidenceLabel: Record<Confidence, Label> = {
	high: m.confidence_high,
	medium: m.confidence_medium,
	low: m.confidence_low
};

export const availabilityLabel: Record<Availability, Label> = {
	available: m.availability_available,
	pilot: m.availability_pilot,
	planned: m.availability_planned,
	'not-available': m.availability_not_available
};

export const basisLabel: Record<Coverage['basis'], Label> = {
	'iqsh-slide': m.basis_iqsh_slide,
	documented: m.basis_documented,
	inferred: m.basis_inferred
};

export const coverageLabel: Record<CoverageLevel, Label> = {
	full: m.coverage_full,
	partial: m.coverage_partial,
	none: m.coverage_none,
	unknown: m.coverage_unknown
};
