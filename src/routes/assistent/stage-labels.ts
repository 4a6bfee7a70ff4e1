/** The progress indicator's names for the wizard's stages. */
import { m } from '$lib/paraglide/messages.js';
import type { StageId } from '$lib/wizard/steps';

const labels: Record<StageId, () => string> = {
	profil: m.wiz_stage_profil,
	empfehlung: m.wiz_stage_empfehlung,
	bausteine: m.wiz_stage_bausteine,
	luecken: m.wiz_stage_luecken,
	loesungen: m.wiz_stage_loesungen,
	massnahmen: m.plan_stage,
	ergebnis: m.wiz_stage_ergebnis
};

export const stageLabel = (stage: StageId) => labels[stage]();
