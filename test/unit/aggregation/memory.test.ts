/**
 * The aggregation's memory stays flat: each document is validated as it arrives and only its
 * counts stay. Measured on the worker's session (what /abdeckung runs) with the heap collected
 * before each reading, for N and for 10 × N files of which a tenth are 60 KB of junk; and on the
 * CLI, which must aggregate 60 MB of files inside a 48 MB heap.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import type { AggregationReply } from '../../../src/lib/aggregation/protocol';
import { aggregationSession } from '../../../src/lib/aggregation/worker-session';
import { generateConfigurations } from '../../../scripts/bench/generate';
import { realCatalog } from '../helpers/catalog';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const catalog = realCatalog();
const valid = generateConfigurations(catalog, 500).map((c) => JSON.stringify(c));
/** 60 KB of `[{},{},…]`: parsed, it is tens of thousands of objects; it must not stay. */
const junk = `[${'{},'.repeat(20_000)}{}]`;
const MB = 1024 * 1024;

function heap() {
	gc();
	gc();
	return process.memoryUsage().heapUsed;
}

/** Heap growth while `files` documents pass through one session (before its result is taken). */
function growth(files: number) {
	const replies: AggregationReply[] = [];
	const handle = aggregationSession((reply) => replies.push(reply));
	const before = heap();
	handle({ type: 'start', catalog });
	let bytes = 0;
	for (let start = 0; start < files; start += 250) {
		const texts = Array.from({ length: Math.min(250, files - start) }, (_, k) => {
			const i = start + k;
			const text = i % 10 === 0 ? junk : valid[i % valid.length]!;
			bytes += text.length;
			return { ok: true as const, name: `traeger-${i}.json`, text };
		});
		handle({ type: 'texts', texts });
	}
	const grown = heap() - before;
	handle({ type: 'end' });
	const result = replies.at(-1);
	if (result?.type !== 'result') throw new Error('no result');
	expect(result.aggregate.total).toBe(files);
	expect(result.aggregate.invalid).toHaveLength(files / 10);
	return { grown, bytes };
}

describe('the aggregation memory', () => {
	it('stays bounded while the input grows tenfold', () => {
		growth(200);
		const small = growth(1000);
		const large = growth(10_000);
		console.log(
			`aggregation heap growth: ${(small.grown / MB).toFixed(1)} MB for 1,000 files (${(small.bytes / MB).toFixed(0)} MB of text), ${(large.grown / MB).toFixed(1)} MB for 10,000 files (${(large.bytes / MB).toFixed(0)} MB of text)`
		);
		// Kept: counts, plus name and at most three short problems per invalid file (1,000 here).
		expect(large.grown).toBeLessThan(small.grown + 4 * MB);
		expect(large.grown).toBeLessThan(large.bytes / 20);
	}, 120_000);
});

describe('the CLI aggregation memory', () => {
	const dir = mkdtempSync(join(tmpdir(), 'baukasten-memory-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('aggregates 60 MB of files inside a 48 MB heap', async () => {
		for (let i = 0; i < 1500; i++)
			writeFileSync(join(dir, `${i}.json`), i % 3 ? junk : valid[i % valid.length]!);
		const bin = fileURLToPath(new URL('../../../bin/baukasten.js', import.meta.url));
		const { stdout } = await promisify(execFile)(
			process.execPath,
			['--max-old-space-size=48', bin, 'aggregate', dir, '--lang', 'en'],
			{ encoding: 'utf8', maxBuffer: 64 * MB }
		);
		const result = JSON.parse(stdout);
		expect(result.total).toBe(1500);
		expect(result.valid).toBe(500);
	}, 120_000);
});
