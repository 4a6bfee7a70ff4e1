/**
 * `baukasten`: the domain engine on the command line. JSON on stdout by default (the engine's
 * result as is), `--format table` or `--format csv` for people, `-o FILE` to write it to a file
 * instead (atomically; an existing file only with --force). Exit codes: 0 ok, 1 the catalog
 * check found problems, 2 bad input or a failed write (one line per problem on stderr, nothing
 * on stdout), 3 an internal error.
 */
import { parseArgs } from 'node:util';
import {
	analyzeGaps,
	assembleCatalog,
	compareSolutions,
	createAggregation,
	formatProblem,
	indexCatalog,
	readConfigurationData,
	parseProfile,
	problem,
	recommend,
	solutionIdProblems,
	stateCoverage,
	type Catalog,
	type ComparisonContext
} from '../../src/lib/domain';
import type { Configuration, LocalizedText } from '../../src/lib/schema/types';
import {
	aggregateTable,
	comparisonTable,
	coverageTable,
	gapTable,
	recommendationTable,
	toCsv,
	toTextTable,
	type Lang,
	type Table
} from '../../src/lib/export';
import { configurationJson } from '../../src/lib/exchange/configuration-file';
import { InputError, readCatalogFiles, readDocument, walkJsonFiles } from './input';
import { catalogDirDefault, loadCatalogFromDir as loadCatalog } from './load-catalog';
import { runPlan } from './plan-command';
import { writeFileAtomic } from './output';
import { usage } from './usage';

interface Io {
	out: (text: string) => void;
	err: (text: string) => void;
}

const stdio: Io = {
	out: (s) => process.stdout.write(s + '\n'),
	err: (s) => process.stderr.write(s + '\n')
};

const options = {
	catalog: { type: 'string' },
	format: { type: 'string', default: 'json' },
	lang: { type: 'string', default: 'de' },
	solutions: { type: 'string' },
	scenario: { type: 'string' },
	phase: { type: 'string' },
	state: { type: 'string' },
	without: { type: 'string' },
	assume: { type: 'string' },
	output: { type: 'string', short: 'o' },
	force: { type: 'boolean' },
	help: { type: 'boolean', short: 'h' }
} as const;

const list = (value: string | undefined) =>
	value
		? value
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean)
		: [];
const fail = (de: string, en: string, file = 'baukasten') =>
	new InputError([problem(file, '', de, en)]);

/** parseArgs' complaints (English only) in the language of the other messages. */
function argumentMessage(error: TypeError & { code?: unknown }, lang: Lang): string {
	const option = /'([^' ]+)/.exec(error.message)?.[1] ?? '';
	const help = lang === 'de' ? 'Hilfe: baukasten --help' : 'Help: baukasten --help';
	if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
		return lang === 'de'
			? `Unbekannte Option „${option}“. ${help}`
			: `Unknown option "${option}". ${help}`;
	if (/argument missing/.test(error.message))
		return lang === 'de'
			? `Die Option „${option.replace(/,$/, '')}“ braucht einen Wert. ${help}`
			: `The option "${option.replace(/,$/, '')}" needs a value. ${help}`;
	if (/does not take an argument/.test(error.message))
		return lang === 'de'
			? `Die Option „${option}“ nimmt keinen Wert. ${help}`
			: `The option "${option}" takes no value. ${help}`;
	return error.message;
}

/** A configuration file through the one input path; upgrade notices go to stderr. */
function readConfiguration(file: string, catalog: Catalog, io: Io, lang: Lang): Configuration {
	const parsed = readConfigurationData(readDocument(file), catalog, file);
	if (!parsed.ok) throw new InputError(parsed.problems);
	for (const notice of parsed.notices) io.err(`${file}: ${notice[lang]}`);
	return parsed.value;
}

export async function main(argv: string[], io: Io = stdio): Promise<number> {
	// Known before the arguments are parsed, so that even a parse error speaks the right language.
	let lang: Lang =
		argv.includes('--lang=en') || argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'de';
	try {
		const { values, positionals } = parseArgs({
			args: argv,
			options,
			allowPositionals: true,
			strict: true
		});
		lang = values.lang === 'en' ? 'en' : 'de';
		if (values.lang !== 'de' && values.lang !== 'en')
			throw fail('--lang kennt nur de und en.', '--lang accepts de and en only.');
		const [command, ...rest] = positionals;
		if (values.help || !command) {
			io.out(usage[lang]);
			return command || values.help ? 0 : 2;
		}
		const format = values.format;
		if (!['json', 'table', 'csv', ...(command === 'plan' ? ['docx'] : [])].includes(format))
			throw fail(
				`--format kennt json, table und csv${command === 'plan' ? ' und docx' : ''}.`,
				`--format accepts json, table and csv${command === 'plan' ? ' and docx' : ''}.`
			);
		const catalogDir = values.catalog ?? catalogDirDefault;
		/** The result to stdout, or to the file of -o; only called once it is complete. */
		const write = (text: string) => {
			if (values.output === undefined) io.out(text.trimEnd());
			else writeFileAtomic(values.output, text.trimEnd() + '\n', values.force === true);
		};
		/** JSON carries everything; the table for people starts with the notes that frame it. */
		const print = (
			result: unknown,
			table?: (catalog: Catalog) => Table,
			catalog?: Catalog,
			notes: LocalizedText[] = []
		) => {
			if (format === 'json' || !table || !catalog) write(JSON.stringify(result, null, 2));
			else if (format === 'csv') write(toCsv(table(catalog), lang));
			else
				write(
					[
						...notes.map((n) => `${lang === 'de' ? 'Hinweis' : 'Note'}: ${n[lang]}`),
						toTextTable(table(catalog))
					].join('\n')
				);
		};
		const one = (what: [string, string]) => {
			if (rest.length !== 1)
				throw fail(`Bitte genau eine ${what[0]} angeben.`, `Please give exactly one ${what[1]}.`);
			return rest[0]!;
		};

		switch (command) {
			case 'catalog': {
				if (rest[0] !== 'check')
					throw fail(
						'Unbekannter Befehl: catalog ' + (rest[0] ?? ''),
						'Unknown command: catalog ' + (rest[0] ?? '')
					);
				if (values.output !== undefined)
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
			case 'recommend': {
				const file = one(['Profil-Datei', 'profile file']);
				const catalog = loadCatalog(catalogDir);
				const parsed = parseProfile(readDocument(file), file);
				if (!parsed.ok) throw new InputError(parsed.problems);
				const result = recommend(parsed.value, catalog);
				print(
					result,
					(c) => recommendationTable(result, c, lang),
					catalog,
					result.warnings.map((w) => w.message)
				);
				return 0;
			}
			case 'gaps': {
				const file = one(['Konfigurationsdatei', 'configuration file']);
				const catalog = loadCatalog(catalogDir);
				const parsed = readConfiguration(file, catalog, io, lang);
				const result = analyzeGaps(parsed, catalog);
				print(result, (c) => gapTable(result, c, lang), catalog, [
					...result.notices,
					...result.warnings
				]);
				return 0;
			}
			case 'plan': {
				const file = one(['Konfigurationsdatei', 'configuration file']);
				const catalog = loadCatalog(catalogDir);
				const config = readConfiguration(file, catalog, io, lang);
				return await runPlan({
					config,
					catalog,
					format,
					lang,
					output: values.output,
					force: values.force === true,
					out: io.out
				});
			}
			case 'compare': {
				const catalog = loadCatalog(catalogDir);
				let context: ComparisonContext;
				let solutionIds = list(values.solutions);
				if (rest.length === 1) {
					const c = readConfiguration(rest[0]!, catalog, io, lang);
					context = {
						scenario: c.scenario,
						phase: c.phase,
						state: c.profile.state,
						customizations: c.customizations
					};
					if (!solutionIds.length) solutionIds = c.solutions;
				} else if (rest.length === 0 && values.scenario && values.phase && values.state) {
					context = { scenario: values.scenario, phase: values.phase, state: values.state };
					const index = indexCatalog(catalog);
					if (!index.scenario.has(context.scenario))
						throw fail(
							`Das Szenario „${context.scenario}“ gibt es nicht.`,
							`Scenario "${context.scenario}" does not exist.`,
							'--scenario'
						);
					if (!index.phase.has(context.phase))
						throw fail(
							`Die Phase „${context.phase}“ gibt es nicht.`,
							`Phase "${context.phase}" does not exist.`,
							'--phase'
						);
					if (!index.state.has(context.state))
						throw fail(
							`Das Land „${context.state}“ gibt es nicht.`,
							`State "${context.state}" does not exist.`,
							'--state'
						);
				} else
					throw fail(
						'Bitte eine Konfigurationsdatei oder --scenario, --phase und --state angeben.',
						'Please give a configuration file or --scenario, --phase and --state.'
					);
				const problems = solutionIdProblems(solutionIds, catalog);
				if (problems.length) throw new InputError(problems);
				const result = compareSolutions(context, solutionIds, catalog);
				print(result, (c) => comparisonTable(result, c, lang), catalog);
				return 0;
			}
			case 'coverage': {
				const catalog = loadCatalog(catalogDir);
				const index = indexCatalog(catalog);
				const state = index.state.get(values.state ?? '');
				if (!state)
					throw fail(
						`Bitte ein Land mit --state angeben (${[...index.state.keys()].join(', ')}).`,
						`Please give a state with --state (${[...index.state.keys()].join(', ')}).`,
						'--state'
					);
				const phase = values.phase ?? state.defaultPhase;
				if (!index.phase.has(phase))
					throw fail(
						`Die Phase „${phase}“ gibt es nicht.`,
						`Phase "${phase}" does not exist.`,
						'--phase'
					);
				const without = list(values.without);
				const assume = list(values.assume);
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
				print(
					result,
					(c) => coverageTable(result, c, lang),
					catalog,
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
			case 'new': {
				const file = one(['Profil-Datei', 'profile file']);
				const catalog = loadCatalog(catalogDir);
				const parsed = parseProfile(readDocument(file), file);
				if (!parsed.ok) throw new InputError(parsed.problems);
				const index = indexCatalog(catalog);
				const profile = parsed.value;
				const scenario = values.scenario ?? recommend(profile, catalog).recommended;
				const phase = values.phase ?? index.state.get(profile.state)!.defaultPhase;
				if (!index.scenario.has(scenario))
					throw fail(
						`Das Szenario „${scenario}“ gibt es nicht.`,
						`Scenario "${scenario}" does not exist.`,
						'--scenario'
					);
				if (!index.phase.has(phase))
					throw fail(
						`Die Phase „${phase}“ gibt es nicht.`,
						`Phase "${phase}" does not exist.`,
						'--phase'
					);
				const solutions = list(values.solutions);
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
				write(configurationJson(configuration));
				return 0;
			}
			case 'migrate': {
				const file = one(['Konfigurationsdatei', 'configuration file']);
				const catalog = loadCatalog(catalogDir);
				const migrated = readConfiguration(file, catalog, io, lang);
				// Brought to today's catalog, the document says so: later opens give no notice.
				write(configurationJson({ ...migrated, catalogVersion: catalog.meta.catalogVersion }));
				return 0;
			}
			case 'aggregate': {
				if (!rest.length)
					throw fail('Bitte Dateien oder Ordner angeben.', 'Please give files or folders.');
				const catalog = loadCatalog(catalogDir);
				// One file at a time: read, validate, count, forget. Memory stays flat.
				const aggregation = createAggregation(catalog);
				const { files, skipped } = walkJsonFiles(rest);
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
					io.err(formatProblem(bad.problems[0] ?? problem(bad.name, '', '?', '?'), lang));
				print(result, (c) => aggregateTable(result, c, lang), catalog);
				return 0;
			}
			default:
				throw fail(
					`Unbekannter Befehl „${command}“. Hilfe: baukasten --help`,
					`Unknown command "${command}". Help: baukasten --help`
				);
		}
	} catch (error) {
		if (error instanceof InputError) {
			for (const p of error.problems) io.err(formatProblem(p, lang));
			return 2;
		}
		if (
			error instanceof TypeError &&
			'code' in error &&
			String(error.code).startsWith('ERR_PARSE_ARGS')
		) {
			io.err(`baukasten: ${argumentMessage(error, lang)}`);
			return 2;
		}
		// A bug, not bad input: one line, and the details only when asked for.
		io.err(
			lang === 'de'
				? `baukasten: interner Fehler: ${error instanceof Error ? error.message : String(error)}`
				: `baukasten: internal error: ${error instanceof Error ? error.message : String(error)}`
		);
		if (process.env.BAUKASTEN_DEBUG && error instanceof Error) io.err(String(error.stack));
		return 3;
	}
}
