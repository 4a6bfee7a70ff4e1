import { describe, expect, it } from 'vitest';
import {
	filesFromEntries,
	filesFromList,
	type EntryLike
} from '../../../src/lib/aggregation/dropped-files';

function fileEntry(fullPath: string): EntryLike {
	const name = fullPath.split('/').at(-1)!;
	return {
		isFile: true,
		isDirectory: false,
		name,
		fullPath,
		file: (success) => success(new File(['{}'], name))
	};
}

/** A folder whose reader answers in batches of `batch`, like Chromium's (100 per call). */
function folder(fullPath: string, children: EntryLike[], batch = 2): EntryLike {
	return {
		isFile: false,
		isDirectory: true,
		name: fullPath.split('/').at(-1)!,
		fullPath,
		createReader: () => {
			let offset = 0;
			return {
				readEntries: (success) => {
					success(children.slice(offset, offset + batch));
					offset += batch;
				}
			};
		}
	};
}

describe('filesFromEntries', () => {
	it('walks dropped folders recursively, reading every batch, and keeps only .json inside them', async () => {
		const dropped = folder('/traeger', [
			fileEntry('/traeger/b.json'),
			fileEntry('/traeger/liesmich.txt'),
			fileEntry('/traeger/a.JSON'),
			folder('/traeger/kreis', [
				fileEntry('/traeger/kreis/c.json'),
				fileEntry('/traeger/kreis/d.json')
			])
		]);
		const files = await filesFromEntries([dropped, fileEntry('/einzeln.txt')]);
		expect(files.map((f) => f.name)).toEqual([
			'traeger/a.JSON',
			'traeger/b.json',
			'traeger/kreis/c.json',
			'traeger/kreis/d.json',
			'einzeln.txt'
		]);
		expect(files[0]!.file).toBeInstanceOf(File);
	});

	it('gives nothing for an empty folder', async () => {
		expect(await filesFromEntries([folder('/leer', [])])).toEqual([]);
	});
});

describe('filesFromList', () => {
	it('takes chosen files as they are, and only .json files from a chosen folder, under their path', () => {
		const inFolder = (path: string) => {
			const f = new File(['{}'], path.split('/').at(-1)!);
			Object.defineProperty(f, 'webkitRelativePath', { value: path });
			return f;
		};
		const files = filesFromList([
			new File(['{}'], 'notiz.txt'),
			inFolder('ordner/a.json'),
			inFolder('ordner/bild.png')
		]);
		expect(files.map((f) => f.name)).toEqual(['notiz.txt', 'ordner/a.json']);
	});
});
