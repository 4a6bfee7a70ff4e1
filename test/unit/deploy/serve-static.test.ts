/**
 * The test server sends the compressed copies the build writes beside each file (`.br`, `.gz`)
 * to a client that accepts them, with the headers a cache and a browser need, and the plain file
 * to one that does not. (test/e2e/deployment.e2e.ts checks the same against the real build, for
 * this server and for nginx.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedCodings, createStaticServer } from '../../../scripts/serve-static.js';

describe('which compression a request accepts', () => {
	it('prefers brotli, then gzip, as browsers send them', () => {
		expect(acceptedCodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
		expect(acceptedCodings('gzip')).toEqual(['gzip']);
		expect(acceptedCodings('x-gzip')).toEqual(['gzip']);
		expect(acceptedCodings('BR')).toEqual(['br']);
	});

	it('follows the weights and refuses a coding with q=0', () => {
		expect(acceptedCodings('br;q=0.5, gzip;q=1')).toEqual(['gzip', 'br']);
		expect(acceptedCodings('br;q=0, gzip')).toEqual(['gzip']);
		expect(acceptedCodings('*')).toEqual(['br', 'gzip']);
		expect(acceptedCodings('*;q=0, gzip')).toEqual(['gzip']);
		expect(acceptedCodings('gzip;q=0')).toEqual([]);
	});

	it('accepts nothing from an absent, empty or identity-only header', () => {
		expect(acceptedCodings(undefined)).toEqual([]);
		expect(acceptedCodings('')).toEqual([]);
		expect(acceptedCodings('identity')).toEqual([]);
		expect(acceptedCodings('br;q=abc')).toEqual([]);
	});
});

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

function get(port: number, path: string, acceptEncoding?: string): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const req = request(
			{
				host: '127.0.0.1',
				port,
				path,
				headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(chunks)
					})
				);
			}
		);
		req.on('error', reject);
		req.end();
	});
}

describe('the test server with a precompressed build', () => {
	const root = mkdtempSync(join(tmpdir(), 'baukasten-precompressed-'));
	const script = Buffer.from(
		`export const text = ${JSON.stringify('Schulträger '.repeat(500))};\n`
	);
	const page = Buffer.from(`<!doctype html><title>Start</title><p>${'Bausteine '.repeat(300)}</p>`);
	const fallback = Buffer.from('<!doctype html><title>App</title>');
	writeFileSync(join(root, 'app.js'), script);
	writeFileSync(join(root, 'app.js.br'), brotliCompressSync(script));
	writeFileSync(join(root, 'app.js.gz'), gzipSync(script));
	writeFileSync(join(root, 'index.html'), page);
	writeFileSync(join(root, 'index.html.gz'), gzipSync(page));
	writeFileSync(join(root, '200.html'), fallback);
	writeFileSync(join(root, '200.html.br'), brotliCompressSync(fallback));
	writeFileSync(join(root, 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));

	let server: Server;
	let port = 0;
	beforeAll(async () => {
		server = createStaticServer(root);
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		port = (server.address() as AddressInfo).port;
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	it('sends the brotli copy to a browser, labelled as the original type, with its length', async () => {
		const reply = await get(port, '/app.js', 'gzip, deflate, br, zstd');
		expect(reply.status).toBe(200);
		expect(reply.headers['content-encoding']).toBe('br');
		expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
		expect(reply.headers.vary).toBe('Accept-Encoding');
		expect(Number(reply.headers['content-length'])).toBe(reply.body.length);
		expect(reply.body.length).toBeLessThan(script.length / 5);
		expect(brotliDecompressSync(reply.body).equals(script)).toBe(true);
	});

	it('sends the gzip copy where brotli is not accepted', async () => {
		const reply = await get(port, '/app.js', 'gzip');
		expect(reply.headers['content-encoding']).toBe('gzip');
		expect(reply.headers.vary).toBe('Accept-Encoding');
		expect(gunzipSync(reply.body).equals(script)).toBe(true);
	});

	it('sends the plain file to a client that accepts no compression, still saying it varies', async () => {
		for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
			const reply = await get(port, '/app.js', accept);
			expect(reply.headers['content-encoding'], String(accept)).toBeUndefined();
			expect(reply.headers.vary, String(accept)).toBe('Accept-Encoding');
			expect(Number(reply.headers['content-length'])).toBe(script.length);
			expect(reply.body.equals(script), String(accept)).toBe(true);
		}
	});

	it('falls back to the copy that exists: gzip for a page that has no brotli copy', async () => {
		const reply = await get(port, '/', 'br, gzip');
		expect(reply.headers['content-encoding']).toBe('gzip');
		expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(gunzipSync(reply.body).equals(page)).toBe(true);
	});

	it('compresses the app shell of a 404 too, keeping the status', async () => {
		const reply = await get(port, '/gibt-es-nicht', 'br');
		expect(reply.status).toBe(404);
		expect(reply.headers['content-encoding']).toBe('br');
		expect(brotliDecompressSync(reply.body).equals(fallback)).toBe(true);
	});

	it('sends a file without copies (fonts are compressed already) as it is, without Vary', async () => {
		const reply = await get(port, '/font.woff2', 'br, gzip');
		expect(reply.headers['content-encoding']).toBeUndefined();
		expect(reply.headers.vary).toBeUndefined();
		expect(reply.headers['content-type']).toBe('font/woff2');
		expect(reply.body.length).toBe(4);
	});
});
