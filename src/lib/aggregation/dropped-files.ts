/**
 * The files behind a drop or a file input, each with the name it is reported under. Dropped
 * folders are walked recursively through the File and Directory Entries API
 * (`webkitGetAsEntry`); inside a folder only `.json` files count, while files picked or dropped
 * one by one are always taken (a wrong one is then reported, not silently ignored).
 */
import { compareNames } from '../i18n/compare-names';
import type { NamedFile } from './read-documents';

/** The parts of FileSystemEntry used here, so tests can pass plain objects. */
export interface EntryLike {
	isFile: boolean;
	isDirectory: boolean;
	name: string;
	fullPath: string;
	file?(success: (file: File) => void, failure?: (error: unknown) => void): void;
	createReader?(): {
		readEntries(success: (entries: EntryLike[]) => void, failure?: (error: unknown) => void): void;
	};
}

const isJson = (name: string) => name.toLowerCase().endsWith('.json');

const fileOf = (entry: EntryLike) =>
	new Promise<File>((resolve, reject) => entry.file!(resolve, reject));

/** All entries of a folder: `readEntries` answers in batches until it returns none. */
async function children(entry: EntryLike): Promise<EntryLike[]> {
	const reader = entry.createReader!();
	const all: EntryLike[] = [];
	for (;;) {
		const batch = await new Promise<EntryLike[]>((resolve, reject) =>
			reader.readEntries(resolve, reject)
		);
		if (!batch.length) return all;
		all.push(...batch);
	}
}

async function walk(entry: EntryLike, inFolder: boolean, into: NamedFile<File>[]): Promise<void> {
	if (entry.isDirectory) {
		const list = await children(entry);
		list.sort((a, b) => compareNames(a.name, b.name));
		for (const child of list) await walk(child, true, into);
	} else if (entry.isFile && (!inFolder || isJson(entry.name))) {
		into.push({ file: await fileOf(entry), name: entry.fullPath.replace(/^\//, '') });
	}
}

/**
 * The files of dropped entries. Take the entries from the drop event synchronously
 * (`item.webkitGetAsEntry()`): the browser empties the DataTransfer once the handler returns.
 */
export async function filesFromEntries(entries: EntryLike[]): Promise<NamedFile<File>[]> {
	const files: NamedFile<File>[] = [];
	for (const entry of entries) await walk(entry, false, files);
	return files;
}

/** Files from an input; with `webkitdirectory` they carry their path and only .json counts. */
export function filesFromList(list: ArrayLike<File>): NamedFile<File>[] {
	return Array.from(list)
		.map((file) => ({ file, name: file.webkitRelativePath || file.name }))
		.filter(({ file, name }) => !file.webkitRelativePath || isJson(name));
}

/**
 * The files of a drop event: folders walked, plain files taken as they are. Call it inside the
 * drop handler; it takes what it needs from `transfer` before its first `await`.
 */
export function filesFromDrop(transfer: DataTransfer): Promise<NamedFile<File>[]> {
	const entries: EntryLike[] = [];
	const loose: File[] = [];
	for (const item of Array.from(transfer.items)) {
		if (item.kind !== 'file') continue;
		const entry = item.webkitGetAsEntry?.() as EntryLike | null | undefined;
		const file = entry ? null : item.getAsFile();
		if (entry) entries.push(entry);
		else if (file) loose.push(file);
	}
	return filesFromEntries(entries).then((files) => [...files, ...filesFromList(loose)]);
}
