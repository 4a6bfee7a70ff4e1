/**
 * How the files of an aggregation are cut into chunks for reading: at most CHUNK_SIZE files and
 * about CHUNK_BYTES bytes each (by the sizes the browser reports), so reading ahead never holds
 * more than a few megabytes, however many files and however large.
 */
import type { FileLike, NamedFile } from './read-documents';

/** Files per chunk (and per progress step). */
export const CHUNK_SIZE = 250;
/** Bytes per chunk; one file larger than this is a chunk of its own. */
export const CHUNK_BYTES = 4 * 1024 * 1024;

export function chunkFiles<F extends FileLike>(files: NamedFile<F>[]): NamedFile<F>[][] {
	const chunks: NamedFile<F>[][] = [];
	let current: NamedFile<F>[] = [];
	let bytes = 0;
	for (const file of files) {
		const size = Math.max(0, file.file.size);
		if (current.length && (current.length >= CHUNK_SIZE || bytes + size > CHUNK_BYTES)) {
			chunks.push(current);
			current = [];
			bytes = 0;
		}
		current.push(file);
		bytes += size;
	}
	if (current.length) chunks.push(current);
	return chunks;
}
