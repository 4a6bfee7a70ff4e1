import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Chromium's headless shell (Debian's chromium-headless-shell) is what Playwright runs headless
// tests in by default: the same Blink and V8 without the browser's own UI, which in full Chromium
// starts WebUI renderers and a heavier browser process for every test. Here it took the browser
// tests from 585 s to 357 s. Full Chromium is the fallback.
const headlessShell = '/usr/bin/chromium-headless-shell';
const chromiumPath =
	process.env.CHROMIUM_PATH ?? (existsSync(headlessShell) ? headlessShell : '/usr/bin/chromium');

// PORT lets several checkouts run their browser tests side by side without sharing a server.
const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'test/e2e',
	testMatch: '**/*.e2e.ts',
	workers: 2,
	fullyParallel: true,
	forbidOnly: true,
	reporter: process.env.CI ? 'line' : 'list',
	// Generous limits, so that a machine busy with other work makes the tests slower, not red; a
	// passing test takes no longer for them. Each axe scan adds its own time (fixtures.ts).
	timeout: 60_000,
	expect: { timeout: 10_000 },
	webServer: {
		command: `node scripts/serve-static.js build ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI
	},
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		headless: true,
		locale: 'de-DE',
		launchOptions: {
			executablePath: chromiumPath,
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	}
});
