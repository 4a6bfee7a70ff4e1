/**
 * `baukasten`: the domain engine on the command line. JSON on stdout by default (the engine's
 * result as is), `--format table` or `--format csv` for people, `-o FILE` to write it to a file
 * instead (atomically; an existing file only with --force). Exit codes: 0 ok, 1 the catalog
 * check found problems, 2 bad input or a failed write (one line per problem on stderr, nothing
 * on stdout), 3 an internal error. Each command lives in commands/<name>.ts.
 */
import { parseArgs } from 'node:util';
import { formatProblem } from '../../src/lib/domain';
import { toCsv, toTextTable, type Lang } from '../../src/lib/export';
import { fail, type CommandContext, type Io } from './command';
import { commands } from './commands';
import { InputError } from './input';
import { catalogDirDefault, loadCatalogFromDir } from './load-catalog';
import { writeFileAtomic } from './output';
import { usage } from './usage';

export type { Io } from './command';

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
		const [name, ...args] = positionals;
		if (values.help || !name) {
			io.out(usage[lang]);
			return name || values.help ? 0 : 2;
		}
		const command = commands.get(name);
		const extra = command?.extraFormats ?? [];
		const format = values.format;
		if (!['json', 'table', 'csv', ...extra].includes(format))
			throw fail(
				`--format kennt json, table und csv${extra.map((f) => ` und ${f}`).join('')}.`,
				`--format accepts json, table and csv${extra.map((f) => ` and ${f}`).join('')}.`
			);
		if (!command)
			throw fail(
				`Unbekannter Befehl „${name}“. Hilfe: baukasten --help`,
				`Unknown command "${name}". Help: baukasten --help`
			);
		const catalogDir = values.catalog ?? catalogDirDefault;
		const write = (text: string) => {
			if (values.output === undefined) io.out(text.trimEnd());
			else writeFileAtomic(values.output, text.trimEnd() + '\n', values.force === true);
		};
		const ctx: CommandContext = {
			args,
			options: values,
			lang,
			format,
			io,
			catalogDir,
			catalog: () => loadCatalogFromDir(catalogDir),
			write,
			print(result, table, notes = []) {
				if (format === 'json' || !table) write(JSON.stringify(result, null, 2));
				else if (format === 'csv') write(toCsv(table(), lang));
				else
					write(
						[
							...notes.map((n) => `${lang === 'de' ? 'Hinweis' : 'Note'}: ${n[lang]}`),
							toTextTable(table())
						].join('\n')
					);
			}
		};
		return await command.run(ctx);
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
