import { describe, expect, it, vi } from 'vitest';
import {
	MAX_FILE_BYTES,
	parseJson,
	parseText,
	readDocument,
	readDocuments,
	readText,
	type FileLike
} from '../../../src/lib/aggregation/read-documents';

/** A file without `stream()`, as in browsers that lack it: the size is checked first. */
function file(text: string, size = text.length): FileLike & { text: ReturnType<typeof vi.fn> } {
	return { name: 'x.json', size, text: vi.fn(async () => text) };
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
		text: () => Promise.reject(new Error('not used')),
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

	it('without stream(), refuses a file over 5 MB without reading it', async () => {
		const big = file('{}', MAX_FILE_BYTES + 1);
		const result = await readDocument({ file: big, name: 'gross.json' });
		expect(big.text).not.toHaveBeenCalled();
		expect(result).toEqual({
			ok: false,
			invalid: {
				name: 'gross.json',
				problems: [
					{
						file: 'gross.json',
						pointer: '',
						message: {
							de: 'Die Datei ist größer als 5 MB und wurde nicht ausgewertet.',
							en: 'The file is larger than 5 MB and was not evaluated.'
						}
					}
				]
			}
		});
	});

	it('reads a file of exactly 5 MB', async () => {
		expect((await readDocument({ file: file('[]', MAX_FILE_BYTES), name: 'a.json' })).ok).toBe(
			true
		);
	});

	it('streams a file, stops reading just past 5 MB, and never asks for its size', async () => {
		const big = streaming(100, 64 * 1024);
		const result = await readText({ file: big.file, name: 'gross.json' });
		expect(result).toMatchObject({ ok: false, invalid: { name: 'gross.json' } });
		expect(big.served()).toBe(MAX_FILE_BYTES + 64 * 1024);
		expect(big.size).not.toHaveBeenCalled();
		const exact = streaming(80, 64 * 1024);
		const read = await readText({ file: exact.file, name: 'genau.json' });
		expect(read.ok && read.text.length).toBe(MAX_FILE_BYTES);
	});

	it('reports broken JSON in German and English instead of throwing', async () => {
		const result = await readDocument({ file: file('{ "state": "sh", '), name: 'kaputt.json' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const [p] = result.invalid.problems;
		expect(p!.file).toBe('kaputt.json');
		expect(p!.pointer).toBe('');
		expect(p!.message.de).toMatch(/^Kein gültiges JSON \(.+\)\.$/);
		expect(p!.message.en).toMatch(/^Not valid JSON \(.+\)\.$/);
	});

	it('reports a file that cannot be read', async () => {
		const unreadable: FileLike = {
			name: 'x',
			size: 2,
			text: () => Promise.reject(new Error('gone'))
		};
		const result = await readDocument({ file: unreadable, name: 'weg.json' });
		expect(result).toMatchObject({
			ok: false,
			invalid: { problems: [{ message: { de: 'Die Datei ist nicht lesbar.' } }] }
		});
	});

	it('accepts a byte-order mark and real File objects', async () => {
		expect(parseJson('\uFEFF{"b":2}', 'bom.json')).toEqual({
			ok: true,
			document: { name: 'bom.json', data: { b: 2 } }
		});
		const real = new File(['{"c":3}'], 'c.json');
		expect(await readDocument({ file: real, name: 'c.json' })).toMatchObject({ ok: true });
		const withBom = new File(['\uFEFF{"d":4}'], 'd.json');
		expect(await readDocument({ file: withBom, name: 'd.json' })).toEqual({
			ok: true,
			document: { name: 'd.json', data: { d: 4 } }
		});
	});
});

describe('readDocuments', () => {
	it('keeps the order of the files and reports progress after each batch', async () => {
		const files = ['[1]', 'nope', '[3]', '[4]', '[5]'].map((text, i) => ({
			file: file(text),
			name: `${i}.json`
		}));
		const progress: [number, number][] = [];
		const results = await readDocuments(files, (done, total) => progress.push([done, total]), 2);
		expect(results.map((r) => r.ok)).toEqual([true, false, true, true, true]);
		expect(results.map((r) => (r.ok ? r.document.name : r.invalid.name))).toEqual(
			files.map((f) => f.name)
		);
		expect(progress).toEqual([
			[2, 5],
			[4, 5],
			[5, 5]
		]);
	});
});

describe('readText and parseText', () => {
	it('read without parsing, so a worker can parse what the page read', async () => {
		const read = await readText({ file: file('{"a":1}'), name: 'a.json' });
		expect(read).toEqual({ ok: true, name: 'a.json', text: '{"a":1}' });
		expect(parseText(read)).toEqual({ ok: true, document: { name: 'a.json', data: { a: 1 } } });
		const big = await readText({ file: file('{}', MAX_FILE_BYTES + 1), name: 'b.json' });
		expect(big).toMatchObject({ ok: false, invalid: { name: 'b.json' } });
		expect(big.ok).toBe(false);
		expect(parseText(big)).toBe(big);
	});
});
