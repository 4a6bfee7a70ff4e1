/**
 * The wizard's steps in order, each with its URL slug. The profile is asked one question per
 * screen; the progress indicator groups those screens into one stage. The recommendation comes
 * right after the five questions; the phase is chosen on the block step, where it matters.
 */
export const stepIds = [
	'schulen',
	'schularten',
	'it-personal',
	'dienstleister',
	'land',
	'empfehlung',
	'bausteine',
	'luecken',
	'loesungen',
	'massnahmen',
	'ergebnis'
] as const;

export type StepId = (typeof stepIds)[number];

/** The stages shown in the progress indicator (the IQSH method: need, tasks, existing solutions). */
export const stages = [
	{ id: 'profil', steps: ['schulen', 'schularten', 'it-personal', 'dienstleister', 'land'] },
	{ id: 'empfehlung', steps: ['empfehlung'] },
	{ id: 'bausteine', steps: ['bausteine'] },
	{ id: 'luecken', steps: ['luecken'] },
	{ id: 'loesungen', steps: ['loesungen'] },
	{ id: 'massnahmen', steps: ['massnahmen'] },
	{ id: 'ergebnis', steps: ['ergebnis'] }
] as const satisfies readonly { id: string; steps: readonly StepId[] }[];

export type StageId = (typeof stages)[number]['id'];

export const stepIndex = (step: StepId) => stepIds.indexOf(step);

export const isStepId = (value: string): value is StepId =>
	(stepIds as readonly string[]).includes(value);

export function stageOf(step: StepId): StageId {
	return stages.find((stage) => (stage.steps as readonly StepId[]).includes(step))!.id;
}

/** The optional sizing answers, asked on the plan step. */
export const sizingFields = ['sites', 'pupils', 'teachers', 'devices', 'devicePlatform'] as const;

/** The profile field each question screen asks for. */
export const questionField = {
	schulen: 'schoolCount',
	schularten: 'schoolTypes',
	'it-personal': 'itStaff',
	dienstleister: 'serviceProvider',
	land: 'state'
} as const satisfies Partial<Record<StepId, string>>;
