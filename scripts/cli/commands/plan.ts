/**
 * `baukasten plan CONFIGURATION.json [--format json|table|csv|docx] [-o FILE] [--force]`: the
 * Maßnahmenplan of a configuration. DOCX is binary and needs -o. An existing file is only
 * replaced with --force; the write is atomic like every -o of the CLI.
 */
import { plan as planMeasures, problem } from '../../../src/lib/domain';
import { planTable } from '../../../src/lib/export';
import { resultDocx } from '../../../src/lib/export/docx/result-document';
import { onlyFile, readConfiguration, type Command } from '../command';
import { InputError } from '../input';
import { writeFileAtomic } from '../output';

export const plan: Command = {
	name: 'plan',
	extraFormats: ['docx'],
	async run(ctx) {
		const file = onlyFile(ctx, ['Konfigurationsdatei', 'configuration file']);
		const catalog = ctx.catalog();
		const config = readConfiguration(ctx, file);
		const result = planMeasures(config, catalog);
		if (ctx.format !== 'docx') {
			ctx.print(result, () => planTable(result, catalog, ctx.lang), result.warnings);
			return 0;
		}
		if (!ctx.options.output)
			throw new InputError([
				problem(
					'--output',
					'',
					'DOCX ist eine Binärdatei: Bitte mit -o DATEI.docx angeben, wohin.',
					'DOCX is a binary file: please say where with -o FILE.docx.'
				)
			]);
		writeFileAtomic(
			ctx.options.output,
			await resultDocx({ config, catalog, lang: ctx.lang, plan: result }),
			ctx.options.force === true
		);
		return 0;
	}
};
