/**
 * `baukasten plan CONFIGURATION.json [--format json|table|csv|docx] [-o FILE] [--force]`: the
 * Maßnahmenplan of a configuration. DOCX is binary and needs -o. An existing file is only
 * replaced with --force; the write is atomic like every -o of the CLI.
 */
import { plan, type Catalog } from '../../src/lib/domain';
import { planTable, toCsv, toTextTable, type Lang } from '../../src/lib/export';
import { resultDocx } from '../../src/lib/export/docx/result-document';
import type { Configuration } from '../../src/lib/schema/types';
import { InputError } from './input';
import { writeFileAtomic } from './output';
import { problem } from '../../src/lib/domain';

export interface PlanCommand {
	config: Configuration;
	catalog: Catalog;
	format: string;
	lang: Lang;
	output?: string;
	force: boolean;
	out: (text: string) => void;
}

export async function runPlan(cmd: PlanCommand): Promise<number> {
	const { config, catalog, lang } = cmd;
	const result = plan(config, catalog);
	if (cmd.format === 'docx') {
		if (!cmd.output)
			throw new InputError([
				problem(
					'--output',
					'',
					'DOCX ist eine Binärdatei: Bitte mit -o DATEI.docx angeben, wohin.',
					'DOCX is a binary file: please say where with -o FILE.docx.'
				)
			]);
		writeFileAtomic(
			cmd.output,
			await resultDocx({ config, catalog, lang, plan: result }),
			cmd.force
		);
		return 0;
	}
	const text =
		cmd.format === 'csv'
			? toCsv(planTable(result, catalog, lang), lang)
			: cmd.format === 'table'
				? [
						...result.warnings.map((w) => `${lang === 'de' ? 'Hinweis' : 'Note'}: ${w[lang]}`),
						toTextTable(planTable(result, catalog, lang))
					].join('\n')
				: JSON.stringify(result, null, 2);
	if (cmd.output) writeFileAtomic(cmd.output, text.endsWith('\n') ? text : text + '\n', cmd.force);
	else cmd.out(text.trimEnd());
	return 0;
}
