/**
 * Builds an lz-string "decompression bomb" for share links: a short fragment that inflates to
 * `prefix + 'a' × n + suffix`. lz-string's own compressor needs hours for a 109-million-character
 * run, so this port keys its dictionary by (code, character) and emits the identical bit stream
 * (from the security review of 2026-11, appendix A). Used to make the fixture
 * test/fixtures/documents/share-link-bomb.txt (`node --import tsx test/unit/helpers/link-bomb.ts`)
 * and, with small n, in the tests.
 */
const keyStr = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

export function compressRun(prefix: string, n: number, suffix: string): string {
	const length = prefix.length + n + suffix.length;
	const charAt = (i: number) =>
		i < prefix.length
			? prefix.charCodeAt(i)
			: i < prefix.length + n
				? 97
				: suffix.charCodeAt(i - prefix.length - n);
	const charDict = new Map<number, number>();
	const toCreate = new Set<number>();
	const ext = new Map<number, number>();
	const data: string[] = [];
	let enlargeIn = 2;
	let dictSize = 3;
	let numBits = 2;
	let val = 0;
	let pos = 0;
	let wCode = -1;
	let wSingle = -1;
	const bit = (b: number) => {
		val = (val << 1) | b;
		if (pos === 5) {
			pos = 0;
			data.push(keyStr[val]!);
			val = 0;
		} else pos++;
	};
	const bump = () => {
		if (--enlargeIn === 0) {
			enlargeIn = 2 ** numBits;
			numBits++;
		}
	};
	const bits = (v: number, count: number) => {
		for (let i = 0; i < count; i++) {
			bit(v & 1);
			v >>= 1;
		}
	};
	const emitW = () => {
		if (wSingle >= 0 && toCreate.has(wSingle)) {
			if (wSingle < 256) {
				bits(0, numBits);
				bits(wSingle, 8);
			} else {
				bits(1, numBits);
				bits(wSingle, 16);
			}
			bump();
			toCreate.delete(wSingle);
		} else bits(wCode, numBits);
		bump();
	};
	for (let i = 0; i < length; i++) {
		const c = charAt(i);
		if (!charDict.has(c)) {
			charDict.set(c, dictSize++);
			toCreate.add(c);
		}
		if (wCode === -1) {
			wCode = charDict.get(c)!;
			wSingle = c;
			continue;
		}
		const hit = ext.get(wCode * 65536 + c);
		if (hit !== undefined) {
			wCode = hit;
			wSingle = -1;
			continue;
		}
		emitW();
		ext.set(wCode * 65536 + c, dictSize++);
		wCode = charDict.get(c)!;
		wSingle = c;
	}
	if (wCode !== -1) emitW();
	bits(2, numBits);
	for (;;) {
		val <<= 1;
		if (pos === 5) {
			data.push(keyStr[val]!);
			break;
		}
		pos++;
	}
	return data.join('');
}

/** The bomb of the security review: a 109,298,680-character property name in 31,877 characters. */
export const REVIEW_BOMB = { prefix: '{"formatVersion":1,"', n: 109_298_680, suffix: '":1}' };

if (process.argv[1]?.endsWith('link-bomb.ts')) {
	const { writeFileSync } = await import('node:fs');
	const payload = compressRun(REVIEW_BOMB.prefix, REVIEW_BOMB.n, REVIEW_BOMB.suffix);
	const target = new URL('../../fixtures/documents/share-link-bomb.txt', import.meta.url);
	writeFileSync(target, payload + '\n');
	console.log(`${payload.length} characters -> ${target.pathname}`);
}
