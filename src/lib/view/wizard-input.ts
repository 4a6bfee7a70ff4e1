/**
 * What the assistant receives from outside – a configuration file chosen or dropped by the
 * carrier – read by the engine, and the problems found in it as one readable line each.
 */
import {
	readablePath,
	readConfigurationFile,
	type Catalog,
	type ConfigurationInput,
	type Problem
} from '$lib/domain';
import { localized } from '$lib/i18n/localized';

/** The file read and checked against the catalog; never throws, problems are in the result. */
export const readConfigurationUpload = (
	file: File,
	catalog: Catalog
): Promise<ConfigurationInput> => readConfigurationFile(file, catalog);

/** "file – place in the document: message", in the current UI language. */
export function problemLine(problem: Problem): string {
	const place = problem.pointer ? ` – ${readablePath(problem.pointer)}` : '';
	return `${problem.file}${place}: ${localized(problem.message)}`;
}
