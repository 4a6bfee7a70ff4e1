/**
 * The wizard as one xstate machine: a state per step, named guards that ask the domain engine
 * and the profile schema whether input is valid, and events in one style (`answer.set`,
 * `step.next`, `step.back`, `step.jump`, …). Components only send events and read the
 * snapshot (`snapshot.can(...)`, `snapshot.context.draft`). Changing an early answer
 * invalidates only what depends on it and says so in `notices` (invalidation.ts).
 */
import { assign, setup } from 'xstate';
import { indexCatalog, type Catalog } from '../domain';
import type { LocalizedText } from '../schema/types';
import { answerProblems, recommendationOf, type ProfileField } from './derive';
import { emptyDraft, type WizardDraft } from './draft';
import { addBlock, removeBlock, setInventory, swapBlock, toggleSolution } from './edits';
import { invalidateAfterAnswer, invalidateAfterScenario } from './invalidation';
import { editPlan, type PlanEdit } from './plan-edits';
import { questionField, sizingFields, stepIds, stepIndex, type StepId } from './steps';

export interface WizardContext {
	draft: WizardDraft;
	/** What the last change invalidated, announced via aria-live; cleared on every step change. */
	notices: LocalizedText[];
}

type Inventory = 'existing' | 'planned' | 'missing';

export type WizardEvent =
	| { type: 'answer.set'; field: ProfileField; value: unknown }
	| { type: 'phase.set'; phase: string }
	| { type: 'scenario.choose'; scenario: string }
	| { type: 'block.add'; block: string }
	| { type: 'block.remove'; block: string }
	| { type: 'block.swap'; block: string; responsible: 'carrier' | 'state' | null }
	| { type: 'inventory.set'; block: string; status: Inventory | null }
	| { type: 'solution.toggle'; solution: string }
	| PlanEdit
	| { type: 'step.next' }
	| { type: 'step.back' }
	| { type: 'step.jump'; step: StepId }
	| { type: 'reset' };

export const MAX_WIZARD_SOLUTIONS = 8;

/** Whether a step's own input is complete and valid. */
export function stepComplete(draft: WizardDraft, step: StepId, catalog: Catalog): boolean {
	const index = indexCatalog(catalog);
	if (step === 'land')
		return (
			answerProblems(draft.profile, 'state').length === 0 &&
			answerProblems(draft.profile, 'name').length === 0
		);
	if (step in questionField)
		return (
			answerProblems(draft.profile, questionField[step as keyof typeof questionField]).length === 0
		);
	if (step === 'empfehlung')
		return (
			draft.scenario !== undefined &&
			index.scenario.has(draft.scenario) &&
			draft.phase !== undefined &&
			index.phase.has(draft.phase)
		);
	return true;
}

/** A step can be opened when it has been reached and every step before it is complete. */
export function stepReachable(draft: WizardDraft, step: StepId, catalog: Catalog): boolean {
	const target = stepIndex(step);
	if (target > stepIndex(draft.reached)) return false;
	return stepIds.slice(0, target).every((s) => stepComplete(draft, s, catalog));
}

export function createWizardMachine(catalog: Catalog) {
	const index = indexCatalog(catalog);

	/** step.next / step.back for a step, from its position. */
	const navigation = (step: StepId) => {
		const i = stepIndex(step);
		const next = stepIds[i + 1];
		const previous = stepIds[i - 1];
		return {
			...(next && {
				'step.next': {
					guard: { type: 'stepComplete' as const, params: { step } },
					target: next,
					actions: [
						{ type: 'markReached' as const, params: { step: next } },
						'clearNotices' as const
					]
				}
			}),
			...(previous && { 'step.back': { target: previous, actions: 'clearNotices' as const } })
		};
	};
	/** A question screen accepts answers to its own question only ('land' also takes the name). */
	const question = (step: keyof typeof questionField) => ({
		on: {
			...navigation(step),
			'answer.set': {
				guard: {
					type: 'asksFor' as const,
					params: {
						fields: step === 'land' ? (['state', 'name'] as ProfileField[]) : [questionField[step]]
					}
				},
				actions: 'setAnswer' as const
			}
		}
	});

	return setup({
		types: {
			context: {} as WizardContext,
			events: {} as WizardEvent,
			input: {} as { draft?: WizardDraft }
		},
		guards: {
			stepComplete: ({ context }, params: { step: StepId }) =>
				stepComplete(context.draft, params.step, catalog),
			canJumpTo: ({ context, event }, params: { step: StepId }) =>
				event.type === 'step.jump' &&
				event.step === params.step &&
				stepReachable(context.draft, params.step, catalog),
			asksFor: ({ event }, params: { fields: ProfileField[] }) =>
				event.type === 'answer.set' && params.fields.includes(event.field),
			knownPhase: ({ event }) => event.type === 'phase.set' && index.phase.has(event.phase),
			knownScenario: ({ event }) =>
				event.type === 'scenario.choose' && index.scenario.has(event.scenario),
			knownBlock: ({ event }) => 'block' in event && index.block.has(event.block),
			validPlanEdit: ({ event }) =>
				(event.type === 'plan.set' || event.type === 'measure.move') &&
				editPlan({}, event, catalog) !== undefined,
			canToggleSolution: ({ context, event }) =>
				event.type === 'solution.toggle' &&
				index.solutionEntry.has(event.solution) &&
				(context.draft.solutions.includes(event.solution) ||
					context.draft.solutions.length < MAX_WIZARD_SOLUTIONS)
		},
		actions: {
			clearNotices: assign({ notices: () => [] }),
			markReached: assign(({ context }, params: { step: StepId }) => ({
				draft: {
					...context.draft,
					reached:
						stepIndex(params.step) > stepIndex(context.draft.reached)
							? params.step
							: context.draft.reached
				}
			})),
			setAnswer: assign(({ context, event }) => {
				if (event.type !== 'answer.set') return {};
				const profile = { ...context.draft.profile, [event.field]: event.value };
				if (event.field === 'name' && !event.value) delete profile.name;
				return invalidateAfterAnswer(context.draft, profile, event.field, catalog);
			}),
			setPhase: assign(({ context, event }) =>
				event.type === 'phase.set'
					? { draft: { ...context.draft, phase: event.phase, phaseChosen: true } }
					: {}
			),
			defaultPhase: assign(({ context }) => {
				const { draft } = context;
				if (draft.phase && index.phase.has(draft.phase)) return {};
				const phase =
					index.stateEntry.get(draft.profile.state ?? '')?.defaultPhase ?? catalog.phases[0]!.id;
				return { draft: { ...draft, phase, phaseChosen: false } };
			}),
			defaultScenario: assign(({ context }) => {
				const { draft } = context;
				if (draft.scenario && index.scenario.has(draft.scenario)) return {};
				const recommended = recommendationOf(draft, catalog)?.recommended;
				return recommended
					? { draft: { ...draft, scenario: recommended, scenarioChosen: false } }
					: {};
			}),
			chooseScenario: assign(({ context, event }) =>
				event.type === 'scenario.choose'
					? invalidateAfterScenario(context.draft, event.scenario, catalog)
					: {}
			),
			editPlan: assign(({ context, event }) => {
				if (event.type !== 'plan.set' && event.type !== 'measure.move') return {};
				const plan = editPlan(context.draft.plan ?? {}, event, catalog);
				return plan ? { draft: { ...context.draft, plan } } : {};
			}),
			editDraft: assign(({ context, event }) => {
				const d = context.draft;
				const edit =
					event.type === 'block.add'
						? addBlock(d, event.block, catalog)
						: event.type === 'block.remove'
							? removeBlock(d, event.block, catalog)
							: event.type === 'block.swap'
								? swapBlock(d, event.block, event.responsible)
								: event.type === 'inventory.set'
									? setInventory(d, event.block, event.status)
									: event.type === 'solution.toggle'
										? toggleSolution(d, event.solution)
										: {};
				return { draft: { ...d, ...edit } };
			})
		}
	}).createMachine({
		id: 'wizard',
		context: ({ input }) => ({ draft: input.draft ?? emptyDraft(), notices: [] }),
		initial: 'schulen',
		on: {
			'step.jump': stepIds.map((step) => ({
				guard: { type: 'canJumpTo' as const, params: { step } },
				target: `.${step}`,
				actions: 'clearNotices' as const
			})),
			reset: {
				target: '.schulen',
				actions: assign({ draft: () => emptyDraft(), notices: () => [] })
			}
		},
		states: {
			schulen: question('schulen'),
			schularten: question('schularten'),
			'it-personal': question('it-personal'),
			dienstleister: question('dienstleister'),
			land: question('land'),
			empfehlung: {
				// The recommendation does not depend on the phase; the state's current phase is
				// preselected here and chosen on the block step, where it decides who provides what.
				entry: ['defaultPhase', 'defaultScenario'],
				on: {
					...navigation('empfehlung'),
					'scenario.choose': { guard: 'knownScenario', actions: 'chooseScenario' }
				}
			},
			bausteine: {
				on: {
					...navigation('bausteine'),
					'phase.set': { guard: 'knownPhase', actions: 'setPhase' },
					'block.add': { guard: 'knownBlock', actions: 'editDraft' },
					'block.remove': { guard: 'knownBlock', actions: 'editDraft' },
					'block.swap': { guard: 'knownBlock', actions: 'editDraft' },
					'inventory.set': { guard: 'knownBlock', actions: 'editDraft' }
				}
			},
			luecken: {
				on: {
					...navigation('luecken'),
					'phase.set': { guard: 'knownPhase', actions: 'setPhase' }
				}
			},
			loesungen: {
				on: {
					...navigation('loesungen'),
					'solution.toggle': { guard: 'canToggleSolution', actions: 'editDraft' }
				}
			},
			massnahmen: {
				on: {
					...navigation('massnahmen'),
					'plan.set': { guard: 'validPlanEdit', actions: 'editPlan' },
					'measure.move': { guard: 'validPlanEdit', actions: 'editPlan' },
					'answer.set': {
						guard: { type: 'asksFor' as const, params: { fields: [...sizingFields] } },
						actions: 'setAnswer' as const
					}
				}
			},
			ergebnis: { on: navigation('ergebnis') }
		}
	});
}

export type WizardMachine = ReturnType<typeof createWizardMachine>;
