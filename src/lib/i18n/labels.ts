/**
 * The UI words for the catalog's enumerations (who provides a block, confidence, service status,
 * coverage). One table per enumeration, so a new value fails the type check here.
 */
import { m } from '$lib/paraglide/messages.js';
import type {
	Confidence,
	Coverage,
	CoverageLevel,
	OverlapAction,
	Responsible,
	ServiceStatus
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
	redundant: m.overlap_redundant,
	complement: m.overlap_complement
};

export const confidenceLabel: Record<Confidence, Label> = {
	high: m.confidence_high,
	medium: m.confidence_medium,
	low: m.confidence_low
};

export const serviceStatusLabel: Record<ServiceStatus, Label> = {
	available: m.lnd_service_available,
	pilot: m.lnd_service_pilot,
	planned: m.lnd_service_planned,
	discontinued: m.lnd_service_discontinued
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
