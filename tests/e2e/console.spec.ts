/**
 * The window console as clerks use it, at 1366x768, by role and visible text: two clerks racing
 * on 叫号, transfer with a reason, hold and call back, pause with the B clerk taking over, a 承诺件
 * with its due date over a weekend and a holiday, 材料不全 with the notice on the resident's phone.
 * Runs against the production build with the demo hall (see playwright.config.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, request as apiRequest, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { addWorkingDays, dayKey, isWorkingDay } from '../../src/lib/domain';
import { E2E_PORT } from '../../playwright.config';

const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
const SHOTS = 'tests/.tmp/screens';
const PASSWORD = 'yizhan-demo';
const CONSOLE = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

interface TicketView {
	token: string;
	number: string;
	statusPath: string;
}

async function newPage(browser: Browser, viewport = CONSOLE): Promise<Page> {
	const context = await browser.newContext({ viewport, baseURL: ORIGIN, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
	return context.newPage();
}

async function staffApi(username: string): Promise<APIRequestContext> {
	const api = await apiRequest.newContext({ baseURL: ORIGIN });
	const login = await api.post('/api/session', { data: { username, password: PASSWORD } });
	expect(login.ok(), `log in ${username}`).toBe(true);
	return api;
}

/** Empty a window through the API (other specs share the server). Logs `username` in: do it before the page does. */
async function drain(username: string, windowId: string) {
	const api = await staffApi(username);
	const act = (data: object) =>
		api.post(`/api/windows/${windowId}/actions`, { data: { ...data, requestId: crypto.randomUUID() } });
	await act({ action: 'resume' });
	await act({ action: 'finish' });
	const view = await (await api.get(`/api/windows/${windowId}`)).json();
	for (const h of view.held ?? []) {
		await act({ action: 'callback', ticketId: h.id });
		await act({ action: 'finish' });
	}
	for (let i = 0; i < 300; i++) {
		const called = await act({ action: 'call' });
		if (called.status() === 409) break;
		expect(called.ok(), `drain ${windowId}: ${await called.text()}`).toBe(true);
		expect((await act({ action: 'finish' })).ok()).toBe(true);
	}
	await api.dispose();
}

async function issue(matterId: string, extra: object = {}): Promise<TicketView> {
	const res = await fetch(`${ORIGIN}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ matterId, ...extra })
	});
	expect(res.status).toBe(201);
	return ((await res.json()) as { ticket: TicketView }).ticket;
}

async function logIn(page: Page, username: string, windowButton: string) {
	await page.goto('/window');
	await page.getByLabel('用户名').fill(username);
	await page.getByLabel('密码').fill(PASSWORD);
	await page.getByRole('button', { name: '登录', exact: true }).click();
	await page.getByRole('button', { name: windowButton, exact: true }).click();
	await expect(page.getByRole('button', { name: /叫号$/ }).first()).toBeVisible();
	await expect(page.getByTestId('waiting-count')).not.toHaveText('—');
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

async function finishWith(page: Page, outcome?: string) {
	await button(page, '办结').click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	if (outcome) await dialog.getByLabel(outcome).check();
	await dialog.getByRole('button', { name: '确认办结' }).click();
	await expect(dialog).toHaveCount(0);
	await expect(page.getByRole('status')).toContainText('已办结');
}

test('two clerks on the same matters pressing 叫号 at the same instant never get the same ticket', async ({ browser }) => {
	// 2号 and 4号窗口 both serve the 人社 matters.
	await drain('w2', 'win-2');
	await drain('w4', 'win-4');
	const tickets: TicketView[] = [];
	for (let i = 0; i < 16; i++) tickets.push(await issue('resident-medical-enrol'));
	const a = await newPage(browser);
	const b = await newPage(browser);
	await logIn(a, 'w2', '2号窗口 (A岗)');
	await logIn(b, 'w4', '4号窗口 (A岗)');

	const seen: string[] = [];
	for (let round = 0; round < 8; round++) {
		// Both press the key in the same event-loop turn of the test.
		await Promise.all([a.keyboard.press('1'), b.keyboard.press('1')]);
		await expect(a.getByTestId('current-number')).toBeVisible();
		await expect(b.getByTestId('current-number')).toBeVisible();
		await expect(button(a, '办结')).toBeEnabled();
		await expect(button(b, '办结')).toBeEnabled();
		const [na, nb] = [await a.getByTestId('current-number').innerText(), await b.getByTestId('current-number').innerText()];
		expect(na).not.toBe(nb);
		seen.push(na, nb);
		// 5 opens 办结 with the usual outcome focused; Enter confirms.
		await Promise.all([a.keyboard.press('5'), b.keyboard.press('5')]);
		await expect(a.getByRole('dialog')).toBeVisible();
		await expect(b.getByRole('dialog')).toBeVisible();
		await Promise.all([a.keyboard.press('Enter'), b.keyboard.press('Enter')]);
		// Ready again once the answer is in (a key pressed while a command is in flight is ignored).
		await expect(button(a, '叫号')).toBeEnabled();
		await expect(button(b, '叫号')).toBeEnabled();
	}
	expect(new Set(seen).size).toBe(16);
	expect(seen.sort()).toEqual(tickets.map((t) => t.number).sort());
	for (const t of tickets) expect((await (await fetch(`${ORIGIN}/api/tickets/${t.token}`)).json()).state).toBe('done');
	await a.context().close();
	await b.context().close();
});

test('transfer: the resident keeps their place and the receiving clerk reads the reason', async ({ browser }) => {
	await drain('w3', 'win-3');
	await drain('w6', 'win-6');
	const resident = await issue('dibao', { priority: true });
	const taxLater = await issue('tax-info-confirm');
	const three = await newPage(browser);
	await logIn(three, 'w3', '3号窗口 (A岗)');
	await button(three, '叫号').click();
	await expect(three.getByTestId('current-number')).toHaveText(resident.number);
	await expect(three.getByTestId('priority')).toHaveText('绿色通道');
	await three.screenshot({ path: `${SHOTS}/console-current-1366x768.png` });

	await three.keyboard.press('6');
	const dialog = three.getByRole('dialog', { name: `转移 ${resident.number} 号` });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: '确认转移' }).click();
	await expect(dialog.getByRole('alert')).toHaveText('请选择转往的窗口，或选择其他事项');
	await dialog.getByLabel('转往事项').selectOption({ label: '新办纳税人涉税信息确认' });
	await dialog.getByRole('button', { name: '需先办理前置事项' }).click();
	await three.screenshot({ path: `${SHOTS}/console-transfer-1366x768.png` });
	await dialog.getByRole('button', { name: '确认转移' }).click();
	await expect(three.getByRole('status')).toHaveText(`已转移：${resident.number} 号，群众保留原排队位置`);
	await expect(three.getByTestId('current-number')).toHaveCount(0);

	const six = await newPage(browser);
	await logIn(six, 'w6', '6号窗口 (A岗)');
	await expect(six.getByText(`${resident.number} 由3号窗口转来：需先办理前置事项`)).toBeVisible();
	await button(six, '叫号').click();
	// Called before the tax ticket taken after it: it kept its place.
	await expect(six.getByTestId('current-number')).toHaveText(resident.number);
	await expect(six.getByTestId('transfers')).toContainText('由 3号窗口（最低生活保障申请）转来：需先办理前置事项');
	await finishWith(six);
	await button(six, '叫号').click();
	await expect(six.getByTestId('current-number')).toHaveText(taxLater.number);
	await finishWith(six);
	await three.context().close();
	await six.context().close();
});

test('hold (挂起) frees the window; 回呼 calls the resident back; 选号呼叫 calls a given number', async ({ browser }) => {
	await drain('w6', 'win-6');
	const first = await issue('vat-invoice-agent');
	const second = await issue('vat-invoice-agent');
	const third = await issue('vat-invoice-agent');
	const six = await newPage(browser);
	await logIn(six, 'w6', '6号窗口 (A岗)');
	await six.keyboard.press('1');
	await expect(six.getByTestId('current-number')).toHaveText(first.number);
	await expect(button(six, '挂起')).toBeEnabled();
	await six.keyboard.press('7');
	await expect(six.getByRole('status')).toContainText(`已挂起：${first.number} 号`);
	await expect(six.getByRole('button', { name: `回呼 ${first.number}` })).toBeVisible();

	// A resident with the third number stands at the window: call it by number.
	await six.keyboard.press('9');
	const dialog = six.getByRole('dialog', { name: '选号呼叫' });
	await dialog.getByLabel('号码').fill('Z1');
	await dialog.getByRole('button', { name: '呼叫' }).click();
	await expect(dialog.getByRole('alert')).toHaveText('未找到该Z1号');
	await dialog.getByLabel('号码').fill(third.number.toLowerCase());
	await six.screenshot({ path: `${SHOTS}/console-call-number-1366x768.png` });
	await dialog.getByRole('button', { name: '呼叫' }).click();
	await expect(six.getByTestId('current-number')).toHaveText(third.number);
	await expect(six.getByRole('button', { name: `回呼 ${first.number}` })).toBeDisabled();
	await six.screenshot({ path: `${SHOTS}/console-held-1366x768.png` });
	await finishWith(six);

	await six.getByRole('button', { name: `回呼 ${first.number}` }).click();
	await expect(six.getByTestId('current-number')).toHaveText(first.number);
	await expect(six.getByText('挂起的号（0）')).toBeVisible();
	await finishWith(six);
	await expect(button(six, '叫号')).toBeEnabled();
	await six.keyboard.press('1');
	await expect(six.getByTestId('current-number')).toHaveText(second.number);
	// Recalls are counted; after three the console suggests 过号.
	for (let i = 1; i <= 3; i++) {
		await expect(button(six, '重呼')).toBeEnabled();
		await six.keyboard.press('2');
		await expect(six.getByTestId('recalls')).toContainText(`重呼 ${i} 次`);
	}
	await expect(six.getByTestId('recalls')).toContainText('建议按 4 过号');
	await expect(button(six, '过号')).toBeEnabled();
	await six.keyboard.press('4');
	await expect(six.getByRole('status')).toHaveText(`已过号：${second.number} 号`);
	await six.context().close();
});

test('pause with a reason; the B clerk takes the window over', async ({ browser }) => {
	await drain('w3', 'win-3');
	const t = await issue('dibao');
	const a = await newPage(browser);
	await logIn(a, 'w3', '3号窗口 (A岗)');
	// w4 is 3号窗口's B: while A works it, B may look but not act.
	const b = await newPage(browser);
	await logIn(b, 'w4', '3号窗口 (B岗)');
	await expect(b.getByTestId('blocked')).toHaveText('A岗（周晓燕）正在3号窗口工作，B岗请在A岗暂停服务或离开后再接替');
	await expect(button(b, '叫号')).toBeDisabled();
	await b.screenshot({ path: `${SHOTS}/console-b-blocked-1366x768.png` });

	await a.keyboard.press('8');
	const dialog = a.getByRole('dialog', { name: '暂停服务' });
	await dialog.getByLabel('会议').check();
	await a.screenshot({ path: `${SHOTS}/console-pause-1366x768.png` });
	await dialog.getByRole('button', { name: '确认暂停' }).click();
	await expect(a.getByTestId('paused')).toContainText('暂停服务中（会议）');
	await expect(button(a, '叫号')).toBeDisabled();
	await expect(button(a, '恢复服务')).toBeEnabled();
	await a.screenshot({ path: `${SHOTS}/console-paused-1366x768.png` });
	const hall = await (await fetch(`${ORIGIN}/api/sites/demo/hall`)).json();
	expect(hall.windows.find((w: { id: string }) => w.id === 'win-3')).toMatchObject({ status: 'paused', pauseReason: '会议' });

	// B takes over: the block lifts live, B resumes and serves.
	await expect(b.getByTestId('blocked')).toHaveCount(0);
	await b.keyboard.press('8');
	await expect(b.getByTestId('window-status')).toHaveText('正在服务');
	await expect(button(b, '叫号')).toBeEnabled();
	await b.keyboard.press('1');
	await expect(b.getByTestId('current-number')).toHaveText(t.number);
	await finishWith(b);
	await a.context().close();
	await b.context().close();
});

test('承诺件: case number and due date over a weekend and a holiday, followed on the phone', async ({ browser }) => {
	await drain('w1', 'win-1');
	// The first working day after today becomes a holiday; 宅基地建房申请 is promised in 15 working days.
	const today = dayKey(Date.now(), 'Asia/Shanghai');
	const holiday = addWorkingDays(today, 1);
	expect(isWorkingDay(holiday)).toBe(true);
	const boss = await staffApi('admin');
	expect((await boss.put('/api/settings/calendar', { data: { holidays: [holiday], workdays: [] } })).ok()).toBe(true);
	const due = addWorkingDays(today, 15, [holiday]);
	expect(due).not.toBe(addWorkingDays(today, 15));

	const t = await issue('homestead');
	const one = await newPage(browser);
	await logIn(one, 'w1', '1号窗口 (A岗)');
	await one.keyboard.press('1');
	await expect(one.getByTestId('current-number')).toHaveText(t.number);
	await expect(button(one, '办结')).toBeEnabled();
	await one.keyboard.press('5');
	const dialog = one.getByRole('dialog', { name: `办结 ${t.number} 号 · 承诺件` });
	await expect(dialog.getByLabel('承诺件受理')).toBeChecked();
	await one.screenshot({ path: `${SHOTS}/console-finish-promised-1366x768.png` });
	await one.keyboard.press('Enter');
	await expect(one.getByRole('status')).toContainText(`承诺件受理 · 办件编号 ${today.replaceAll('-', '')}-`);
	await expect(one.getByRole('status')).toContainText(`承诺 ${due} 前办结`);

	const phone = await newPage(browser, PHONE);
	await phone.goto(t.statusPath);
	await expect(phone.getByTestId('case-due')).toHaveText(`${due} 前`);
	await expect(phone.getByTestId('case-state')).toContainText('办理中');
	await phone.screenshot({ path: `${SHOTS}/status-case-390x844.png`, fullPage: true });
	// The promised work is done later: the phone follows it live.
	const caseNo = await phone.getByTestId('case-no').innerText();
	const w1 = await staffApi('w1');
	expect((await w1.post(`/api/cases/${caseNo}`, { data: { action: 'complete' } })).ok()).toBe(true);
	await expect(phone.getByTestId('case-state')).toContainText(`已办结（${today}）`);
	await expectNoAxeViolations(phone, '/t/[token] with a case');

	await boss.put('/api/settings/calendar', { data: { holidays: [], workdays: [] } });
	await boss.dispose();
	await w1.dispose();
	await one.context().close();
	await phone.context().close();
});

test('材料不全: the one-time notice of what is missing appears on the resident’s phone', async ({ browser }) => {
	await drain('w1', 'win-1');
	const t = await issue('sole-trader-register');
	const phone = await newPage(browser, PHONE);
	await phone.goto(t.statusPath);
	await expect(phone.getByText('等候中', { exact: true })).toBeVisible();

	const one = await newPage(browser);
	await logIn(one, 'w1', '1号窗口 (A岗)');
	await button(one, '叫号').click();
	await button(one, '办结').click();
	const dialog = one.getByRole('dialog');
	await dialog.getByLabel('材料不全').check();
	await dialog.getByRole('button', { name: '确认办结' }).click();
	await expect(dialog.getByRole('alert')).toHaveText('材料不全：请至少选择或填写一项缺少的材料');
	const materials = dialog.locator('fieldset.materials input[type=checkbox]');
	const names = [await materials.nth(0).getAttribute('value'), await materials.nth(1).getAttribute('value')] as string[];
	await materials.nth(0).check();
	await materials.nth(1).check();
	await dialog.getByLabel('其他缺少的材料（用顿号分隔）').fill('经营场所租赁合同');
	await one.screenshot({ path: `${SHOTS}/console-finish-incomplete-1366x768.png` });
	await dialog.getByRole('button', { name: '确认办结' }).click();
	await expect(one.getByRole('status')).toHaveText(`已办结：${t.number} 号 · 材料不全，已一次性告知`);

	const notice = phone.getByTestId('onetime-notice');
	await expect(notice).toContainText('一次性告知：请补齐以下材料');
	for (const n of [...names, '经营场所租赁合同']) await expect(notice.getByText(n, { exact: true })).toBeVisible();
	await phone.screenshot({ path: `${SHOTS}/status-incomplete-390x844.png`, fullPage: true });
	await expectNoAxeViolations(phone, '/t/[token] with the one-time notice');
	await one.context().close();
	await phone.context().close();
});

test('the idle console at 1366x768', async ({ browser }) => {
	await drain('w1', 'win-1');
	const page = await newPage(browser);
	await logIn(page, 'w1', '1号窗口 (A岗)');
	await expect(page.getByText('空闲，可以叫下一位')).toBeVisible();
	for (const [key, name] of [
		['1', '叫号'],
		['6', '转移'],
		['9', '选号呼叫']
	]) {
		await expect(page.getByRole('button', { name: new RegExp(name) })).toHaveAttribute('aria-keyshortcuts', key);
	}
	await page.screenshot({ path: `${SHOTS}/console-idle-1366x768.png` });
	await page.context().close();
});

async function expectNoAxeViolations(page: Page, what: string) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	expect(summary, `axe violations on ${what}`).toEqual([]);
}
