/**
 * Turns the precompiled validators' errors into problems in plain German and English, each
 * naming its place. For the user's documents a field is named in the words of the form and
 * says what a valid answer looks like (field-labels.ts); elsewhere (the catalog) the message
 * says in words what is expected (schema-messages.ts). No message repeats more than a few dozen
 * characters of the input.
 */
import type { ErrorObject } from 'ajv';
import type { Validator } from '../generated/document-validators';
import type { FieldLabels } from './field-labels';
import { clip, pointerSegment, type Problem } from './problem';
import { schemaMessage } from './schema-messages';

const MAX_PROBLEMS = 20;

/** The value at a JSON pointer, or undefined. */
function valueAt(data: unknown, pointer: string): unknown {
	let value = data;
	for (const part of pointer.split('/').slice(1)) {
		if (!value || typeof value !== 'object') return undefined;
		const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
		if (!Object.hasOwn(value, key)) return undefined;
		value = (value as Record<string, unknown>)[key];
	}
	return value;
}

/** Where an error is: a missing or unknown field, or a bad key, is pointed at itself. */
function pointerOf(error: ErrorObject): string {
	const p = error.params as Record<string, unknown>;
	const key =
		error.keyword === 'required'
			? p.missingProperty
			: error.keyword === 'propertyNames'
				? p.propertyName
				: undefined;
	return typeof key === 'string'
		? `${error.instancePath}/${pointerSegment(key)}`
		: error.instancePath;
}

function message(error: ErrorObject, pointer: string, data: unknown, labels?: FieldLabels) {
	const label = labels?.(pointer);
	if (!label) return schemaMessage(error);
	if (error.keyword === 'required')
		return { de: `Es fehlt: ${label.name.de}.`, en: `Missing: ${label.name.en}.` };
	if (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties')
		return schemaMessage(error);
	if (pointer === '/formatVersion') {
		const version = valueAt(data, pointer);
		if (typeof version === 'number' && version > 1)
			return {
				de: `Die Datei stammt aus einer neueren Version dieses Werkzeugs (Format ${clip(String(version))}). Diese Version kennt Format 1; bitte öffnen Sie die Datei mit der aktuellen Version des Werkzeugs.`,
				en: `The file comes from a newer version of this tool (format ${clip(String(version))}). This version knows format 1; please open the file with the current version of the tool.`
			};
	}
	if (error.keyword === 'propertyNames') {
		const key = clip(String((error.params as { propertyName: string }).propertyName));
		return {
			de: `„${key}“ ist keine gültige Kennung. ${label.expect.de}`,
			en: `"${key}" is not a valid id. ${label.expect.en}`
		};
	}
	return label.expect;
}

/**
 * Validates `data`; returns [] when valid, else up to 20 problems. Errors that only repeat an
 * `if/then` branch or a property name's inner rule are dropped, and a labelled field gets one
 * problem however many rules it breaks. Unknown fields come first, missing ones last.
 */
export function schemaProblems(
	validate: Validator,
	data: unknown,
	file: string,
	labels?: FieldLabels
): Problem[] {
	if (validate(data)) return [];
	const seen = new Set<string>();
	const problems: Problem[] = [];
	// An unknown field first (often a typo that also causes a "missing" one), missing ones last.
	const rank = (e: ErrorObject) =>
		e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties'
			? 0
			: e.keyword === 'required'
				? 2
				: 1;
	const errors = [...(validate.errors ?? [])].sort((a, b) => rank(a) - rank(b));
	for (const error of errors) {
		if (problems.length >= MAX_PROBLEMS) break;
		// A bad property name is reported twice: by its inner rule and by propertyNames.
		if (error.keyword === 'if' || (error as { propertyName?: string }).propertyName !== undefined)
			continue;
		const pointer = pointerOf(error);
		const text = message(error, pointer, data, labels);
		const key = `${pointer}|${text.de}`;
		if (seen.has(key)) continue;
		seen.add(key);
		// The pointer keeps its segments, cut like every echo of the input.
		const shown = pointer
			.split('/')
			.map((part) => (part.length > 40 ? clip(part) : part))
			.join('/');
		problems.push({ file, pointer: shown, message: text });
	}
	return problems;
}
