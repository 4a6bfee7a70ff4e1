import { defineConfig } from '@playwright/test';

export default defineConfig({
	testDir: 'test/e2e',
	testMatch: '**/*.e2e.ts',
	workers: 2,
	fullyParallel: true,
	forbidOnly: true,
	reporter: process.env.CI ? 'line' : 'list',
	webServer: {
		command: 'node scripts/serve-static.js build 4173',
		url: 'http://127.0.0.1:4173/',
		reuseExistingServer: !process.env.CI
	},
	use: {
		baseURL: 'http://127.0.0.1:4173',
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
