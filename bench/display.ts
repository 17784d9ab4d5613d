/**
 * A lobby screen over a long day: one real server, the real /display page in Chromium, and
 * BENCH_DISPLAY_CALLS calls (default 10,000; each ticket called then recalled 19 times, so the
 * day file stays moderate). Prints the page's element count and JS
 * heap every so often; both should stay flat. `npm run build` first. Asserts nothing.
 *   npx tsx bench/display.ts
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { login, post, startServer } from '../tests/integration/server';

const CALLS = Number(process.env.BENCH_DISPLAY_CALLS ?? 10_000);
const EVERY = Math.max(1, Math.floor(CALLS / 10));
const PER_TICKET = 20;

if (!existsSync('build/handler.js')) {
	console.error('run `npm run build` first');
	process.exit(1);
}

const server = await startServer();
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--autoplay-policy=no-user-gesture-required', '--js-flags=--expose-gc']
});
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.goto(`${server.url}/display`);
const cdp = await page.context().newCDPSession(page);

async function sample(label: string) {
	await page.evaluate(() => (globalThis as unknown as { gc?: () => void }).gc?.());
	const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
	const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
	const queued = await page.evaluate(
		() => (window as unknown as { __yizhanAnnouncements?: string[] }).__yizhanAnnouncements?.length ?? 0
	);
	console.log(
		`${label.padEnd(18)} elements ${String(elements).padStart(5)}  JS heap ${(usedSize / 1048576).toFixed(1).padStart(6)} MiB  queued-log ${queued}`
	);
}

try {
	const cookie = await login(server.url, 'w3');
	const act = async (action: string) => {
		const res = await post(`${server.url}/api/windows/win-3/actions`, { action }, cookie);
		if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
	};
	// Each ticket is called, recalled PER_TICKET - 1 times and finished: the day file stays
	// moderate (every call is still a distinct call the screen shows and queues).
	for (let i = 0; i < Math.ceil(CALLS / PER_TICKET); i++) {
		const ticket = await post(`${server.url}/api/tickets`, { matterId: 'dibao' });
		if (ticket.status !== 201) throw new Error(JSON.stringify(ticket.body));
	}
	await sample('before any call');
	const t0 = performance.now();
	for (let i = 0; i < CALLS; i++) {
		if (i % PER_TICKET === 0) {
			if (i > 0) await act('finish');
			await act('call');
		} else await act('recall');
		if ((i + 1) % EVERY === 0) {
			await page.waitForTimeout(300);
			await sample(`after ${i + 1} calls`);
		}
	}
	console.log(`${CALLS} calls in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
} catch (err) {
	console.error('bench failed:', err);
	process.exitCode = 1;
} finally {
	await browser.close();
	await server.stop();
}
