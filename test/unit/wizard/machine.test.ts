import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import fc from 'fast-check';
import { getShortestPaths } from 'xstate/graph';
import { parseConfiguration } from '../../../src/lib/domain';
import { configurationOf } from '../../../src/lib/wizard/derive';
import { emptyDraft, type WizardDraft } from '../../../src/lib/wizard/draft';
import {
	createWizardMachine,
	stepComplete,
	stepReachable,
	type WizardEvent
} from '../../../src/lib/wizard/machine';
import { stepIds, type StepId } from '../../../src/lib/wizard/steps';
import { realCatalog } from '../helpers/catalog';

const catalog = realCatalog();
const machine = createWizardMachine(catalog);

function start(draft?: WizardDraft, step: StepId = 'schulen') {
	const context = { draft: draft ?? emptyDraft(), notices: [] };
	const snapshot = machine.resolveState({ value: step, context });
	return createActor(machine, { input: {}, snapshot }).start();
}

const answers: WizardEvent[] = [
	{ type: 'answer.set', field: 'schoolCount', value: 2 },
	{ type: 'step.next' },
	{ type: 'answer.set', field: 'schoolTypes', value: ['grundschule'] },
	{ type: 'step.next' },
	{ type: 'answer.set', field: 'itStaff', value: 'none' },
	{ type: 'step.next' },
	{ type: 'answer.set', field: 'serviceProvider', value: 'none' },
	{ type: 'step.next' },
	{ type: 'step.next' }
];

function through(actor: ReturnType<typeof start>, events: WizardEvent[]) {
	for (const event of events) actor.send(event);
	return actor.getSnapshot();
}

describe('the wizard machine', () => {
	it('walks a small municipality from its five answers straight to the recommendation, then to the result', () => {
		const actor = start();
		let snapshot = through(actor, answers);
		expect(snapshot.value).toBe('empfehlung');
		expect(snapshot.context.draft.scenario).toBe('musterloesung-gs');
		expect(snapshot.context.draft.phase).toBe('uebergangsphase'); // SH's default phase, preselected
		expect(snapshot.context.draft.phaseChosen).toBe(false);
		expect(snapshot.can({ type: 'phase.set', phase: 'landesloesung-aktiv' })).toBe(false);
		snapshot = through(actor, [{ type: 'step.next' }]);
		expect(snapshot.value).toBe('bausteine');
		// The phase is chosen where it matters: on the block step (and the gaps).
		snapshot = through(actor, [{ type: 'phase.set', phase: 'landesloesung-aktiv' }]);
		expect(snapshot.context.draft).toMatchObject({
			phase: 'landesloesung-aktiv',
			phaseChosen: true
		});
		expect(snapshot.can({ type: 'phase.set', phase: 'sommerferien' })).toBe(false);
		snapshot = through(actor, [
			{ type: 'step.next' },
			{ type: 'step.next' },
			{ type: 'step.next' }
		]);
		expect(snapshot.value).toBe('massnahmen');
		snapshot = through(actor, [{ type: 'step.next' }]);
		expect(snapshot.value).toBe('ergebnis');
		const config = configurationOf(snapshot.context.draft, catalog)!;
		expect(parseConfiguration(config, catalog)).toMatchObject({ ok: true });
	});

	it('does not move on without a valid answer: the profile schema decides', () => {
		const actor = start();
		expect(actor.getSnapshot().can({ type: 'step.next' })).toBe(false);
		actor.send({ type: 'answer.set', field: 'schoolCount', value: 0 });
		expect(actor.getSnapshot().can({ type: 'step.next' })).toBe(false);
		actor.send({ type: 'answer.set', field: 'schoolCount', value: 2.5 });
		expect(actor.getSnapshot().can({ type: 'step.next' })).toBe(false);
		actor.send({ type: 'answer.set', field: 'schoolCount', value: 3 });
		expect(actor.getSnapshot().can({ type: 'step.next' })).toBe(true);
	});

	it('refuses events that do not belong to the current step', () => {
		const snapshot = start().getSnapshot();
		expect(snapshot.can({ type: 'scenario.choose', scenario: 'musterloesung-plus' })).toBe(false);
		expect(snapshot.can({ type: 'block.add', block: 'wiki' })).toBe(false);
		expect(snapshot.can({ type: 'step.back' })).toBe(false);
		expect(snapshot.can({ type: 'answer.set', field: 'bogus' as never, value: 1 })).toBe(false);
		expect(snapshot.can({ type: 'answer.set', field: 'itStaff', value: 'none' })).toBe(false); // asked later
	});

	it('only jumps to steps already reached, and back to any of them', () => {
		const actor = start();
		through(actor, answers);
		expect(actor.getSnapshot().can({ type: 'step.jump', step: 'bausteine' })).toBe(false);
		actor.send({ type: 'step.jump', step: 'schularten' });
		expect(actor.getSnapshot().value).toBe('schularten');
		actor.send({ type: 'step.jump', step: 'empfehlung' });
		expect(actor.getSnapshot().value).toBe('empfehlung');
	});

	it('refuses unknown ids and more than eight solutions', () => {
		const draft: WizardDraft = {
			...emptyDraft(),
			profile: {
				state: 'sh',
				schoolCount: 2,
				schoolTypes: ['grundschule'],
				itStaff: 'none',
				serviceProvider: 'none'
			},
			phase: 'uebergangsphase',
			scenario: 'musterloesung-gs',
			reached: 'ergebnis'
		};
		const bausteine = start(draft, 'bausteine').getSnapshot();
		expect(bausteine.can({ type: 'block.add', block: 'gibt-es-nicht' })).toBe(false);
		expect(bausteine.can({ type: 'block.add', block: 'wiki' })).toBe(true);
		const full = start(
			{ ...draft, solutions: catalog.solutions.map((s) => s.id) },
			'loesungen'
		).getSnapshot();
		expect(full.context.draft.solutions).toHaveLength(8);
		expect(full.can({ type: 'solution.toggle', solution: 'iserv' })).toBe(true); // removing is fine
		const seven = start(
			{ ...draft, solutions: catalog.solutions.slice(0, 7).map((s) => s.id) },
			'loesungen'
		);
		seven.send({ type: 'solution.toggle', solution: catalog.solutions[7]!.id });
		expect(seven.getSnapshot().context.draft.solutions).toHaveLength(8);
	});

	it('edits the scenario: add, remove, restore, swap, inventory', () => {
		const draft: WizardDraft = {
			...emptyDraft(),
			profile: {
				state: 'sh',
				schoolCount: 3,
				schoolTypes: ['grundschule', 'weiterfuehrende-schule'],
				itStaff: 'small',
				serviceProvider: 'none'
			},
			phase: 'uebergangsphase',
			scenario: 'musterloesung-plus',
			reached: 'bausteine'
		};
		const actor = start(draft, 'bausteine');
		through(actor, [
			{ type: 'block.add', block: 'videokonferenz' },
			{ type: 'block.remove', block: 'backup' },
			{ type: 'block.swap', block: 'dateiablage', responsible: 'state' },
			{ type: 'inventory.set', block: 'mobile-device-management', status: 'existing' }
		]);
		let d = actor.getSnapshot().context.draft;
		expect(d.customizations).toEqual({
			added: ['videokonferenz'],
			removed: ['backup'],
			responsibleOverrides: { dateiablage: 'state' }
		});
		expect(d.inventory).toEqual({ 'mobile-device-management': 'existing' });
		through(actor, [
			{ type: 'block.add', block: 'backup' },
			{ type: 'block.remove', block: 'videokonferenz' },
			{ type: 'block.swap', block: 'dateiablage', responsible: null },
			{ type: 'inventory.set', block: 'mobile-device-management', status: null }
		]);
		d = actor.getSnapshot().context.draft;
		expect(d.customizations).toEqual({ added: [], removed: [], responsibleOverrides: {} });
		expect(d.inventory).toEqual({});
	});
});

describe('changing an early answer', () => {
	const decided: WizardDraft = {
		...emptyDraft(),
		profile: {
			state: 'sh',
			schoolCount: 2,
			schoolTypes: ['grundschule'],
			itStaff: 'none',
			serviceProvider: 'none'
		},
		phase: 'landesloesung-aktiv',
		scenario: 'musterloesung-gs',
		customizations: { added: ['videokonferenz'], removed: [], responsibleOverrides: {} },
		inventory: { endgeraete: 'existing' },
		solutions: ['musterloesung-gs-sh'],
		reached: 'ergebnis'
	};

	// Two schools, one of them secondary, an IT department: Musterlösung +; with 60 schools: erweitert.
	const town: WizardDraft = {
		...decided,
		profile: {
			state: 'sh',
			schoolCount: 2,
			schoolTypes: ['grundschule', 'weiterfuehrende-schule'],
			itStaff: 'department',
			serviceProvider: 'none'
		},
		scenario: 'musterloesung-plus'
	};

	it('replaces the recommended scenario, resets the block changes, keeps inventory and solutions, and says so', () => {
		const actor = start(town, 'schulen');
		actor.send({ type: 'answer.set', field: 'schoolCount', value: 60 });
		const { draft, notices } = actor.getSnapshot().context;
		expect(draft.scenario).toBe('schultraegerloesung-erweitert');
		expect(draft.customizations.added).toEqual([]);
		expect(draft.inventory).toEqual({ endgeraete: 'existing' });
		expect(draft.solutions).toEqual(['musterloesung-gs-sh']);
		expect(draft.reached).toBe('empfehlung');
		expect(notices.map((n) => n.de).join(' ')).toContain('Die Empfehlung hat sich geändert');
	});

	it('keeps a scenario the carrier chose itself and says that the recommendation changed', () => {
		const actor = start(
			{ ...town, scenario: 'schultraegerloesung-basis', scenarioChosen: true },
			'schulen'
		);
		actor.send({ type: 'answer.set', field: 'schoolCount', value: 60 });
		const { draft, notices } = actor.getSnapshot().context;
		expect(draft.scenario).toBe('schultraegerloesung-basis');
		expect(draft.reached).toBe('ergebnis');
		expect(notices[0]!.de).toContain('Ihre Wahl bleibt');
	});

	it('changes nothing that does not depend on the answer', () => {
		const actor = start(decided, 'schulen');
		actor.send({ type: 'answer.set', field: 'schoolCount', value: 3 }); // still Musterlösung GS
		const { draft, notices } = actor.getSnapshot().context;
		expect(draft).toEqual({ ...decided, profile: { ...decided.profile, schoolCount: 3 } });
		expect(notices).toEqual([]);
	});

	it('re-defaults the phase for a new state unless the carrier chose it', () => {
		const actor = start(decided, 'land');
		actor.send({ type: 'answer.set', field: 'state', value: 'nw' });
		expect(actor.getSnapshot().context.draft.phase).toBe(
			catalog.states.find((s) => s.id === 'nw')!.defaultPhase
		);
		expect(
			actor
				.getSnapshot()
				.context.notices.map((n) => n.de)
				.join(' ')
		).toContain('Nordrhein-Westfalen');
		const chosen = start({ ...decided, phaseChosen: true }, 'land');
		chosen.send({ type: 'answer.set', field: 'state', value: 'nw' });
		expect(chosen.getSnapshot().context.draft.phase).toBe('landesloesung-aktiv');
	});

	it('resets block changes when another scenario is chosen', () => {
		const actor = start(decided, 'empfehlung');
		actor.send({ type: 'scenario.choose', scenario: 'musterloesung-plus' });
		const { draft, notices } = actor.getSnapshot().context;
		expect(draft).toMatchObject({
			scenario: 'musterloesung-plus',
			scenarioChosen: true,
			customizations: { added: [] }
		});
		expect(notices).toHaveLength(1);
	});
});

describe('restoring a saved snapshot', () => {
	it('continues where the carrier left off', () => {
		const actor = start(
			{
				...emptyDraft(),
				profile: {
					state: 'sh',
					schoolCount: 12,
					schoolTypes: ['foerderzentrum', 'weiterfuehrende-schule'],
					itStaff: 'small',
					serviceProvider: 'large'
				},
				phase: 'uebergangsphase',
				scenario: 'schultraegerloesung-basis',
				reached: 'luecken'
			},
			'luecken'
		);
		expect(actor.getSnapshot().value).toBe('luecken');
		actor.send({ type: 'step.next' });
		expect(actor.getSnapshot().value).toBe('loesungen');
		actor.send({ type: 'step.jump', step: 'schulen' });
		expect(actor.getSnapshot().value).toBe('schulen');
	});
});

describe('the plan step', () => {
	const atPlan = () =>
		start(
			{
				...emptyDraft(),
				profile: {
					state: 'sh',
					schoolCount: 8,
					schoolTypes: ['weiterfuehrende-schule'],
					itStaff: 'small',
					serviceProvider: 'none'
				},
				phase: 'uebergangsphase',
				scenario: 'schultraegerloesung-basis',
				reached: 'massnahmen'
			},
			'massnahmen'
		);

	it('keeps moves, the start and the sizing answers in the draft, and takes a move back', () => {
		const actor = atPlan();
		actor.send({ type: 'plan.set', field: 'start', quarter: '2027-Q2' });
		actor.send({ type: 'measure.move', block: 'endgeraete', quarter: '2027-Q2' });
		actor.send({ type: 'answer.set', field: 'sites', value: 11 });
		actor.send({ type: 'answer.set', field: 'devicePlatform', value: 'ipad' });
		let draft = actor.getSnapshot().context.draft;
		expect(draft.plan).toEqual({ start: '2027-Q2', moves: { endgeraete: '2027-Q2' } });
		expect(draft.profile).toMatchObject({ sites: 11, devicePlatform: 'ipad' });
		const config = configurationOf(draft, catalog)!;
		expect(config.plan).toEqual(draft.plan);
		expect(parseConfiguration(config, catalog)).toMatchObject({ ok: true });
		actor.send({ type: 'measure.move', block: 'endgeraete', quarter: null });
		draft = actor.getSnapshot().context.draft;
		expect(draft.plan).toEqual({ start: '2027-Q2' });
	});

	it('refuses a move of an unknown block, a malformed quarter, and profile questions', () => {
		const actor = atPlan();
		const before = actor.getSnapshot().context.draft;
		actor.send({ type: 'measure.move', block: 'gibt-es-nicht', quarter: '2027-Q1' });
		actor.send({ type: 'measure.move', block: 'endgeraete', quarter: '2027-Q5' });
		actor.send({ type: 'plan.set', field: 'start', quarter: 'morgen' });
		actor.send({ type: 'answer.set', field: 'schoolCount', value: 3 });
		expect(actor.getSnapshot().context.draft).toBe(before);
	});

	it('is not reachable from the solutions step by a move event', () => {
		const actor = start(
			{
				...emptyDraft(),
				phase: 'uebergangsphase',
				scenario: 'musterloesung-gs',
				reached: 'loesungen'
			},
			'loesungen'
		);
		const before = actor.getSnapshot().context.draft;
		actor.send({ type: 'measure.move', block: 'endgeraete', quarter: '2027-Q1' });
		expect(actor.getSnapshot().context.draft).toBe(before);
	});
});

describe('every path through the machine', () => {
	// Events offered in every state: valid and invalid answers, moves, jumps and edits.
	const events: WizardEvent[] = [
		{ type: 'answer.set', field: 'schoolCount', value: 2 },
		{ type: 'answer.set', field: 'schoolCount', value: 30 },
		{ type: 'answer.set', field: 'schoolCount', value: -1 },
		{ type: 'answer.set', field: 'schoolTypes', value: ['grundschule', 'berufsbildende-schule'] },
		{ type: 'answer.set', field: 'itStaff', value: 'department' },
		{ type: 'answer.set', field: 'serviceProvider', value: 'none' },
		{ type: 'answer.set', field: 'state', value: 'by' },
		{ type: 'scenario.choose', scenario: 'schultraegerloesung-erweitert' },
		{ type: 'block.remove', block: 'backup' },
		{ type: 'measure.move', block: 'endgeraete', quarter: '2027-Q1' },
		{ type: 'answer.set', field: 'sites', value: 4 },
		{ type: 'step.next' },
		{ type: 'step.back' },
		...stepIds.map((step) => ({ type: 'step.jump' as const, step }))
	];
	// A coarse key (step, how far reached, which answers are valid, the decisions), so the
	// traversal stays finite while still visiting every step in every kind of situation.
	const serializeState = (state: { value: unknown; context: { draft: WizardDraft } }) => {
		const d = state.context.draft;
		const valid = stepIds.filter((s) => stepComplete(d, s, catalog));
		return JSON.stringify([state.value, d.reached, valid, d.scenario, d.scenarioChosen]);
	};
	const paths = getShortestPaths(machine, { events, input: {}, serializeState, limit: 100000 });

	it('reaches every step', () => {
		const reached = new Set(paths.map((p) => String(p.state.value)));
		expect([...reached].sort()).toEqual([...stepIds].sort());
	});

	const invariants = (value: unknown, draft: WizardDraft, trail: string) => {
		// The machine is never at a step the carrier could not open by its URL.
		expect(stepReachable(draft, value as StepId, catalog), trail).toBe(true);
		// Past the recommendation there is always a complete, valid configuration.
		if (stepIds.indexOf(value as StepId) > stepIds.indexOf('empfehlung')) {
			const config = configurationOf(draft, catalog);
			expect(config && parseConfiguration(config, catalog).ok, trail).toBe(true);
		}
	};

	it('keeps its invariants on every generated shortest path', () => {
		expect(paths.length).toBeGreaterThan(50);
		for (const path of paths)
			invariants(
				path.state.value,
				path.state.context.draft,
				path.steps.map((s) => s.event.type).join(' > ')
			);
	});

	it('keeps its invariants on random walks', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...events), { maxLength: 40 }), (walk) => {
				const actor = start();
				for (const event of walk) {
					actor.send(event);
					const { value, context } = actor.getSnapshot();
					invariants(value, context.draft, JSON.stringify(walk));
				}
			}),
			{ numRuns: 400 }
		);
	});
});
