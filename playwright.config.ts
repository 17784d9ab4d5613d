import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium (Playwright may not download browsers here).
 * Runs the production build (`npm run build` first) on a fresh DATA_DIR with the printer
 * simulator as the kiosk's real TCP printer.
 */
// Ports can be moved (E2E_PORT, SIM_PORT, SIM_HTTP_PORT) so two checkouts can test at once.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
export const SIM_PORT = Number(process.env.SIM_PORT ?? 9199);
export const SIM_HTTP_PORT = Number(process.env.SIM_HTTP_PORT ?? 9198);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${E2E_PORT}`,
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--autoplay-policy=no-user-gesture-required',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: [
		{
			command: `npx tsx printer/simulator.ts`,
			env: { PRINTER_SIM_PORT: String(SIM_PORT), PRINTER_SIM_HTTP_PORT: String(SIM_HTTP_PORT) },
			url: `http://127.0.0.1:${SIM_HTTP_PORT}/receipts.json`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		{
			command: `rm -rf tests/.tmp/e2e-data && node server.js`,
			env: {
				PORT: String(E2E_PORT),
				HOST: '127.0.0.1',
				DATA_DIR: 'tests/.tmp/e2e-data',
				PRINTER_URL: `tcp://127.0.0.1:${SIM_PORT}`,
				DEMO: '1',
				DEMO_PASSWORD: 'yizhan-demo',
				UNPAIRED_ISSUE_PER_MINUTE: '10000'
			},
			url: `http://127.0.0.1:${E2E_PORT}/api/catalogue`,
			reuseExistingServer: false,
			timeout: 60_000
		}
	]
});
