// A minimal static file server for the built site (tests and `npm start`): serves build/ and
// falls back to 200.html like any static host configured for a SPA. Loopback only.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? 4173);
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

function resolveFile(urlPath) {
	const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
	const candidates = [join(root, path), join(root, path, 'index.html'), join(root, `${path}.html`)];
	for (const file of candidates) {
		if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) return file;
	}
	return join(root, '200.html');
}

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const file = resolveFile(url.pathname);
	res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
