import { describe, expect, it, vi } from 'vitest';
import {
	MAX_FILE_BYTES,
	parseText,
	readDocument,
	readText,
	type FileLike
} from '../../../src/lib/aggregation/read-documents';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A file without `stream()`, as in browsers that lack it: the size is checked first. */
function file(
	content: string | Uint8Array,
	size?: number
): FileLike & { arrayBuffer: ReturnType<typeof vi.fn> } {
	const bytes = typeof content === 'string' ? utf8(content) : content;
	return {
		name: 'x.json',
		size: size ?? bytes.byteLength,
		arrayBuffer: vi.fn(async () => bytes.slice().buffer)
	};
}

/** A streaming file of `chunks` × `chunkSize` bytes of "x"; counts the bytes handed out. */
function streaming(chunks: number, chunkSize: number) {
	let served = 0;
	let sent = 0;
	const stream = new ReadableStream<Uint8Array>({
		pull(controller) {
			if (sent === chunks) return controller.close();
			sent++;
			served += chunkSize;
			controller.enqueue(new Uint8Array(chunkSize).fill(0x78));
		}
	});
	const size = vi.fn(() => chunks * chunkSize);
	const like: FileLike = {
		name: 'x.json',
		get size() {
			return size();
		},
		stream: () => stream
	};
	return { file: like, served: () => served, size };
}

describe('readDocument', () => {
	it('reads and parses a JSON file under the name it is reported by', async () => {
		expect(await readDocument({ file: file('{"a":1}'), name: 'ordner/a.json' })).toEqual({
			ok: true,
			document: { name: 'ordner/a.json', data: { a: 1 } }
		});
	});

	it('without stream(), refuses a file over the size limit without reading it', async () => {
		const big = file('{}', MAX_FILE_BYTES + 1);
		const result = await readDocument({ file: big, name: 'gross.json' });
		expect(big.arrayBuffer).not.toHaveBeenCalled();
		expect(result).toMatchObject({
			ok: false,
			invalid: {
				name: 'gross.json',
				problems: [
					{
						file: 'gross.json',
						pointer: '',
						message: { de: expect.stringContaining('größer als 64 KB') }
					}
				]
			}
		});
	});

	it('without stream(), refuses a file that grew past the limit since its size was taken', async () => {
		const grown = file('[]'.padEnd(MAX_FILE_BYTES + 5, ' '), 10);
		expect(await readText({ file: grown, name: 'g.json' })).toMatchObject({ ok: false });
	});

	it('reads a file of exactly the size limit', async () => {
		const exact = `[${' '.repeat(MAX_FILE_BYTES - 2)}]`;
		expect((await readDocument({ file: file(exact), name: 'a.json' })).ok).toBe(true);
	});

	it('streams a file, stops reading just past the limit, and never asks for its size', async () => {
		const big = streaming(100, 16 * 1024);
		const result = await readText({ file: big.file, name: 'gross.json' });
		expect(result).toMatchObject({ ok: false, invalid: { name: 'gross.json' } });
		expect(big.served()).toBe(MAX_FILE_BYTES + 16 * 1024);
		expect(big.size).not.toHaveBeenCalled();
		const exact = streaming(4, 16 * 1024);
		const read = await readText({ file: exact.file, name: 'genau.json' });
		expect(read.ok && read.text.length).toBe(MAX_FILE_BYTES);
	});

	it('reports broken JSON in plain German and English, with the line, instead of throwing', async () => {
		const result = await readDocument({ file: file('{\n "state": "sh", '), name: 'kaputt.json' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const [p] = result.invalid.problems;
		expect(p!.file).toBe('kaputt.json');
		expect(p!.pointer).toBe('');
		expect(p!.message.de).toBe(
			'Kein gültiges JSON: Der Text bricht in Zeile 2 mitten im Inhalt ab – die Datei ist wohl unvollständig.'
		);
		expect(p!.message.en).toMatch(/^Not valid JSON: the text stops .* at line 2/);
	});

	it('reports a file that cannot be read', async () => {
		const unreadable: FileLike = {
			name: 'x',
			size: 2,
			arrayBuffer: () => Promise.reject(new Error('gone'))
		};
		const result = await readDocument({ file: unreadable, name: 'weg.json' });
		expect(result).toMatchObject({
			ok: false,
			invalid: { problems: [{ message: { de: expect.stringContaining('nicht lesbar') } }] }
		});
	});

	it('accepts a byte-order mark, UTF-16 with a byte-order mark and real File objects', async () => {
		const real = new File(['{"c":3}'], 'c.json');
		expect(await readDocument({ file: real, name: 'c.json' })).toMatchObject({ ok: true });
		const withBom = new File(['\uFEFF{"d":4}'], 'd.json');
		expect(await readDocument({ file: withBom, name: 'd.json' })).toEqual({
			ok: true,
			document: { name: 'd.json', data: { d: 4 } }
		});
		const utf16 = new Uint8Array([
			0xff,
			0xfe,
			...[...'{"ü":5}'].flatMap((c) => [c.charCodeAt(0), 0])
		]);
		expect(await readDocument({ file: file(utf16), name: 'e.json' })).toEqual({
			ok: true,
			document: { name: 'e.json', data: { ü: 5 } }
		});
	});

	it('refuses a Latin-1 file instead of garbling its umlauts', async () => {
		const latin1 = new Uint8Array([
			...utf8('{"name":"S'),
			0xfc,
			...utf8('derl'),
			0xfc,
			...utf8('gum"}')
		]);
		const result = await readDocument({ file: file(latin1), name: 'amt.json' });
		expect(result).toMatchObject({
			ok: false,
			invalid: { problems: [{ message: { de: expect.stringContaining('nicht in UTF-8') } }] }
		});
	});
});

describe('readText and parseText', () => {
	it('read without parsing, so a worker can parse what the page read', async () => {
		const read = await readText({ file: file('{"a":1}'), name: 'a.json' });
		expect(read).toEqual({ ok: true, name: 'a.json', text: '{"a":1}' });
		expect(parseText(read)).toEqual({ ok: true, document: { name: 'a.json', data: { a: 1 } } });
		const big = await readText({ file: file('{}', MAX_FILE_BYTES + 1), name: 'b.json' });
		expect(big).toMatchObject({ ok: false, invalid: { name: 'b.json' } });
		expect(parseText(big)).toBe(big);
	});

	it('applies the shape limits while parsing: a list of 100,000 values never reaches a validator', () => {
		const result = parseText({ ok: true, name: 'viel.json', text: `[${'0,'.repeat(20000)}0]` });
		expect(result).toMatchObject({
			ok: false,
			invalid: { problems: [{ message: { de: expect.stringContaining('mehr als 500') } }] }
		});
	});
});
