/**
 * A configuration as a link: the whole document, compressed (lz-string), in the URL fragment.
 * Browsers never send the fragment to a server, so the link carries the carrier's data only to
 * whoever opens it. Opening decompresses with a bound on the output (no link can inflate past
 * the size limit of every way in) and then goes through the one input path
 * (readConfigurationText: size, JSON, shape limits, upgrade, schema, catalog references).
 */
import LZString from 'lz-string';
import {
	MAX_DOCUMENT_BYTES,
	problem,
	readConfigurationText,
	type Catalog,
	type ConfigurationInput
} from '../domain';
import type { Configuration } from '../schema/types';
import { decompressBounded } from './lz-decompress';

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
	// UTF-16 units ≤ UTF-8 bytes: a text over the limit in units is over it in bytes, too.
	const text = decompressBounded(payload, MAX_DOCUMENT_BYTES);
	if (!text.ok)
		return text.reason === 'too-long'
			? fail(
					'Der Link entpackt zu mehr Text, als eine Konfiguration haben kann; er wurde nicht geöffnet.',
					'The link unpacks to more text than a configuration can have; it was not opened.'
				)
			: fail(
					'Der Link ist unvollständig oder beschädigt. Bitten Sie um einen neuen Link oder um die Datei.',
					'The link is incomplete or damaged. Ask for a new link or for the file.'
				);
	const read = readConfigurationText(text.text, catalog, file);
	if (read.ok) return read;
	// A cut-off link usually still unpacks, to cut-off JSON: say "link", not "file".
	const cut = read.problems.some((p) => p.message.en.startsWith('Not valid JSON'));
	return cut
		? fail(
				'Der Link ist unvollständig oder beschädigt. Bitten Sie um einen neuen Link oder um die Datei.',
				'The link is incomplete or damaged. Ask for a new link or for the file.'
			)
		: read;
}
