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

/** `/phases/uebergangsphase/blocks/4` -> `phases.uebergangsphase.blocks[4]` (readable path). */
export function readablePath(pointer: string): string {
	if (!pointer) return '(Dokument)';
	return pointer
		.split('/')
		.slice(1)
		.map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
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
