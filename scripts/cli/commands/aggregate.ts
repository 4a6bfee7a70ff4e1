/**
 * `baukasten aggregate FILE_OR_FOLDER…`: many carriers' configurations summed up per block. One
 * file at a time is read, validated, counted and forgotten, so memory stays flat; every file
 * that is skipped is named with its reason on stderr.
 */
import { createAggregation, formatProblem, problem } from '../../../src/lib/domain';
import { aggregateTable } from '../../../src/lib/export';
import { fail, type Command } from '../command';
import { InputError, readDocument, walkJsonFiles } from '../input';

export const aggregate: Command = {
	name: 'aggregate',
	run(ctx) {
		if (!ctx.args.length)
			throw fail('Bitte Dateien oder Ordner angeben.', 'Please give files or folders.');
		const catalog = ctx.catalog();
		const aggregation = createAggregation(catalog);
		const { files, skipped } = walkJsonFiles(ctx.args);
		for (const entry of skipped) aggregation.addInvalid(entry.name, entry.problems);
		for (const name of files) {
			try {
				aggregation.add({ name, data: readDocument(name) });
			} catch (error) {
				if (!(error instanceof InputError)) throw error;
				aggregation.addInvalid(name, error.problems);
			}
		}
		const result = aggregation.result();
		for (const bad of result.invalid)
			ctx.io.err(formatProblem(bad.problems[0] ?? problem(bad.name, '', '?', '?'), ctx.lang));
		ctx.print(result, () => aggregateTable(result, catalog, ctx.lang));
		return 0;
	}
};
