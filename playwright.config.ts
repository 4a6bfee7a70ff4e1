import { defineConfig } from '@playwright/test';

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
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
