// A minimal static file server for the built site (tests and `npm start`), loopback only. It
// answers like the deployment recipe (deploy/nginx/): the same security headers
// (scripts/security-headers.js), the prerendered page for a path, else the app shell with a
// real 404 status (the app then shows its not-found page), and 400 for a malformed request
// instead of dying on it. Where the build wrote a compressed copy beside a file (`.br`, `.gz`),
// it sends that copy to a browser that accepts it, as nginx's brotli_static and gzip_static do.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { commonHeaders, pageHeaders, resourceHeaders } from './security-headers.js';

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

/** The compressed copies the build writes, in the server's order of preference. */
const codings = [
	{ name: 'br', suffix: '.br' },
	{ name: 'gzip', suffix: '.gz' }
];

/**
 * The content codings of `codings` that an Accept-Encoding header accepts, best first: by the
 * client's weight (`q`), then brotli before gzip. `q=0` refuses a coding; `*` stands for every
 * coding the header does not name.
 * @param {string | undefined} header
 * @returns {string[]}
 */
export function acceptedCodings(header) {
	/** @type {Map<string, number>} */
	const weights = new Map();
	for (const part of (header ?? '').split(',')) {
		const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
		if (!name) continue;
		const q = params.find((p) => p.startsWith('q='));
		const weight = q === undefined ? 1 : Number(q.slice(2));
		weights.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(weight) ? weight : 0);
	}
	const weightOf = (/** @type {string} */ name) => weights.get(name) ?? weights.get('*') ?? 0;
	return codings
		.map(({ name }) => name)
		.filter((name) => weightOf(name) > 0)
		.sort((a, b) => weightOf(b) - weightOf(a));
}

/**
 * What to send for a file: the compressed copy the request accepts, if the build wrote one, else
 * the file itself. `vary` is set whenever a copy exists, so that caches keep the variants apart.
 * @param {string} file
 * @param {string | undefined} acceptEncoding
 * @returns {{ path: string, coding?: string, vary: boolean }}
 */
export function chooseVariant(file, acceptEncoding) {
	const vary = codings.some(({ suffix }) => isFile(file + suffix));
	if (!vary) return { path: file, vary };
	for (const name of acceptedCodings(acceptEncoding)) {
		const path = file + codings.find((c) => c.name === name)?.suffix;
		if (isFile(path)) return { path, coding: name, vary };
	}
	return { path: file, vary };
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} file
 */
function send(req, res, status, file) {
	const html = extname(file) === '.html';
	const { path, coding, vary } = chooseVariant(file, req.headers['accept-encoding']);
	res.writeHead(status, {
		'content-type': types[extname(file)] ?? 'application/octet-stream',
		'content-length': statSync(path).size,
		...(coding ? { 'content-encoding': coding } : {}),
		...(vary ? { vary: 'Accept-Encoding' } : {}),
		...commonHeaders,
		...(html ? pageHeaders : resourceHeaders)
	});
	createReadStream(path)
		.on('error', () => res.destroy())
		.pipe(res);
}

/**
 * The server for a built site in `root` (not yet listening).
 * @param {string} root
 */
export function createStaticServer(root) {
	const server = createServer((req, res) => {
		let pathname;
		try {
			pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
		} catch {
			pathname = undefined;
		}
		const found = pathname === undefined ? { status: 400 } : resolveFile(root, pathname);
		if ('file' in found) return send(req, res, 200, found.file);
		if (found.status === 404 && !extname(pathname ?? ''))
			return send(req, res, 404, join(root, '200.html'));
		res.writeHead(found.status, { 'content-type': 'text/plain; charset=utf-8', ...commonHeaders });
		res.end(found.status === 400 ? 'Bad request\n' : 'Not found\n');
	});
	server.on('clientError', (_error, socket) => socket.destroy());
	return server;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
	const root = resolve(process.argv[2] ?? 'build');
	const port = Number(process.argv[3] ?? 4173);
	createStaticServer(root).listen(port, '127.0.0.1', () =>
		console.log(`serving ${root} on http://127.0.0.1:${port}/`)
	);
}
