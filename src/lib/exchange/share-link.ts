/**
 * A configuration as a link: the whole document, compressed (lz-string), in the URL fragment.
 * Browsers never send the fragment to a server, so the link carries the carrier's data only to
 * whoever opens it. Opening goes through the one input path (readConfigurationData).
 */
import LZString from 'lz-string';
import { problem, readConfigurationData, type Catalog, type ConfigurationInput } from '../domain';
import type { Configuration } from '../schema/types';

/** The fragment key: `#konfiguration=…`. */
export const SHARE_KEY = 'konfiguration';
/** Longer fragments are not links this app made; rejected before decompressing. */
export const MAX_FRAGMENT_LENGTH = 32_000;

export function shareFragment(config: Configuration): string {
	return `${SHARE_KEY}=${LZString.compressToEncodedURIComponent(JSON.stringify(config))}`;
}

/** The full link to the assistant's result page with the configuration in its fragment. */
export function shareUrl(origin: string, resultPath: string, config: Configuration): string {
	return `${origin}${resultPath}#${shareFragment(config)}`;
}

/** Whether a location hash carries a shared configuration at all. */
export const hasSharedConfiguration = (hash: string) =>
	hash.replace(/^#/, '').startsWith(`${SHARE_KEY}=`);

export function readShareFragment(hash: string, catalog: Catalog): ConfigurationInput {
	const file = 'Link';
	const fail = (de: string, en: string): ConfigurationInput => ({
		ok: false,
		problems: [problem(file, '', de, en)]
	});
	const fragment = hash.replace(/^#/, '');
	if (!fragment.startsWith(`${SHARE_KEY}=`))
		return fail('Der Link enthält keine Konfiguration.', 'The link contains no configuration.');
	const payload = fragment.slice(SHARE_KEY.length + 1);
	if (payload.length > MAX_FRAGMENT_LENGTH)
		return fail(
			'Der Link ist zu lang für eine Konfiguration.',
			'The link is too long for a configuration.'
		);
	let text: string | null;
	try {
		text = LZString.decompressFromEncodedURIComponent(payload);
	} catch {
		text = null;
	}
	if (!text)
		return fail(
			'Der Link ist unvollständig oder beschädigt.',
			'The link is incomplete or damaged.'
		);
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return fail(
			'Der Link ist unvollständig oder beschädigt.',
			'The link is incomplete or damaged.'
		);
	}
	return readConfigurationData(data, catalog, file);
}
