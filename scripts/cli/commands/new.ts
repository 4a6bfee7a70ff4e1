/**
 * `baukasten new PROFILE.json [--scenario ID] [--phase ID] [--solutions A,B] [-o FILE]`: a new
 * configuration for a profile. The scenario defaults to the recommendation, the phase to the
 * state's default; nothing is written unless every input is valid.
 */
import { indexCatalog, parseProfile, recommend } from '../../../src/lib/domain';
import { configurationJson } from '../../../src/lib/exchange/configuration-file';
import type { Configuration } from '../../../src/lib/schema/types';
import { fail, list, onlyFile, requireKnown, type Command } from '../command';
import { InputError, readDocument } from '../input';

export const newConfiguration: Command = {
	name: 'new',
	run(ctx) {
		const { options } = ctx;
		const file = onlyFile(ctx, ['Profil-Datei', 'profile file']);
		const catalog = ctx.catalog();
		const parsed = parseProfile(readDocument(file), file);
		if (!parsed.ok) throw new InputError(parsed.problems);
		const index = indexCatalog(catalog);
		const profile = parsed.value;
		const scenario = options.scenario ?? recommend(profile, catalog).recommended;
		const phase = options.phase ?? index.state.get(profile.state)!.defaultPhase;
		requireKnown(index, 'scenario', scenario, '--scenario');
		requireKnown(index, 'phase', phase, '--phase');
		const solutions = list(options.solutions);
		const unknown = solutions.filter((id) => !index.solution.has(id));
		if (unknown.length)
			throw fail(
				`Unbekannte Systemlösungen: ${unknown.join(', ')}.`,
				`Unknown solutions: ${unknown.join(', ')}.`,
				'--solutions'
			);
		const configuration: Configuration = {
			formatVersion: 1,
			catalogVersion: catalog.meta.catalogVersion,
			savedAt: new Date().toISOString(),
			profile,
			scenario,
			phase,
			customizations: { added: [], removed: [], responsibleOverrides: {} },
			inventory: {},
			solutions
		};
		ctx.write(configurationJson(configuration));
		return 0;
	}
};
