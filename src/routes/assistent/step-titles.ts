/** The heading of each step of the assistant. */
import { m } from '$lib/paraglide/messages.js';
import type { StepId } from '$lib/wizard/steps';

const titles: Record<StepId, () => string> = {
	schulen: m.wiz_q_schools,
	schularten: m.wiz_q_types,
	'it-personal': m.wiz_q_staff,
	dienstleister: m.wiz_q_provider,
	land: m.wiz_q_state,
	empfehlung: m.wiz_rec_title,
	bausteine: m.wiz_blocks_title,
	luecken: m.wiz_gaps_title,
	loesungen: m.wiz_solutions_title,
	massnahmen: m.plan_title,
	ergebnis: m.wiz_result_title
};

export const stepTitle = (step: StepId) => titles[step]();
