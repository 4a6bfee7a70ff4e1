/**
 * `baukasten catalog check [--catalog DIR]`: every schema and integrity rule on the catalog
 * folder. Exit code 0 with a summary, or 1 with one line per problem on stderr.
 */
import { assembleCatalog, formatProblem } from '../../../src/lib/domain';
import { fail, type Command } from '../command';
import { readCatalogFiles } from '../input';

export const catalogCheck: Command = {
	name: 'catalog',
	run({ args, options, catalogDir, lang, io }) {
		if (args[0] !== 'check')
			throw fail(
				'Unbekannter Befehl: catalog ' + (args[0] ?? ''),
				'Unknown command: catalog ' + (args[0] ?? '')
			);
		if (options.output !== undefined)
			throw fail(
				'catalog check schreibt keine Datei; -o passt hier nicht.',
				'catalog check writes no file; -o does not apply here.',
				'-o'
			);
		const { catalog, problems } = assembleCatalog(readCatalogFiles(catalogDir));
		if (!catalog) {
			for (const p of problems) io.err(formatProblem(p, lang));
			io.err(
				lang === 'de'
					? `${problems.length} Fehler im Katalog.`
					: `${problems.length} problems in the catalog.`
			);
			return 1;
		}
		io.out(
			lang === 'de'
				? `Katalog ${catalog.meta.catalogVersion} ist in Ordnung: ${catalog.blocks.length} Bausteine, ${catalog.categories.length} Kategorien, ${catalog.phases.length} Phasen, ${catalog.scenarios.length} Szenarien, ${catalog.states.length} Länder, ${catalog.solutions.length} Systemlösungen, ${catalog.sources.size} Quellen.`
				: `Catalog ${catalog.meta.catalogVersion} is fine: ${catalog.blocks.length} blocks, ${catalog.categories.length} categories, ${catalog.phases.length} phases, ${catalog.scenarios.length} scenarios, ${catalog.states.length} states, ${catalog.solutions.length} solutions, ${catalog.sources.size} sources.`
		);
		return 0;
	}
};
