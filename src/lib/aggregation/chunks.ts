/**
 * How the files of an aggregation are cut into chunks for reading: CHUNK_SIZE files each. By
 * count, not by size: asking thousands of files for their size blocks the page (see
 * readText). With the size limit per file, a chunk holds at most CHUNK_SIZE × 64 KB (16 MB),
 * and the page reads one chunk ahead of the two the worker has, so reading ahead never holds
 * more than about 50 MB, however many files.
 */
/** Files per chunk (and per progress step). */
export const CHUNK_SIZE = 250;

export function chunkFiles<T>(files: T[]): T[][] {
	const chunks: T[][] = [];
	for (let start = 0; start < files.length; start += CHUNK_SIZE)
		chunks.push(files.slice(start, start + CHUNK_SIZE));
	return chunks;
}
