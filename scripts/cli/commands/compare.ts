/**
 * `baukasten compare CONFIGURATION.json [--solutions A,B]` or
 * `baukasten compare --scenario ID --phase ID --state CODE --solutions A,B`: how far each system
 * solution covers the carrier's blocks.
 */
import {
	compareSolutions,
	indexCatalog,
	solutionIdProblems,
	type ComparisonContext
} from '../../../src/lib/domain';
import { comparisonTable } from '../../../src/lib/export';
import { fail, list, readConfiguration, requireKnown, type Command } from '../command';
import { InputError } from '../input';

export const compare: Command = {
	name: 'compare',
	run(ctx) {
		const { args, options } = ctx;
		const catalog = ctx.catalog();
		let context: ComparisonContext;
		let solutionIds = list(options.solutions);
		if (args.length === 1) {
			const c = readConfiguration(ctx, args[0]!);
			context = {
				scenario: c.scenario,
				phase: c.phase,
				state: c.profile.state,
				customizations: c.customizations
			};
			if (!solutionIds.length) solutionIds = c.solutions;
		} else if (args.length === 0 && options.scenario && options.phase && options.state) {
			context = { scenario: options.scenario, phase: options.phase, state: options.state };
			const index = indexCatalog(catalog);
			requireKnown(index, 'scenario', context.scenario, '--scenario');
			requireKnown(index, 'phase', context.phase, '--phase');
			requireKnown(index, 'state', context.state, '--state');
		} else
			throw fail(
				'Bitte eine Konfigurationsdatei oder --scenario, --phase und --state angeben.',
				'Please give a configuration file or --scenario, --phase and --state.'
			);
		const problems = solutionIdProblems(solutionIds, catalog);
		if (problems.length) throw new InputError(problems);
		const result = compareSolutions(context, solutionIds, catalog);
		ctx.print(result, () => comparisonTable(result, catalog, ctx.lang));
		return 0;
	}
};
