/**
 * lz-string's `decompressFromEncodedURIComponent`, with a bound on the output. lz-string itself
 * has none, and its LZW output grows with the square of the input: a 32,000-character link
 * became 109 million characters and crashed the tab. This decoder stops as soon as the output
 * would pass `maxLength` characters, so its time and memory stay within that bound and the
 * input's length.
 *
 * Ported from lz-string 1.5.0 (`_decompress`), Copyright (c) 2013 pieroxy, MIT licence
 * (https://github.com/pieroxy/lz-string). The unit tests check it against lz-string's own
 * decoder.
 */

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const values = new Map([...alphabet].map((c, i) => [c, i]));

/** Why decoding stopped without a text. */
export type DecompressFailure = 'damaged' | 'too-long';

export function decompressBounded(
	input: string,
	maxLength: number
): { ok: true; text: string } | { ok: false; reason: DecompressFailure } {
	const text = input.replace(/ /g, '+');
	const length = text.length;
	if (!length) return { ok: false, reason: 'damaged' };
	// lz-string reads a character outside the alphabet as 0; so does this port.
	const valueAt = (i: number) => values.get(text.charAt(i)) ?? 0;
	const resetValue = 32;
	let val = valueAt(0);
	let position = resetValue;
	let index = 1;
	const read = (count: number) => {
		let bits = 0;
		for (let power = 1, n = 0; n < count; n++, power <<= 1) {
			const bit = val & position;
			position >>= 1;
			if (position === 0) {
				position = resetValue;
				val = valueAt(index++);
			}
			if (bit) bits |= power;
		}
		return bits;
	};

	const dictionary: (string | number)[] = [0, 1, 2];
	let dictSize = 4;
	let enlargeIn = 4;
	let numBits = 3;
	const result: string[] = [];

	const first = read(2);
	// 0 and 1 start with a literal; 2 is the end mark, 3 is no valid start at all.
	if (first > 1) return { ok: false, reason: 'damaged' };
	let w = String.fromCharCode(read(first === 0 ? 8 : 16));
	dictionary[3] = w;
	result.push(w);
	let produced = 1;

	for (;;) {
		if (index > length) return { ok: false, reason: 'damaged' };
		let c = read(numBits);
		if (c === 0 || c === 1) {
			dictionary[dictSize++] = String.fromCharCode(read(c === 0 ? 8 : 16));
			c = dictSize - 1;
			enlargeIn--;
		} else if (c === 2) return { ok: true, text: result.join('') };

		if (enlargeIn === 0) {
			enlargeIn = 2 ** numBits;
			numBits++;
		}

		const known = dictionary[c];
		let entry: string;
		if (typeof known === 'string') entry = known;
		else if (c === dictSize) entry = w + w.charAt(0);
		else return { ok: false, reason: 'damaged' };

		produced += entry.length;
		if (produced > maxLength) return { ok: false, reason: 'too-long' };
		result.push(entry);

		dictionary[dictSize++] = w + entry.charAt(0);
		enlargeIn--;
		w = entry;

		if (enlargeIn === 0) {
			enlargeIn = 2 ** numBits;
			numBits++;
		}
	}
}
