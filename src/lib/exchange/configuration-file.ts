/** A configuration as a downloadable JSON file. */
import type { Configuration } from '../schema/types';

export function configurationJson(config: Configuration): string {
	return JSON.stringify(config, null, '\t') + '\n';
}

/** A file name from the carrier's name and the date, e.g. `baukasten-amt-beispielhausen-2026-11-29.json`. */
export function configurationFileName(config: Configuration): string {
	const slug = (config.profile.name ?? 'konfiguration')
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ß/g, 'ss')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `baukasten-${slug || 'konfiguration'}-${config.savedAt.slice(0, 10)}.json`;
}
