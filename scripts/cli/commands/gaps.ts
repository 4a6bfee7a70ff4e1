/** `baukasten gaps CONFIGURATION.json`: the gap analysis against the state's services. */
import { analyzeGaps } from '../../../src/lib/domain';
import { gapTable } from '../../../src/lib/export';
import { onlyFile, readConfiguration, type Command } from '../command';

export const gaps: Command = {
	name: 'gaps',
	run(ctx) {
		const file = onlyFile(ctx, ['Konfigurationsdatei', 'configuration file']);
		const catalog = ctx.catalog();
		const result = analyzeGaps(readConfiguration(ctx, file), catalog);
		ctx.print(result, () => gapTable(result, catalog, ctx.lang), [
			...result.notices,
			...result.warnings
		]);
		return 0;
	}
};
