/**
 * The heading of each step of the assistant, and the introduction of the steps whose
 * introduction is the same for every carrier.
 */
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

/**
 * Introductions that do not depend on the configuration. The step frame shows them under the
 * heading, and so does the prerendered page while the assistant starts: a carrier who opens a
 * step reads what it is about at once, not only once the browser has computed the step.
 */
const intros: Partial<Record<StepId, { text: () => string; print: boolean }>> = {
	empfehlung: { text: m.wiz_rec_intro, print: true },
	bausteine: { text: m.wiz_blocks_intro, print: true },
	luecken: { text: m.wiz_gaps_intro, print: true },
	loesungen: { text: m.wiz_solutions_intro, print: true },
	massnahmen: { text: m.plan_intro, print: true },
	// The printed report starts with its own header instead.
	ergebnis: { text: m.wiz_result_intro, print: false }
};

export const stepIntro = (step: StepId) => intros[step];
