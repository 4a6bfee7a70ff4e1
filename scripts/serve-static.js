// A minimal static file server for the built site (tests and `npm start`), loopback only. It
// answers like the deployment recipe (deploy/nginx/): the same security headers
// (scripts/security-headers.js), the prerendered page for a path, else the app shell with a
// real 404 status (the app then shows its not-found page), and 400 for a malformed request
// instead of dying on it.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { commonHeaders, pageHeaders, resourceHeaders } from './security-headers.js';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? 4173);
/** @type {Record<string, string>} */
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.txt': 'text/plain; charset=utf-8'
};

/** @param {string} file */
const isFile = (file) => {
	try {
		return statSync(file).isFile();
	} catch {
		return false;
	}
};

/**
 * The file for a URL path; never a file outside the root.
 * @param {string} root
 * @param {string} urlPath
 * @returns {{ status: 200, file: string } | { status: 400 | 404 }}
 */
export function resolveFile(root, urlPath) {
	let path;
	try {
		path = decodeURIComponent(urlPath);
	} catch {
		return { status: 400 };
	}
	if (path.includes('\0')) return { status: 400 };
	path = normalize(path);
	for (const file of [join(root, path), join(root, path, 'index.html'), join(root, `${path}.html`)])
		if ((file === root || file.startsWith(root + sep)) && isFile(file))
			return { status: 200, file };
	return { status: 404 };
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} file
 */
function send(res, status, file) {
	const html = extname(file) === '.html';
	res.writeHead(status, {
		'content-type': types[extname(file)] ?? 'application/octet-stream',
		...commonHeaders,
		...(html ? pageHeaders : resourceHeaders)
	});
	createReadStream(file)
		.on('error', () => res.destroy())
		.pipe(res);
}

const server = createServer((req, res) => {
	let pathname;
	try {
		pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
	} catch {
		pathname = undefined;
	}
	const found = pathname === undefined ? { status: 400 } : resolveFile(root, pathname);
	if ('file' in found) return send(res, 200, found.file);
	if (found.status === 404 && !extname(pathname ?? ''))
		return send(res, 404, join(root, '200.html'));
	res.writeHead(found.status, { 'content-type': 'text/plain; charset=utf-8', ...commonHeaders });
	res.end(found.status === 400 ? 'Bad request\n' : 'Not found\n');
});
server.on('clientError', (_error, socket) => socket.destroy());

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname))
	server.listen(port, '127.0.0.1', () =>
		console.log(`serving ${root} on http://127.0.0.1:${port}/`)
	);
