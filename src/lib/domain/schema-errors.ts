/**
 * Turns the precompiled validators' errors into problems with German and English messages
 * (ajv-i18n), naming the place of each error.
 */
import type { ErrorObject } from 'ajv';
import localizeDe from 'ajv-i18n/localize/de/index.js';
import localizeEn from 'ajv-i18n/localize/en/index.js';
import type { Validator } from '../generated/validators';
import type { Problem } from './problem';

const MAX_PROBLEMS = 20;

function localized(
	errors: ErrorObject[],
	localize: (errors: ErrorObject[]) => void
): ErrorObject[] {
	const copy = errors.map((e) => ({ ...e }));
	localize(copy);
	return copy;
}

function detail(error: ErrorObject): string {
	const params = error.params as Record<string, unknown>;
	if (error.keyword === 'additionalProperties') return ` (${String(params.additionalProperty)})`;
	if (error.keyword === 'enum')
		return `: ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
	return '';
}

/**
 * Validates `data`; returns [] when valid, else up to 20 problems. Errors that only repeat an
 * `if/then` branch failure are dropped, the concrete error below them is kept.
 */
export function schemaProblems(validate: Validator, data: unknown, file: string): Problem[] {
	if (validate(data)) return [];
	const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
	const de = localized(errors, localizeDe as (e: ErrorObject[]) => void);
	const en = localized(errors, localizeEn as (e: ErrorObject[]) => void);
	const seen = new Set<string>();
	const problems: Problem[] = [];
	errors.forEach((error, i) => {
		const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
		if (seen.has(key) || problems.length >= MAX_PROBLEMS) return;
		seen.add(key);
		problems.push({
			file,
			pointer: error.instancePath,
			message: {
				de: `${de[i]?.message ?? error.message}${detail(error)}`,
				en: `${en[i]?.message ?? error.message}${detail(error)}`
			}
		});
	});
	return problems;
}
