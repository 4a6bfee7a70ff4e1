/**
 * The deployment recipe, tested against the built site: nginx with deploy/nginx/ sends the
 * headers a <meta> policy cannot (frame-ancestors, a CSP for the worker, Trusted Types,
 * nosniff), answers real 404s, and the app works under them in Chromium: the assistant, a share
 * link and the aggregation worker, with no CSP or Trusted Types violation. The test server
 * (scripts/serve-static.js, which every other browser test uses) sends the same headers.
 */
import {
	commonHeaders,
	httpsHeaders,
	pageHeaders,
	resourceHeaders
} from '../../scripts/security-headers.js';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { appOrigin, expect, test } from './fixtures';
import { startNginx, type Nginx } from './nginx';

const build = fileURLToPath(new URL('../../build/', import.meta.url));
let nginx: Nginx;
test.beforeAll(async () => {
	nginx = await startNginx();
});
test.afterAll(() => nginx?.stop());

const lower = (headers: Record<string, string>) =>
	Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

async function headersOf(url: string) {
	const response = await fetch(url);
	return {
		status: response.status,
		headers: Object.fromEntries(response.headers),
		type: response.headers.get('content-type')
	};
}

/** A script, a style, the aggregation worker and the icon of the built site. */
function resources() {
	const html = readFileSync(join(build, 'abdeckung.html'), 'utf8');
	const script = /href="\/(_app\/immutable\/[^"]+\.js)"/.exec(html)![1];
	const style = /href="\/(_app\/immutable\/assets\/[^"]+\.css)"/.exec(html)![1];
	const worker = readdirSync(join(build, '_app/immutable/workers')).find((f) => f.endsWith('.js'));
	return [`/${script}`, `/${style}`, `/_app/immutable/workers/${worker}`, '/favicon.svg'];
}

for (const server of ['nginx', 'serve-static'] as const) {
	test(`${server} sends the security headers on pages, resources and 404s`, async () => {
		const origin = server === 'nginx' ? nginx.origin : appOrigin;
		const expected = server === 'nginx' ? { ...commonHeaders, ...httpsHeaders } : commonHeaders;
		for (const path of ['/', '/assistent', '/assistent/ergebnis', '/abdeckung']) {
			const { status, headers, type } = await headersOf(origin + path);
			expect(status, path).toBe(200);
			expect(type, path).toMatch(/^text\/html/);
			expect(headers, path).toMatchObject(lower({ ...expected, ...pageHeaders }));
		}
		for (const path of resources()) {
			const { status, headers } = await headersOf(origin + path);
			expect(status, path).toBe(200);
			expect(headers, path).toMatchObject(lower({ ...expected, ...resourceHeaders }));
		}
		const missing = await headersOf(`${origin}/bausteine/gibt-es-nicht`);
		expect(missing.status).toBe(404);
		expect(missing.type).toMatch(/^text\/html/);
		expect(missing.headers).toMatchObject(lower({ ...expected, ...pageHeaders }));
		expect((await headersOf(`${origin}/_app/immutable/gibt-es-nicht.js`)).status).toBe(404);
		expect((await headersOf(`${origin}/%E0%A4%A`)).status).toBe(400);
		expect((await headersOf(origin)).status).toBe(200);
	});
}

/** A response as it comes over the wire: fetch() would undo the compression before we see it. */
function rawGet(url: string, acceptEncoding: string | undefined) {
	return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>(
		(resolve, reject) => {
			const req = request(
				url,
				{ headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (c) => chunks.push(c));
					res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
				}
			);
			req.on('error', reject);
			req.end();
		}
	);
}

for (const server of ['nginx', 'serve-static'] as const) {
	test(`${server} sends the build's brotli and gzip copies, and the plain file to others`, async () => {
		const origin = server === 'nginx' ? nginx.origin : appOrigin;
		const files: [string, string, RegExp][] = [
			['/', 'index.html', /^text\/html/],
			['/assistent/ergebnis', 'assistent/ergebnis.html', /^text\/html/],
			...resources().map((path): [string, string, RegExp] => [
				path,
				path.slice(1),
				/\.css$/.test(path) ? /^text\/css/ : /\.svg$/.test(path) ? /^image\/svg/ : /javascript/
			])
		];
		for (const [path, file, type] of files) {
			const plain = readFileSync(join(build, file));
			const br = await rawGet(origin + path, 'gzip, deflate, br');
			expect(br.headers['content-encoding'], path).toBe('br');
			expect(br.headers['content-type'], path).toMatch(type);
			expect(br.headers.vary, path).toMatch(/Accept-Encoding/i);
			expect(Number(br.headers['content-length']), path).toBe(br.body.length);
			expect(brotliDecompressSync(br.body).equals(plain), path).toBe(true);

			const gz = await rawGet(origin + path, 'gzip');
			expect(gz.headers['content-encoding'], path).toBe('gzip');
			expect(gz.headers['content-type'], path).toMatch(type);
			expect(gz.headers.vary, path).toMatch(/Accept-Encoding/i);
			expect(gunzipSync(gz.body).equals(plain), path).toBe(true);
			// (a tiny file, like a 60-byte entry module, may grow by the gzip header)
			expect(gz.body.length, path).toBeLessThan(Math.max(plain.length, 100));

			const none = await rawGet(origin + path, undefined);
			expect(none.headers['content-encoding'], path).toBeUndefined();
			expect(none.body.equals(plain), path).toBe(true);
		}
	});
}

test('under the recipe, the app works: the assistant, the worker, a 404 page, no violation', async ({
	page
}) => {
	const messages: string[] = [];
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
		)
	);
	page.on('console', (m) => messages.push(m.text()));
	page.on('pageerror', (e) => messages.push(e.message));

	await page.goto(`${nginx.origin}/abdeckung`);
	await expect(page.getByLabel('Land', { exact: true })).toBeVisible();
	const [worker] = await Promise.all([
		page.waitForEvent('worker'),
		page
			.getByLabel('Dateien wählen', { exact: true })
			.setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from('{}') })
	]);
	await expect(page.getByText('0 gültig, 1 ungültig (von 1 Dateien)')).toBeVisible();
	await expect(page.locator('[data-off-main-thread="true"]')).toBeVisible();
	expect(worker.url()).toMatch(/aggregate\.worker/);

	await page.goto(`${nginx.origin}/assistent`);
	await page.getByRole('button', { name: 'Assistent starten' }).click();
	await page.getByLabel('Anzahl der Schulen').fill('2');
	await page.getByRole('button', { name: 'Weiter' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Welche Schularten gehören zu Ihrem Schulträger?'
	);

	const missing = await page.goto(`${nginx.origin}/bausteine/gibt-es-nicht`);
	expect(missing?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
	expect(
		messages.filter((m) => /Content Security Policy|CSP violation|Trusted Type/i.test(m))
	).toEqual([]);
	// Trusted Types are enforced: a plain string can no longer become markup.
	expect(
		await page.evaluate(() => {
			try {
				document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
				return 'allowed';
			} catch (error) {
				return (error as Error).name;
			}
		})
	).toBe('TypeError');
});

test('the aggregation worker runs under its own policy: eval is blocked in it', async ({
	page,
	browser
}) => {
	await page.goto(`${nginx.origin}/abdeckung`);
	await expect(page.getByLabel('Land', { exact: true })).toBeVisible();
	// Enough files that the worker is still busy when the test looks into it.
	const files = Array.from({ length: 6000 }, (_, i) => ({
		name: `${i}.json`,
		mimeType: 'application/json',
		buffer: Buffer.from('{}')
	}));
	await Promise.all([
		page.waitForEvent('worker'),
		page.getByLabel('Dateien wählen', { exact: true }).setInputFiles(files)
	]);
	// Playwright's own evaluate is exempt from CSP; the DevTools protocol can ask without it.
	const cdp = await browser.newBrowserCDPSession();
	const { targetInfos } = await cdp.send('Target.getTargets');
	const worker = targetInfos.find((t) => t.type === 'worker' && t.url.includes('aggregate.worker'));
	expect(worker).toBeDefined();
	const { sessionId } = await cdp.send('Target.attachToTarget', {
		targetId: worker!.targetId,
		flatten: false
	});
	const replies = new Map<number, (value: unknown) => void>();
	cdp.on('Target.receivedMessageFromTarget', (event) => {
		const message = JSON.parse(event.message);
		replies.get(message.id)?.(message.result?.result?.value);
	});
	let id = 0;
	const ask = async (expression: string) => {
		const reply = new Promise<unknown>((resolve) => replies.set(++id, resolve));
		await cdp.send('Target.sendMessageToTarget', {
			sessionId,
			message: JSON.stringify({
				id,
				method: 'Runtime.evaluate',
				params: { expression, allowUnsafeEvalBlockedByCSP: false }
			})
		});
		return reply;
	};
	// The worker target exists before its script (and the policy that comes with it) has loaded:
	// ask only once the script has set its message handler.
	await expect.poll(() => ask('typeof onmessage')).toBe('function');
	const reply = ask(
		"(() => { try { return String(eval('40+2')); } catch (e) { return e.name; } })()"
	);
	expect(await reply).toBe('EvalError');
	await cdp.detach();
});

test('another site cannot frame the app', async ({ page }) => {
	const messages: string[] = [];
	page.on('console', (m) => messages.push(m.text()));
	await page.setContent(`<iframe src="${nginx.origin}/assistent" title="fremd"></iframe>`);
	await expect
		.poll(() => messages.join('\n'))
		.toMatch(/violates the following Content Security Policy directive: "frame-ancestors 'none'"/);
});
