/**
 * A problem found in a document: where it is (file and JSON pointer) and what is wrong, in German
 * and English. Catalog checks, document validation and the CLI all report problems this way.
 */
import type { LocalizedText } from '../schema/types';

export interface Problem {
	/** File name or label of the input, e.g. `scenarios/musterloesung-gs.json`. */
	file: string;
	/** JSON pointer into the document, '' for the whole document. */
	pointer: string;
	message: LocalizedText;
}

export function problem(file: string, pointer: string, de: string, en: string): Problem {
	return { file, pointer, message: { de, en } };
}

/** How much of a key or value from the input a message repeats. */
export const ECHO_LENGTH = 40;

/**
 * Text from the input, cut for a message: at most `max` characters plus "…", with control and
 * bidirectional formatting characters made visible, so an echoed key can neither flood a page
 * nor reorder the text around it.
 */
export function clip(text: string, max = ECHO_LENGTH): string {
	// Never split a surrogate pair: a lone half would print as a replacement character.
	const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
	const cut = text.length > max ? `${text.slice(0, end)}…` : text;
	return cut.replace(
		// eslint-disable-next-line no-control-regex
		/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

/** One segment of a JSON pointer, escaped (`~` and `/`). */
export const pointerSegment = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** `/phases/uebergangsphase/blocks/4` -> `phases.uebergangsphase.blocks[4]` (readable path). */
export function readablePath(pointer: string): string {
	if (!pointer) return '(Dokument)';
	return pointer
		.split('/')
		.slice(1)
		.map((part) => clip(part.replace(/~1/g, '/').replace(/~0/g, '~')))
		.reduce(
			(path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part),
			''
		);
}

/** One line per problem, e.g. for the CLI: `blocks.json: blocks[3].id: …`. */
export function formatProblem(p: Problem, lang: 'de' | 'en'): string {
	const where = p.pointer ? `${readablePath(p.pointer)}: ` : '';
	return `${p.file}: ${where}${p.message[lang]}`;
}
