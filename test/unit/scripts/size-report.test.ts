import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { budgets, measure, verdicts, type PageRow } from '../../../scripts/size-report';

/** Random text that gzip cannot shrink below about n bytes. */
const noise = (n: number) => randomBytes(n).toString('base64');
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

function fakeBuild(startJs: string, sharedJs: string, lazyJs: string, css: string) {
	const dir = mkdtempSync(join(tmpdir(), 'size-'));
	const app = join(dir, '_app/immutable');
	mkdirSync(join(app, 'chunks'), { recursive: true });
	mkdirSync(join(app, 'assets'), { recursive: true });
	mkdirSync(join(dir, 'laender'), { recursive: true });
	writeFileSync(
		join(app, 'chunks/start.js'),
		`import{a}from"./shared.js";const l=()=>import("./lazy.js");${startJs}`
	);
	writeFileSync(join(app, 'chunks/shared.js'), sharedJs);
	writeFileSync(join(app, 'chunks/lazy.js'), lazyJs);
	writeFileSync(join(app, 'assets/font.woff2'), Buffer.alloc(3000));
	writeFileSync(join(app, 'assets/app.css'), `@font-face{src:url(./font.woff2)}${css}`);
	const page = (prefix: string) =>
		`<link href="${prefix}_app/immutable/chunks/start.js" rel="modulepreload">` +
		`<link href="${prefix}_app/immutable/assets/app.css" rel="stylesheet">` +
		`<script type="application/json" data-sveltekit-fetched data-url="/katalog/blocks.json">{"a":1}</script>`;
	writeFileSync(join(dir, 'index.html'), page('./'));
	writeFileSync(join(dir, 'laender/sh.html'), page('../'));
	writeFileSync(join(dir, 'laender/by.html'), page('../'));
	writeFileSync(join(dir, '200.html'), page('./'));
	return dir;
}

describe('the size report', () => {
	it('sums a page’s start scripts with their static imports, not the lazy ones', () => {
		const start = noise(2000);
		const shared = noise(3000);
		const dir = fakeBuild(start, shared, noise(50000), '.a{}');
		const rows: PageRow[] = measure(dir);
		expect(rows.map((r) => r.template)).toEqual(['/', 'laender/[code]']);
		const home = rows[0]!;
		const startFile = `import{a}from"./shared.js";const l=()=>import("./lazy.js");${start}`;
		expect(home.js).toBe(gz(startFile) + gz(shared));
		expect(home.fonts).toBe(3000);
		expect(home.data).toBeGreaterThan(0);
		expect(rows[1]!.pages).toBe(2);
		expect(verdicts(home)).toEqual([]);
	});

	it('fails a page whose JavaScript or CSS is over budget', () => {
		const dir = fakeBuild(noise(budgets.jsHome + 100), '', '', noise(budgets.css + 100));
		const [home] = measure(dir) as PageRow[];
		const broken = verdicts(home!);
		expect(broken.some((b: string) => b.startsWith('JS'))).toBe(true);
		expect(broken.some((b: string) => b.startsWith('CSS'))).toBe(true);
	});
});
