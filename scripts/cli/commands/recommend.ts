/** `baukasten recommend PROFILE.json`: the scenario recommendation with its reasons. */
import { parseProfile, recommend as recommendScenario } from '../../../src/lib/domain';
import { recommendationTable } from '../../../src/lib/export';
import { onlyFile, type Command } from '../command';
import { InputError, readDocument } from '../input';

export const recommend: Command = {
	name: 'recommend',
	run(ctx) {
		const file = onlyFile(ctx, ['Profil-Datei', 'profile file']);
		const catalog = ctx.catalog();
		const parsed = parseProfile(readDocument(file), file);
		if (!parsed.ok) throw new InputError(parsed.problems);
		const result = recommendScenario(parsed.value, catalog);
		ctx.print(
			result,
			() => recommendationTable(result, catalog, ctx.lang),
			result.warnings.map((w) => w.message)
		);
		return 0;
	}
};
