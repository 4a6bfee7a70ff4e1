/**
 * The deployment recipe (deploy/nginx/) running for real: Debian's nginx (installed by
 * scripts/install-test-tools.sh) with the recipe's server block and snippets, pointed at build/
 * on a free loopback port, in a temporary folder. Only the listen address, the root and the
 * snippets' folder are changed; everything else is the shipped file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const recipe = join(root, 'deploy/nginx/baukasten.conf');
/** Debian's build of ngx_brotli's static module (scripts/install-test-tools.sh installs it). */
const brotliModule =
	process.env.NGINX_BROTLI_MODULE ?? '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const brotliInclude = 'include /etc/nginx/snippets/baukasten-brotli.conf;';

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

export interface Nginx {
	origin: string;
	stop(): void;
}

/**
 * nginx with the recipe on a free loopback port. The recipe's optional brotli line is switched
 * on, as its comment tells an administrator to, with the module loaded.
 */
export async function startNginx(): Promise<Nginx> {
	if (!existsSync(brotliModule))
		throw new Error(`${brotliModule} is missing: run scripts/install-test-tools.sh`);
	const port = await freePort();
	const dir = mkdtempSync(join(tmpdir(), 'baukasten-nginx-'));
	const conf = readFileSync(recipe, 'utf8');
	if (!conf.includes(`# ${brotliInclude}`))
		throw new Error(`the recipe no longer has the line "# ${brotliInclude}"`);
	const server = conf
		.replace(`# ${brotliInclude}`, brotliInclude)
		.replace(/^\tlisten .*;$/m, `\tlisten 127.0.0.1:${port};`)
		.replace(/^\troot .*;$/m, `\troot ${join(root, 'build')};`)
		.replaceAll('/etc/nginx/snippets/', join(root, 'deploy/nginx/snippets/') + '/');
	const temp = (name: string) => `${name} ${join(dir, name.replace(/_path$/, ''))};`;
	writeFileSync(
		join(dir, 'nginx.conf'),
		[
			`load_module ${brotliModule};`,
			'daemon off;',
			'master_process off;',
			`pid ${join(dir, 'nginx.pid')};`,
			`error_log ${join(dir, 'error.log')} warn;`,
			'events {}',
			'http {',
			'include /etc/nginx/mime.types;',
			'default_type application/octet-stream;',
			'access_log off;',
			...[
				'client_body_temp_path',
				'proxy_temp_path',
				'fastcgi_temp_path',
				'uwsgi_temp_path',
				'scgi_temp_path'
			].map(temp),
			server,
			'}'
		].join('\n')
	);
	const child: ChildProcess = spawn(
		process.env.NGINX ?? '/usr/sbin/nginx',
		['-p', dir, '-c', join(dir, 'nginx.conf')],
		{
			stdio: ['ignore', 'ignore', 'pipe']
		}
	);
	let errors = '';
	child.stderr?.on('data', (d) => (errors += d));
	const origin = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		if (child.exitCode !== null) throw new Error(`nginx did not start: ${errors}`);
		try {
			await fetch(origin);
			return {
				origin,
				stop() {
					child.kill();
					rmSync(dir, { recursive: true, force: true });
				}
			};
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	child.kill();
	throw new Error(`nginx did not answer on ${origin}: ${errors}`);
}
