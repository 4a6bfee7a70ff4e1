/** The UI words for a state service's enumerations and for a cell of the states grid. */
import type { StateCell } from '$lib/domain/state-comparison';
import { m } from '$lib/paraglide/messages.js';
import type { Service } from '$lib/schema/types';

type Label = () => string;

export const mandatoryLabel: Record<Service['mandatory'], Label> = {
	mandatory: m.lnd_mandatory_mandatory,
	voluntary: m.lnd_mandatory_voluntary,
	unknown: m.lnd_mandatory_unknown
};

export const audienceLabel: Record<Service['audience'][number], Label> = {
	teachers: m.lnd_audience_teachers,
	pupils: m.lnd_audience_pupils,
	parents: m.lnd_audience_parents,
	admins: m.lnd_audience_admins
};

/** "vollständig abgedeckt", "nur Pilot oder geplant", … */
export function cellStatusLabel(cell: Pick<StateCell, 'status' | 'level'>): string {
	if (cell.status === 'covered')
		return cell.level === 'full' ? m.lnd_status_covered_full() : m.lnd_status_covered_partial();
	return cell.status === 'pending' ? m.lnd_status_pending() : m.lnd_status_none();
}
