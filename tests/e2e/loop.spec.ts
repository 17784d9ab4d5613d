/**
 * The whole loop as people do it: a resident takes a ticket at the kiosk, the lobby screen and
 * the resident's phone follow it, a clerk calls and finishes it at the window console, and the
 * printer simulator shows what came out on paper. Three pages at once, each at its real size.
 * Runs against the production build with the demo hall (see playwright.config.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, request as apiRequest, test, type Browser, type Page } from '@playwright/test';
import { E2E_PORT, SIM_HTTP_PORT } from '../../playwright.config';

const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
const SHOTS = 'tests/.tmp/screens';
const PASSWORD = 'yizhan-demo';
const DISPLAY = { width: 1920, height: 1080 };
const DISPLAY_PORTRAIT = { width: 1080, height: 1920 };
const CONSOLE = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

/** Demo hall (src/lib/server/seed): 公安服务 (D) is served only at 5号窗口, 税务服务 (E) at 6号窗口. */
const POLICE = { categoryName: '公安服务', matterId: 'id-card', clerk: 'w5', windowId: 'win-5', windowNumber: 5 };
const TAX = { matterId: 'deed-tax', clerk: 'w6', windowId: 'win-6', windowNumber: 6, prefix: 'E' };

interface TicketView {
	token: string;
	number: string;
	matterName: string;
	statusPath: string;
}

interface SimReceipt {
	lines: string[];
	big: string[];
	qr: string[];
	cut: boolean;
}

async function newPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
	const context = await browser.newContext({ viewport, baseURL: ORIGIN, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
	return context.newPage();
}

/**
 * Other specs share this server: finish whatever a window holds and empty its queue through the
 * API, so this test's tickets are the only ones there.
 */
async function drainWindow(username: string, windowId: string) {
	const api = await apiRequest.newContext({ baseURL: ORIGIN });
	const login = await api.post('/api/session', { data: { username, password: PASSWORD } });
	expect(login.ok(), `log in ${username} to drain ${windowId}`).toBe(true);
	const act = (action: string) =>
		api.post(`/api/windows/${windowId}/actions`, { data: { action, requestId: crypto.randomUUID() } });
	await act('finish');
	for (let i = 0; i < 200; i++) {
		const called = await act('call');
		if (called.status() === 409) break;
		expect(called.ok(), `drain ${windowId}: ${await called.text()}`).toBe(true);
		expect((await act('finish')).ok()).toBe(true);
	}
	await api.dispose();
}

async function logIn(page: Page, username: string, windowButton: string) {
	await page.goto('/window');
	await page.getByLabel('用户名').fill(username);
	await page.getByLabel('密码').fill(PASSWORD);
	await page.getByRole('button', { name: '登录', exact: true }).click();
	await page.getByRole('button', { name: windowButton, exact: true }).click();
	await expect(page.getByRole('button', { name: '叫号', exact: true })).toBeVisible();
	await expect(page.getByTestId('waiting-count')).not.toHaveText('—');
}

async function expectNoAxeViolations(page: Page, what: string) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	expect(summary, `axe violations on ${what}`).toEqual([]);
}

async function receipts(): Promise<SimReceipt[]> {
	const res = await fetch(`http://127.0.0.1:${SIM_HTTP_PORT}/receipts.json`);
	expect(res.ok).toBe(true);
	return (await res.json()) as SimReceipt[];
}

const squash = (s: string) => s.replace(/\s+/g, '');

test('a ticket from the kiosk is called on the display and the phone, and finished at the window', async ({ browser }) => {
	await drainWindow(POLICE.clerk, POLICE.windowId);
	const catalogue = await (await fetch(`${ORIGIN}/api/catalogue`)).json();
	const matter = catalogue.matters.find((m: { id: string }) => m.id === POLICE.matterId) as {
		name: string;
		materials: { name: string }[];
	};
	expect(matter, 'the demo catalogue has 居民身份证申领/换领').toBeTruthy();

	// The lobby screen is up before anything happens, and is never reloaded.
	const display = await newPage(browser, DISPLAY);
	await display.goto('/display');
	await expect(display.getByRole('heading', { level: 1 })).toHaveText('演示镇便民服务中心');
	await display.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));

	// A resident takes a ticket at the kiosk.
	const kiosk = await newPage(browser, DISPLAY_PORTRAIT);
	await kiosk.goto('/kiosk');
	// A tap that lands before the page has hydrated does nothing (SvelteKit's buttons are plain
	// HTML until then): tap again until the category's matter list opens, as a resident would.
	await expect(async () => {
		await kiosk.getByRole('button', { name: new RegExp(POLICE.categoryName) }).click();
		await expect(kiosk.getByRole('heading', { level: 1, name: POLICE.categoryName })).toBeVisible({ timeout: 2000 });
	}).toPass({ timeout: 20_000 });
	await kiosk.getByRole('button', { name: new RegExp(matter.name.replace(/[/()（）]/g, '.')) }).click();
	const issued = kiosk.waitForResponse((r) => r.url().endsWith('/api/tickets') && r.request().method() === 'POST');
	await kiosk.getByRole('button', { name: '取号', exact: true }).click();
	const ticket = ((await (await issued).json()) as { ticket: TicketView }).ticket;
	await expect(kiosk.getByTestId('ticket-number')).toHaveText(ticket.number);
	expect(ticket.number).toMatch(/^D\d{3}$/);

	// The display counts the new resident without a reload.
	await expect(display.getByTestId('waiting-D')).toContainText('1 人等候');

	// The resident follows it on their phone.
	const phone = await newPage(browser, PHONE);
	await phone.goto(ticket.statusPath);
	await expect(phone.getByTestId('ticket-number')).toHaveText(ticket.number);
	await expect(phone.getByText('等候中', { exact: true })).toBeVisible();
	await expect(phone.getByText('前面还有 0 人')).toBeVisible();

	// The clerk at 5号窗口: a wrong password first, then the right one.
	const clerk = await newPage(browser, CONSOLE);
	await clerk.goto('/window');
	await clerk.getByLabel('用户名').fill(POLICE.clerk);
	await clerk.getByLabel('密码').fill('wrong-password');
	await clerk.getByRole('button', { name: '登录', exact: true }).click();
	await expect(clerk.getByRole('alert')).toHaveText('用户名或密码不正确');
	await logIn(clerk, POLICE.clerk, '5号窗口 (A岗)');
	await expect(clerk.getByText('刘海峰')).toBeVisible();
	await expect(clerk.getByTestId('waiting-count')).toHaveText('1');
	await expect(clerk.getByRole('button', { name: '办结', exact: true })).toBeDisabled();

	// Served before this one: drainWindow finished whatever other specs left at this window.
	const servedBefore = Number(await clerk.getByTestId('served-today').textContent());
	await clerk.getByRole('button', { name: '叫号', exact: true }).click();
	await expect(clerk.getByTestId('current-number')).toHaveText(ticket.number);
	await expect(clerk.getByText(matter.name)).toBeVisible();
	await expect(clerk.getByRole('button', { name: '叫号', exact: true })).toBeDisabled();

	// The lobby sees and hears the call, live.
	const callText = `请 ${ticket.number} 号到 ${POLICE.windowNumber}号窗口办理`;
	await expect(display.getByTestId('latest-call')).toHaveText(callText);
	await expect(display.getByTestId(`window-${POLICE.windowNumber}`)).toContainText(ticket.number);
	await expect(display.getByTestId(`window-${POLICE.windowNumber}`)).toContainText('已叫号');
	const spoken = `请 D ${[...ticket.number.slice(1)].map((d) => '零一二三四五六七八九'[Number(d)]).join(' ')} 号 到 5 号窗口 办理`;
	await expect
		.poll(() => display.evaluate(() => (window as unknown as { __yizhanAnnouncements?: string[] }).__yizhanAnnouncements ?? []))
		.toContain(spoken);
	expect(await display.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);

	// The phone tells the resident where to go.
	await expect(phone.getByTestId('called-banner')).toHaveText(`请到 ${POLICE.windowNumber}号窗口办理`);
	await expect(phone.getByText('已叫号', { exact: true })).toBeVisible();

	await display.screenshot({ path: `${SHOTS}/display-1920x1080.png` });
	await phone.screenshot({ path: `${SHOTS}/ticket-390x844.png` });
	await clerk.screenshot({ path: `${SHOTS}/window-1366x768.png` });

	// The resident arrives; the clerk serves and finishes.
	await clerk.getByRole('button', { name: '开始办理', exact: true }).click();
	await expect(clerk.getByText('办理中')).toBeVisible();
	await expect(phone.getByText('办理中', { exact: true })).toBeVisible();
	await expect(display.getByTestId(`window-${POLICE.windowNumber}`)).toContainText('办理中');
	await clerk.getByRole('button', { name: '办结', exact: true }).click();
	// 办结 asks for the outcome; a 承诺件 is accepted by default.
	await clerk.getByRole('button', { name: '确认办结', exact: true }).click();
	await expect(clerk.getByTestId('served-today')).toHaveText(String(servedBefore + 1));
	await expect(clerk.getByTestId('current-number')).toHaveCount(0);
	await expect(phone.getByText('已办结', { exact: true })).toBeVisible();
	await expect(display.getByTestId(`window-${POLICE.windowNumber}`)).toContainText('空闲');

	// Nobody left: the clerk is told so in Chinese.
	await clerk.getByRole('button', { name: '叫号', exact: true }).click();
	await expect(clerk.getByRole('alert')).toHaveText('当前没有等候的号');

	// What the printer received: the number, every material, the QR of the status page, one cut.
	const statusUrl = `${ORIGIN}/t/${ticket.token}`;
	await expect.poll(async () => (await receipts()).some((r) => r.qr.includes(statusUrl))).toBe(true);
	const receipt = (await receipts()).find((r) => r.qr.includes(statusUrl))!;
	const text = squash([...receipt.big, ...receipt.lines].join('\n'));
	expect(text).toContain(ticket.number);
	for (const m of matter.materials) expect(text, `receipt lists ${m.name}`).toContain(squash(m.name));
	expect(receipt.qr).toEqual([statusUrl]);
	expect(receipt.cut).toBe(true);

	// The portrait screen, as a tall TV would show the same hall.
	await display.setViewportSize(DISPLAY_PORTRAIT);
	await display.screenshot({ path: `${SHOTS}/display-1080x1920.png` });

	// Logging out brings back the login form.
	await clerk.getByRole('button', { name: '退出登录', exact: true }).click();
	await expect(clerk.getByLabel('用户名')).toBeVisible();

	for (const page of [display, kiosk, phone, clerk]) await page.context().close();
});

test('a double click on 叫号 calls only one ticket', async ({ browser }) => {
	await drainWindow(TAX.clerk, TAX.windowId);
	const issue = async () => {
		const res = await fetch(`${ORIGIN}/api/tickets`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ matterId: TAX.matterId })
		});
		expect(res.status).toBe(201);
		return ((await res.json()) as { ticket: TicketView }).ticket;
	};
	const first = await issue();
	const second = await issue();

	const display = await newPage(browser, DISPLAY);
	await display.goto('/display');
	await expect(display.getByTestId(`waiting-${TAX.prefix}`)).toContainText('2 人等候');

	const clerk = await newPage(browser, CONSOLE);
	await logIn(clerk, TAX.clerk, '6号窗口 (A岗)');
	await expect(clerk.getByTestId('waiting-count')).toHaveText('2');
	await clerk.getByRole('button', { name: '叫号', exact: true }).dblclick();

	await expect(clerk.getByTestId('current-number')).toHaveText(first.number);
	await expect(display.getByTestId(`window-${TAX.windowNumber}`)).toContainText(first.number);
	await expect(display.getByTestId('latest-call')).toHaveText(`请 ${first.number} 号到 ${TAX.windowNumber}号窗口办理`);
	await expect(display.getByTestId(`waiting-${TAX.prefix}`)).toContainText('1 人等候');
	await expect(clerk.getByTestId('waiting-count')).toHaveText('1');
	// Give a stray second request time to land, then check again from the server's side.
	await clerk.waitForTimeout(500);
	const hall = await (await fetch(`${ORIGIN}/api/sites/demo/hall`)).json();
	expect(hall.windows.find((w: { id: string }) => w.id === TAX.windowId).current.number).toBe(first.number);
	expect(hall.categories.find((c: { prefix: string }) => c.prefix === TAX.prefix).waiting).toBe(1);
	const phone = await (await fetch(`${ORIGIN}/api/tickets/${second.token}`)).json();
	expect(phone.state).toBe('waiting');

	await display.context().close();
	await clerk.context().close();
});

test('the lobby screen and the phone page have no axe violations', async ({ browser }) => {
	const display = await newPage(browser, DISPLAY);
	await display.goto('/display');
	await expect(display.getByRole('heading', { level: 1 })).toBeVisible();
	await expectNoAxeViolations(display, '/display');
	await display.setViewportSize(DISPLAY_PORTRAIT);
	await expectNoAxeViolations(display, '/display (portrait)');

	const res = await fetch(`${ORIGIN}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ matterId: POLICE.matterId, missing: ['原居民身份证'] })
	});
	expect(res.status).toBe(201);
	const ticket = ((await res.json()) as { ticket: TicketView }).ticket;
	const phone = await newPage(browser, PHONE);
	await phone.goto(ticket.statusPath);
	await expect(phone.getByText('您还缺少的材料')).toBeVisible();
	await expect(phone.getByText(/前面还有 \d+ 人/)).toBeVisible();
	await phone.screenshot({ path: `${SHOTS}/ticket-waiting-390x844.png`, fullPage: true });
	await expectNoAxeViolations(phone, '/t/[token]');

	const missing = await phone.goto('/t/20000101doesnotexist00');
	expect(missing?.status()).toBe(404);
	await expect(phone.getByText('未找到该号票，号票可能已过期')).toBeVisible();

	await display.context().close();
	await phone.context().close();
});
