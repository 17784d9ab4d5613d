/**
 * The lobby and window screens as a hall lives with them: two lobby screens and a clerk, a burst
 * of 50 calls, a screen cut off from the network for 30 s, the 启用声音 overlay, axe, and
 * screenshots at 1920x1080, 1080x1920 and 3840x2160 (tests/.tmp/screens, for a human to look at).
 * Voice is checked through the announcement queue's test hook, not by ear: headless Chromium has
 * no speech voice, so what actually plays is the clip pack (`__yizhanSpoken`).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, request as apiRequest, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { E2E_PORT } from '../../playwright.config';

const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
const SHOTS = 'tests/.tmp/screens';
const PASSWORD = 'yizhan-demo';
const HD = { width: 1920, height: 1080 };
const PORTRAIT = { width: 1080, height: 1920 };
const UHD = { width: 3840, height: 2160 };

/** Demo hall: 低保 (C) is served only at 3号窗口 (w3); 宅基地 (A) only at 1号窗口 (w1). */
const LIVELIHOOD = { matterId: 'dibao', clerk: 'w3', windowId: 'win-3', windowNumber: 3, staff: '周晓燕', staffNo: 'YZ003' };
const INVEST = { matterId: 'homestead', clerk: 'w1', windowId: 'win-1', windowNumber: 1 };

const DIGIT = '零一二三四五六七八九';
const spoken = (number: string, windowNumber: number, recall = false) =>
	`${recall ? '重呼 ' : ''}请 ${number[0]} ${[...number.slice(1)].map((d) => DIGIT[Number(d)]).join(' ')} 号 到 ${windowNumber} 号窗口 办理`;

type Hooked = Window & {
	__yizhanAnnouncements?: string[];
	__yizhanSpoken?: string[];
	__shown?: string[];
	__notReloaded?: boolean;
};

async function openDisplay(browser: Browser, path: string, viewport = HD): Promise<Page> {
	const context = await browser.newContext({ viewport, baseURL: ORIGIN, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
	const page = await context.newPage();
	// Record every text the big call box ever shows, the way a resident watching would see it.
	await page.addInitScript(() => {
		const w = window as Hooked;
		w.__shown = [];
		const record = () => {
			const text = document.querySelector('[data-testid="latest-call"]')?.textContent ?? '';
			if (text && w.__shown!.at(-1) !== text) w.__shown!.push(text);
		};
		new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
	});
	await page.goto(path);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('演示镇便民服务中心');
	await page.evaluate(() => ((window as Hooked).__notReloaded = true));
	return page;
}

async function clerkApi(username: string): Promise<APIRequestContext> {
	const api = await apiRequest.newContext({ baseURL: ORIGIN });
	const login = await api.post('/api/session', { data: { username, password: PASSWORD } });
	expect(login.ok(), `log in ${username}`).toBe(true);
	return api;
}

async function act(api: APIRequestContext, windowId: string, action: string) {
	const res = await api.post(`/api/windows/${windowId}/actions`, { data: { action, requestId: crypto.randomUUID() } });
	return { status: res.status(), body: await res.json() };
}

/** Other specs share this server: empty the window so this test's tickets are its only ones. */
async function drain(api: APIRequestContext, windowId: string) {
	await act(api, windowId, 'finish');
	for (let i = 0; i < 300; i++) {
		const called = await act(api, windowId, 'call');
		if (called.status === 409) return;
		expect(called.status, JSON.stringify(called.body)).toBe(200);
		expect((await act(api, windowId, 'finish')).status).toBe(200);
	}
}

async function issue(matterId: string): Promise<string> {
	const res = await fetch(`${ORIGIN}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ matterId })
	});
	expect(res.status).toBe(201);
	return ((await res.json()) as { ticket: { number: string } }).ticket.number;
}

const announcements = (page: Page) => page.evaluate(() => (window as Hooked).__yizhanAnnouncements ?? []);
const shown = (page: Page) => page.evaluate(() => (window as Hooked).__shown ?? []);
const domSize = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

async function expectNoAxeViolations(page: Page, what: string) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	expect(summary, `axe violations on ${what}`).toEqual([]);
}

test('50 calls in quick succession are shown and queued for voice, in order, on two screens', async ({ browser }) => {
	test.setTimeout(180_000);
	const clerk = await clerkApi(LIVELIHOOD.clerk);
	await drain(clerk, LIVELIHOOD.windowId);

	const hall = await openDisplay(browser, '/display');
	const area = await openDisplay(browser, `/display?windows=${LIVELIHOOD.windowId},win-4&categories=livelihood`, PORTRAIT);
	// The area screen shows only its windows and its category.
	await expect(area.getByTestId('window-3')).toBeVisible();
	await expect(area.getByTestId('window-1')).toHaveCount(0);
	await expect(area.getByTestId('waiting-C')).toBeVisible();
	await expect(area.getByTestId('waiting-A')).toHaveCount(0);

	const numbers: string[] = [];
	for (let i = 0; i < 50; i++) numbers.push(await issue(LIVELIHOOD.matterId));
	await expect(hall.getByTestId('waiting-C')).toContainText('50 人等候');

	const expected = numbers.map((n) => spoken(n, LIVELIHOOD.windowNumber));
	let domAfter12 = 0;
	for (let i = 0; i < 50; i++) {
		const called = await act(clerk, LIVELIHOOD.windowId, 'call');
		expect(called.status, JSON.stringify(called.body)).toBe(200);
		expect(called.body.ticket.number).toBe(numbers[i]);
		expect((await act(clerk, LIVELIHOOD.windowId, 'finish')).status).toBe(200);
		if (i === 11) {
			await expect(hall.getByTestId('latest-call')).toContainText(numbers[i]);
			domAfter12 = await domSize(hall);
		}
	}

	for (const page of [hall, area]) {
		const ours = async () => (await announcements(page)).filter((t) => expected.includes(t));
		await expect.poll(ours, { timeout: 15_000 }).toHaveLength(50);
		expect(await ours(), 'every call queued once, in call order').toEqual(expected);
		await expect(page.getByTestId('latest-call')).toHaveText(`请 ${numbers[49]} 号到 ${LIVELIHOOD.windowNumber}号窗口办理`);
		const seen = (await shown(page)).map((t) => /[A-Z]\d{3}/.exec(t)?.[0]).filter((n) => n && numbers.includes(n));
		expect(seen, 'the big call box showed every number, in order').toEqual(numbers);
		expect(await page.evaluate(() => (window as Hooked).__notReloaded)).toBe(true);
	}

	// The recent list pages through the last 12, four at a time (what fits), the newest first.
	const recent = hall.getByTestId('recent-calls').locator('li');
	await expect(recent).toHaveCount(4);
	await expect(recent.first()).toContainText(numbers[49]);
	for (const li of await recent.all()) await expect(li).toBeInViewport({ ratio: 1 });
	await expect(hall.getByTestId('recent-page')).toHaveText('第 1/3 页');
	await expect(hall.getByTestId('recent-page')).toHaveText('第 2/3 页', { timeout: 12_000 });
	await expect(recent.first()).toContainText(numbers[45]);
	const areaRecent = area.getByTestId('recent-calls').locator('li');
	await expect(areaRecent).toHaveCount(4);
	for (const li of await areaRecent.all()) await expect(li).toBeInViewport({ ratio: 1 });

	// Bounded: 38 more calls did not grow the page.
	expect(await domSize(hall), 'DOM elements after 50 calls vs after 12').toBe(domAfter12);

	// The first call was actually played: no speech voice here, so the clip pack via Web Audio.
	await expect
		.poll(() => hall.evaluate(() => (window as Hooked).__yizhanSpoken ?? []), { timeout: 15_000 })
		.toContain(`clips:${expected[0]}`);

	await clerk.dispose();
	await hall.context().close();
	await area.context().close();
});

test('a screen cut off from the network for 30 s announces every call it missed, once, in order', async ({ browser }) => {
	test.setTimeout(120_000);
	const clerk = await clerkApi(INVEST.clerk);
	await drain(clerk, INVEST.windowId);
	const display = await openDisplay(browser, '/display');

	const before = await issue(INVEST.matterId);
	await act(clerk, INVEST.windowId, 'call');
	await expect.poll(() => announcements(display)).toContain(spoken(before, INVEST.windowNumber));
	await act(clerk, INVEST.windowId, 'finish');

	const missed: string[] = [];
	for (let i = 0; i < 4; i++) missed.push(await issue(INVEST.matterId));
	const cutAt = Date.now();
	await display.context().setOffline(true);
	await expect(display.getByTestId('reconnecting')).toBeVisible({ timeout: 15_000 });

	// While it is away: four calls and a recall of the last one.
	const expected: string[] = [];
	for (const number of missed) {
		const called = await act(clerk, INVEST.windowId, 'call');
		expect(called.body.ticket.number).toBe(number);
		expected.push(spoken(number, INVEST.windowNumber));
		if (number !== missed.at(-1)) await act(clerk, INVEST.windowId, 'finish');
	}
	await act(clerk, INVEST.windowId, 'recall');
	expected.push(spoken(missed.at(-1)!, INVEST.windowNumber, true));
	await display.waitForTimeout(Math.max(0, 30_000 - (Date.now() - cutAt)));
	expect(await announcements(display), 'nothing announced while offline').not.toContain(expected[0]);

	await display.context().setOffline(false);
	await expect(display.getByTestId('reconnecting')).toHaveCount(0, { timeout: 15_000 });
	const ours = async () => (await announcements(display)).filter((t) => expected.includes(t));
	await expect.poll(ours, { timeout: 15_000 }).toHaveLength(expected.length);
	expect(await ours(), 'each missed call once, in order').toEqual(expected);
	await expect(display.getByTestId('latest-call')).toContainText(missed.at(-1)!);
	expect(await display.evaluate(() => (window as Hooked).__notReloaded), 'recovered without a reload').toBe(true);

	// Live again: the next call is announced once, nothing is repeated.
	await act(clerk, INVEST.windowId, 'finish');
	const after = await issue(INVEST.matterId);
	await act(clerk, INVEST.windowId, 'call');
	await expect.poll(() => announcements(display)).toContain(spoken(after, INVEST.windowNumber));
	await display.waitForTimeout(500);
	const all = await announcements(display);
	for (const text of [...expected, spoken(before, INVEST.windowNumber)])
		expect(
			all.filter((t) => t === text),
			text
		).toHaveLength(1);
	await act(clerk, INVEST.windowId, 'finish');

	await clerk.dispose();
	await display.context().close();
});

test('the window screen shows its number, state, clerk and 工号; both screens pass axe; screenshots', async ({ browser }) => {
	const clerk = await clerkApi(LIVELIHOOD.clerk);
	await drain(clerk, LIVELIHOOD.windowId);
	const number = await issue(LIVELIHOOD.matterId);

	const screen = await openWindowScreen(browser, LIVELIHOOD.windowId);
	await expect(screen.getByTestId('window-name')).toHaveText('3号窗口');
	await expect(screen.getByTestId('window-status')).toHaveText('空闲');

	await act(clerk, LIVELIHOOD.windowId, 'call');
	await expect(screen.getByTestId('window-number')).toHaveText(number);
	await expect(screen.getByText('号到本窗口办理')).toBeVisible();
	await expect(screen.getByTestId('window-staff')).toContainText(LIVELIHOOD.staff);
	await expect(screen.getByTestId('window-staff')).toContainText(LIVELIHOOD.staffNo);
	await expectNoAxeViolations(screen, '/display/window/[id]');
	await screen.screenshot({ path: `${SHOTS}/display-window-1920x1080.png` });
	await screen.setViewportSize({ width: 1366, height: 768 });
	await screen.screenshot({ path: `${SHOTS}/display-window-1366x768.png` });
	await act(clerk, LIVELIHOOD.windowId, 'start');
	await expect(screen.getByText('正在办理')).toBeVisible();

	const display = await openDisplay(browser, '/display');
	await expect(display.getByTestId('latest-call')).toContainText(number);
	await expectNoAxeViolations(display, '/display');
	await expect(display.getByTestId('notice')).toContainText('取号后请在休息区等候');

	// Readability: the number's glyph height in px at 1080p, from the font's own metrics.
	const glyph = await display
		.getByTestId('latest-call')
		.locator('.number')
		.evaluate((el) => {
			const style = getComputedStyle(el);
			const ctx = document.createElement('canvas').getContext('2d')!;
			ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
			const m = ctx.measureText(el.textContent ?? '');
			return {
				glyphPx: Math.round(m.actualBoundingBoxAscent + m.actualBoundingBoxDescent),
				fontPx: parseFloat(style.fontSize),
				widthPx: Math.round(m.width)
			};
		});
	const box = await display.getByTestId('latest-call').locator('.number').boundingBox();
	mkdirSync(SHOTS, { recursive: true });
	writeFileSync(`${SHOTS}/display-number-1080p.json`, JSON.stringify({ ...glyph, lineBoxPx: box?.height }, null, 2));
	console.log(
		`[display] latest-call number at 1920x1080: glyph ${glyph.glyphPx} px high (font ${glyph.fontPx} px, line box ${box?.height} px)`
	);
	expect(glyph.glyphPx, 'the called number is at least 150 px tall at 1080p').toBeGreaterThanOrEqual(150);

	await display.screenshot({ path: `${SHOTS}/display-1920x1080.png` });
	await display.setViewportSize(PORTRAIT);
	await expectNoAxeViolations(display, '/display (portrait)');
	await display.screenshot({ path: `${SHOTS}/display-1080x1920.png` });
	await display.setViewportSize(UHD);
	await display.screenshot({ path: `${SHOTS}/display-3840x2160.png` });

	await act(clerk, LIVELIHOOD.windowId, 'finish');
	await clerk.dispose();
	await screen.context().close();
	await display.context().close();
});

async function openWindowScreen(browser: Browser, windowId: string) {
	const context = await browser.newContext({ viewport: HD, baseURL: ORIGIN, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
	const page = await context.newPage();
	await page.goto(`/display/window/${windowId}`);
	return page;
}

test('an unknown window screen says so', async ({ page }) => {
	const res = await page.goto('/display/window/no-such-window');
	expect(res?.status()).toBe(404);
});

test('a screen opened by hand asks for one tap to enable sound', async ({ browser }) => {
	// playwright.config.ts launches Chromium as the display kit does, with autoplay allowed.
	// Headless Chromium without that flag holds Web Audio back only sometimes (it was seen both
	// ways), so this plays a desktop browser's autoplay policy deterministically: the page's
	// AudioContext stays suspended until resume() is called from a tap.
	const context = await browser.newContext({ viewport: HD, baseURL: ORIGIN, locale: 'zh-CN' });
	await context.addInitScript(() => {
		const Real = window.AudioContext;
		window.AudioContext = class extends Real {
			private held = true;
			constructor(options?: AudioContextOptions) {
				super(options);
				void super.suspend();
			}
			get state(): AudioContextState {
				return this.held ? 'suspended' : super.state;
			}
			resume() {
				this.held = false;
				const resumed = super.resume();
				this.dispatchEvent(new Event('statechange'));
				return resumed;
			}
		};
	});
	const page = await context.newPage();
	const audioState = () =>
		page.evaluate(() => (window as unknown as { __yizhanVoice: { audioState: () => string } }).__yizhanVoice.audioState());
	await page.goto('/display');
	const unlock = page.getByRole('button', { name: '启用声音' });
	await expect(unlock).toBeVisible();
	expect(await audioState()).toBe('suspended');
	await expectNoAxeViolations(page, '/display with the 启用声音 overlay');
	await page.screenshot({ path: `${SHOTS}/display-sound-overlay-1920x1080.png` });
	await unlock.click();
	await expect(unlock).toHaveCount(0);
	expect(await audioState()).toBe('running');
	await context.close();
});

test('a window paused at the console shows 暂停服务 with its reason on the lobby and window screens', async ({ browser }) => {
	const lobby = await openDisplay(browser, '/display');
	const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, baseURL: ORIGIN, locale: 'zh-CN' });
	const above = await context.newPage();
	await above.goto('/display/window/win-4');
	// 4号窗口 is w4's (A); pausing is recorded with who paused it.
	const clerk = await clerkApi('w4');
	await act(clerk, 'win-4', 'finish');
	const paused = await clerk.post('/api/windows/win-4/actions', {
		data: { action: 'pause', reason: '会议', requestId: crypto.randomUUID() }
	});
	expect(paused.status(), await paused.text()).toBe(200);
	const card = lobby.getByTestId('window-4');
	await expect(card).toContainText('暂停服务');
	await expect(card).toContainText('会议');
	await expect(above.getByText('暂停服务')).toBeVisible();
	expect(await lobby.evaluate(() => (window as Hooked).__notReloaded)).toBe(true);
	const resumed = await clerk.post('/api/windows/win-4/actions', { data: { action: 'resume', requestId: crypto.randomUUID() } });
	expect(resumed.status()).toBe(200);
	await expect(card).not.toContainText('暂停服务');
	await clerk.dispose();
	await context.close();
	await lobby.context().close();
});
