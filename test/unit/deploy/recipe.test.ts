/**
 * The deployment recipe says what scripts/security-headers.js says, location by location, and
 * the test server resolves paths safely. (test/e2e/deployment.e2e.ts runs the recipe in nginx
 * against the built site.)
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	commonHeaders,
	httpsHeaders,
	pageHeaders,
	resourceHeaders
} from '../../../scripts/security-headers.js';
import { resolveFile } from '../../../scripts/serve-static.js';

const deploy = fileURLToPath(new URL('../../../deploy/nginx/', import.meta.url));

/** `add_header Name "value" always;` lines of an nginx file, as a record. */
function addHeaders(file: string): Record<string, string> {
	const text = readFileSync(join(deploy, file), 'utf8');
	return Object.fromEntries(
		[...text.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;\s*$/gm)].map((m) => [
			m[1],
			m[2]
		])
	);
}

describe('the nginx recipe', () => {
	it('sends exactly the headers of scripts/security-headers.js', () => {
		expect(addHeaders('snippets/baukasten-headers.conf')).toEqual({
			...commonHeaders,
			...httpsHeaders
		});
		expect(addHeaders('snippets/baukasten-page-csp.conf')).toEqual(pageHeaders);
		expect(addHeaders('snippets/baukasten-resource-csp.conf')).toEqual(resourceHeaders);
	});

	it('gives every location the common headers and the policy for what it serves', () => {
		const conf = readFileSync(join(deploy, 'baukasten.conf'), 'utf8');
		const locations = [...conf.matchAll(/location ([^{]+)\{([^}]*)\}/g)].map((m) => ({
			where: m[1]!.trim(),
			body: m[2]!
		}));
		expect(locations.length).toBeGreaterThanOrEqual(4);
		for (const { where, body } of locations) {
			expect(body, where).toContain('include /etc/nginx/snippets/baukasten-headers.conf;');
			const pages = where === '/' || where === '= /200.html';
			expect(body, where).toContain(
				`include /etc/nginx/snippets/baukasten-${pages ? 'page' : 'resource'}-csp.conf;`
			);
		}
		// A page that does not exist answers 404 (with the app's not-found page), never 200.
		expect(conf).toMatch(/try_files \$uri \$uri\.html \$uri\/index\.html =404;/);
		expect(conf).toMatch(/error_page 404 \/200\.html;/);
	});

	it('sends the build’s compressed copies: gzip always, brotli where the module is loaded', () => {
		const conf = readFileSync(join(deploy, 'baukasten.conf'), 'utf8');
		const server = conf.replace(/location [^{]+\{[^}]*\}/g, '');
		expect(server).toMatch(/^\tgzip_static on;$/m);
		expect(server).toMatch(/^\tgzip_vary on;$/m);
		// Optional: nginx refuses to start on brotli_static without the module.
		expect(server).toMatch(/^\t# include \/etc\/nginx\/snippets\/baukasten-brotli\.conf;$/m);
		expect(readFileSync(join(deploy, 'snippets/baukasten-brotli.conf'), 'utf8')).toMatch(
			/^brotli_static on;$/m
		);
	});

	it('is what the container file copies', () => {
		const container = readFileSync(join(deploy, '..', 'Containerfile'), 'utf8');
		expect(container).toContain('COPY deploy/nginx/snippets/ /etc/nginx/snippets/');
		expect(container).toContain('COPY deploy/nginx/baukasten.conf /etc/nginx/conf.d/default.conf');
	});
});

describe('the test server', () => {
	const root = mkdtempSync(join(tmpdir(), 'baukasten-serve-'));
	mkdirSync(join(root, 'assistent'));
	writeFileSync(join(root, 'assistent.html'), 'a');
	writeFileSync(join(root, 'assistent', 'ergebnis.html'), 'e');
	writeFileSync(join(root, 'index.html'), 'i');

	it('finds prerendered pages, refuses malformed escapes and never leaves its folder', () => {
		expect(resolveFile(root, '/assistent')).toEqual({
			status: 200,
			file: join(root, 'assistent.html')
		});
		expect(resolveFile(root, '/assistent/ergebnis')).toMatchObject({ status: 200 });
		expect(resolveFile(root, '/')).toEqual({ status: 200, file: join(root, 'index.html') });
		expect(resolveFile(root, '/%E0%A4%A')).toEqual({ status: 400 });
		expect(resolveFile(root, '/%00')).toEqual({ status: 400 });
		for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc/passwd'])
			expect(resolveFile(root, path).status, path).toBe(404);
		expect(resolveFile(root, '/gibt-es-nicht')).toEqual({ status: 404 });
	});
});
