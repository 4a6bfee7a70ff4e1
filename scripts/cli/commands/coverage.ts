/**
 * `baukasten coverage --state CODE [--phase ID] [--without SERVICE,…] [--assume SERVICE,…]`: how
 * far a state's services cover what each scenario expects from the state; --without switches
 * available services off, --assume counts planned or piloted ones as available (what-if).
 */
import { indexCatalog, stateCoverage } from '../../../src/lib/domain';
import { coverageTable } from '../../../src/lib/export';
import { fail, list, requireKnown, type Command } from '../command';

export const coverage: Command = {
	name: 'coverage',
	run(ctx) {
		const { options } = ctx;
		const catalog = ctx.catalog();
		const index = indexCatalog(catalog);
		const state = index.state.get(options.state ?? '');
		if (!state)
			throw fail(
				`Bitte ein Land mit --state angeben (${[...index.state.keys()].join(', ')}).`,
				`Please give a state with --state (${[...index.state.keys()].join(', ')}).`,
				'--state'
			);
		const phase = options.phase ?? state.defaultPhase;
		requireKnown(index, 'phase', phase, '--phase');
		const without = list(options.without);
		const assume = list(options.assume);
		const unknown = [...without, ...assume].filter(
			(id) => !state.services.some((s) => s.id === id)
		);
		if (unknown.length)
			throw fail(
				`Unbekannte Landesdienste: ${unknown.join(', ')} (vorhanden: ${state.services.map((s) => s.id).join(', ')}).`,
				`Unknown state services: ${unknown.join(', ')} (available: ${state.services.map((s) => s.id).join(', ')}).`,
				without.some((id) => unknown.includes(id)) ? '--without' : '--assume'
			);
		const result = stateCoverage(state.id, phase, catalog, { without, assume });
		const assumed = result.services.filter((s) => s.assumed).map((s) => s.name);
		ctx.print(
			result,
			() => coverageTable(result, catalog, ctx.lang),
			assumed.length
				? [
						{
							de: `Annahme, nicht der heutige Stand: ${assumed.join(', ')} gilt hier als verfügbar.`,
							en: `An assumption, not today's status: ${assumed.join(', ')} counted as available here.`
						}
					]
				: []
		);
		return 0;
	}
};
