/**
 * What every `baukasten` command gets from `main`: its arguments, the parsed options, the output
 * (stdout or the file of -o), the catalog, and the checks several commands share. A command is
 * one file in commands/ that returns its exit code and throws `InputError` for bad input.
 */
import {
	problem,
	readConfigurationData,
	type Catalog,
	type CatalogIndex
} from '../../src/lib/domain';
import type { Table, Lang } from '../../src/lib/export';
import type { Configuration, LocalizedText } from '../../src/lib/schema/types';
import { InputError, readDocument } from './input';

export interface Io {
	out: (text: string) => void;
	err: (text: string) => void;
}

/** The options every command may be given (parseArgs' `values`). */
export interface Options {
	catalog?: string;
	format: string;
	lang: string;
	solutions?: string;
	scenario?: string;
	phase?: string;
	state?: string;
	without?: string;
	assume?: string;
	output?: string;
	force?: boolean;
	help?: boolean;
}

export interface CommandContext {
	/** The arguments after the command's name. */
	args: string[];
	options: Options;
	lang: Lang;
	/** json, table or csv (and docx for a command that allows it). */
	format: string;
	io: Io;
	/** The catalog folder of --catalog, or the shipped one. */
	catalogDir: string;
	/** The catalog of that folder, loaded once per process. */
	catalog: () => Catalog;
	/** The result to stdout, or to the file of -o (atomically); only called once it is complete. */
	write: (text: string) => void;
	/** JSON carries everything; the table or CSV for people starts with the notes that frame it. */
	print: (result: unknown, table?: () => Table, notes?: LocalizedText[]) => void;
}

export interface Command {
	/** The first word on the command line, e.g. `gaps`. */
	name: string;
	/** Formats beyond json, table and csv (plan writes docx). */
	extraFormats?: readonly string[];
	run: (ctx: CommandContext) => number | Promise<number>;
}

/** One problem about the command line itself, named after the option or the command. */
export const fail = (de: string, en: string, file = 'baukasten') =>
	new InputError([problem(file, '', de, en)]);

/** `a, b,,c ` -> ['a', 'b', 'c'] */
export const list = (value: string | undefined) =>
	value
		? value
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean)
		: [];

/** The single file argument a command takes, e.g. ['Profil-Datei', 'profile file']. */
export function onlyFile(ctx: CommandContext, what: [string, string]): string {
	if (ctx.args.length !== 1)
		throw fail(`Bitte genau eine ${what[0]} angeben.`, `Please give exactly one ${what[1]}.`);
	return ctx.args[0]!;
}

/** A configuration file through the one input path; upgrade notices go to stderr. */
export function readConfiguration(ctx: CommandContext, file: string): Configuration {
	const catalog = ctx.catalog();
	const parsed = readConfigurationData(readDocument(file), catalog, file);
	if (!parsed.ok) throw new InputError(parsed.problems);
	for (const notice of parsed.notices) ctx.io.err(`${file}: ${notice[ctx.lang]}`);
	return parsed.value;
}

const unknownId = {
	scenario: (id: string) => [
		`Das Szenario „${id}“ gibt es nicht.`,
		`Scenario "${id}" does not exist.`
	],
	phase: (id: string) => [`Die Phase „${id}“ gibt es nicht.`, `Phase "${id}" does not exist.`],
	state: (id: string) => [`Das Land „${id}“ gibt es nicht.`, `State "${id}" does not exist.`]
} satisfies Record<string, (id: string) => [string, string]>;

/** Throws unless the catalog has a scenario, phase or state with this id (given with `option`). */
export function requireKnown(
	index: CatalogIndex,
	kind: keyof typeof unknownId,
	id: string,
	option: string
): void {
	if (index[kind].has(id)) return;
	const [de, en] = unknownId[kind](id);
	throw fail(de, en, option);
}
