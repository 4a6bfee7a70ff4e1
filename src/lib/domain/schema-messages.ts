/**
 * The validators' errors in plain German and English, for fields without a form label (the
 * catalog's files): what is expected, in words, never as a keyword or an operator. Values from
 * the input are cut to a few dozen characters.
 */
import type { ErrorObject } from 'ajv';
import type { LocalizedText } from '../schema/types';
import { clip } from './problem';

const typeWords: Record<string, LocalizedText> = {
	integer: { de: 'eine ganze Zahl', en: 'a whole number' },
	number: { de: 'eine Zahl', en: 'a number' },
	string: { de: 'ein Text', en: 'a text' },
	boolean: { de: 'ja oder nein (true/false)', en: 'yes or no (true/false)' },
	array: { de: 'eine Liste ([ … ])', en: 'a list ([ … ])' },
	object: { de: 'eine Gruppe von Angaben ({ … })', en: 'a group of fields ({ … })' },
	null: { de: 'leer (null)', en: 'empty (null)' }
};

const patternWords: Record<string, LocalizedText> = {
	'^[a-z0-9]+(-[a-z0-9]+)*$': {
		de: 'ist keine gültige Kennung: nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. „identitaetsmanagement“.',
		en: 'is not a valid id: only lower-case letters a–z, digits and single hyphens, e.g. "identitaetsmanagement".'
	},
	'^[0-9]+\\.[0-9]+\\.[0-9]+$': {
		de: 'muss eine Versionsnummer wie „1.2.0“ sein.',
		en: 'must be a version number like "1.2.0".'
	},
	'^https?://': {
		de: 'muss eine Webadresse sein, die mit „https://“ oder „http://“ beginnt.',
		en: 'must be a web address beginning with "https://" or "http://".'
	},
	'^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$': {
		de: 'muss ein Jahr, Monat oder Datum wie „2026“, „2026-11“ oder „2026-11-29“ sein.',
		en: 'must be a year, month or date like "2026", "2026-11" or "2026-11-29".'
	}
};

const formatWords: Record<string, LocalizedText> = {
	date: { de: 'ein Datum wie „2026-11-29“', en: 'a date like "2026-11-29"' },
	'date-time': {
		de: 'Datum und Uhrzeit wie „2026-11-29T10:00:00Z“',
		en: 'a date and time like "2026-11-29T10:00:00Z"'
	},
	uri: { de: 'eine Webadresse (https://…)', en: 'a web address (https://…)' }
};

const quoted = (value: unknown): LocalizedText => {
	const text = clip(typeof value === 'string' ? value : JSON.stringify(value));
	return { de: `„${text}“`, en: `"${text}"` };
};

const both = (de: string, en: string): LocalizedText => ({ de, en });

/** What is wrong, as a predicate for "<path>: …" (e.g. "muss eine ganze Zahl sein."). */
export function schemaMessage(error: ErrorObject): LocalizedText {
	const p = error.params as Record<string, unknown>;
	const limit = Number(p.limit);
	switch (error.keyword) {
		case 'required': {
			const name = quoted(p.missingProperty);
			return both(`Die Angabe ${name.de} fehlt.`, `The field ${name.en} is missing.`);
		}
		case 'additionalProperties':
		case 'unevaluatedProperties': {
			const name = quoted(p.additionalProperty ?? p.unevaluatedProperty);
			return both(
				`Die Angabe ${name.de} ist hier nicht vorgesehen (Tippfehler?).`,
				`The field ${name.en} does not belong here (a typo?).`
			);
		}
		case 'type': {
			const types = String(p.type)
				.split(',')
				.map((t) => typeWords[t] ?? both(t, t));
			return both(
				`muss ${types.map((t) => t.de).join(' oder ')} sein.`,
				`must be ${types.map((t) => t.en).join(' or ')}.`
			);
		}
		case 'enum': {
			const values = (p.allowedValues as unknown[]).map((v) => quoted(v));
			return both(
				`ist nicht erlaubt; möglich sind: ${values.map((v) => v.de).join(', ')}.`,
				`is not allowed; possible values: ${values.map((v) => v.en).join(', ')}.`
			);
		}
		case 'const': {
			const value = quoted(p.allowedValue);
			return both(`muss ${value.de} sein.`, `must be ${value.en}.`);
		}
		case 'pattern':
			return (
				patternWords[String(p.pattern)] ??
				both('hat nicht die erwartete Form.', 'does not have the expected form.')
			);
		case 'format': {
			const words = formatWords[String(p.format)] ?? both(String(p.format), String(p.format));
			return both(`muss ${words.de} sein.`, `must be ${words.en}.`);
		}
		case 'minLength':
			return limit === 1
				? both('darf nicht leer sein.', 'must not be empty.')
				: both(
						`muss mindestens ${limit} Zeichen lang sein.`,
						`must be at least ${limit} characters long.`
					);
		case 'maxLength':
			return both(
				`darf höchstens ${limit} Zeichen lang sein.`,
				`may be at most ${limit} characters long.`
			);
		case 'minimum':
			return both(`muss mindestens ${limit} sein.`, `must be at least ${limit}.`);
		case 'maximum':
			return both(`darf höchstens ${limit} sein.`, `may be at most ${limit}.`);
		case 'exclusiveMinimum':
			return both(`muss größer als ${limit} sein.`, `must be greater than ${limit}.`);
		case 'exclusiveMaximum':
			return both(`muss kleiner als ${limit} sein.`, `must be less than ${limit}.`);
		case 'minItems':
			return limit === 1
				? both('braucht mindestens einen Eintrag.', 'needs at least one entry.')
				: both(`braucht mindestens ${limit} Einträge.`, `needs at least ${limit} entries.`);
		case 'maxItems':
		case 'maxProperties':
			return both(`darf höchstens ${limit} Einträge haben.`, `may have at most ${limit} entries.`);
		case 'minProperties':
			return both(`braucht mindestens ${limit} Einträge.`, `needs at least ${limit} entries.`);
		case 'uniqueItems':
			return both(
				`enthält einen Eintrag doppelt (Nr. ${Number(p.j) + 1} und ${Number(p.i) + 1}); jeder darf nur einmal vorkommen.`,
				`contains an entry twice (no. ${Number(p.j) + 1} and ${Number(p.i) + 1}); each may appear only once.`
			);
		case 'propertyNames':
			return patternWords['^[a-z0-9]+(-[a-z0-9]+)*$']!;
		case 'anyOf':
		case 'oneOf':
			return both('passt zu keiner der erlaubten Formen.', 'matches none of the allowed forms.');
		default:
			return both(
				`verletzt die Regel „${error.keyword}“ des Schemas.`,
				`breaks the schema rule "${error.keyword}".`
			);
	}
}
