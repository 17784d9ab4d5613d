/**
 * 一次性告知 at the kiosk, as a resident at a 1080x1920 portrait kiosk: search by pinyin
 * initials on the on-screen keypad, self-check with a paper missing, the checklist printed
 * WITHOUT a ticket, then a 绿色通道 ticket that carries the missing paper, and a 补打. The
 * printer simulator's decoded bytes are checked as the paper would come out. Elderly mode and
 * English are checked with axe too. Screenshots land in tests/.tmp/screens/.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SIM_HTTP_PORT } from '../../playwright.config';

const SHOTS = 'tests/.tmp/screens';
// A 民生服务 matter: its windows are not the ones loop.spec.ts drains and counts.
const MATTER = '最低生活保障申请';
const LACKING = '居民户口簿';

interface SimReceipt {
	id: number;
	lines: string[];
	big: string[];
	qr: string[];
	cut: boolean;
	unknown: number[];
}

async function receipts(page: Page): Promise<SimReceipt[]> {
	const res = await page.request.get(`http://127.0.0.1:${SIM_HTTP_PORT}/receipts.json`);
	return (await res.json()) as SimReceipt[];
}

/** The simulator keeps only its latest 50 receipts: count new ones by id, not by length. */
const newestId = (list: SimReceipt[]) => list[0]?.id ?? 0;
async function printedSince(page: Page, lastId: number): Promise<number> {
	return (await receipts(page)).filter((r) => r.id > lastId).length;
}

async function expectNoAxeViolations(page: Page, screen: string) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	expect(summary, `axe violations on ${screen}`).toEqual([]);
}

async function shot(page: Page, name: string) {
	await page.getByRole('main').evaluate((m) => m.scrollTo({ top: 0 }));
	await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function waitingTickets(page: Page): Promise<number> {
	const res = await page.request.get('/api/sites/demo/hall');
	const hall = (await res.json()) as { categories: { waiting: number }[] };
	return hall.categories.reduce((n, c) => n + c.waiting, 0);
}

/** Search 最低生活保障 by its initials on the on-screen keypad. */
async function openBySearch(page: Page) {
	await page.getByRole('button', { name: /搜索事项/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: '搜索事项' })).toBeVisible();
	for (const letter of ['Z', 'D', 'S', 'H']) await page.getByRole('button', { name: letter, exact: true }).click();
	await expect(page.getByTestId('search-input')).toHaveValue('zdsh');
	await expect(page.getByRole('main').getByRole('button', { name: new RegExp(MATTER) })).toBeVisible();
}

test.describe('kiosk: one-time notice and self-check', () => {
	test('portrait: search, missing paper, checklist without a ticket, then a 绿色通道 ticket and 补打', async ({ page }) => {
		await page.setViewportSize({ width: 1080, height: 1920 });
		await page.goto('/kiosk');
		await expect(page.getByRole('heading', { name: '请选择办理事项类别' })).toBeVisible();
		const lastBefore = newestId(await receipts(page));
		const waitingBefore = await waitingTickets(page);

		// Search by pinyin initials: no keyboard needed.
		await openBySearch(page);
		await expectNoAxeViolations(page, 'search');
		await shot(page, 'kiosk-notice-portrait-1-search');
		await page
			.getByRole('main')
			.getByRole('button', { name: new RegExp(MATTER) })
			.click();
		await expect(page.getByRole('heading', { level: 1, name: MATTER })).toBeVisible();
		await expect(page.getByRole('main')).toContainText('预计跑动 2 次');

		// Self-check: tick every material but one.
		const ticks = page.getByRole('main').getByRole('button', { pressed: false });
		const names = await page
			.getByRole('region', { name: /需要携带的材料/ })
			.locator('.material-name')
			.allTextContents();
		expect(names).toContain(LACKING);
		for (const name of names) {
			if (name === LACKING) continue;
			await page.getByRole('button', { name: new RegExp(`^${name}：`) }).click();
		}
		await expect(ticks).toHaveCount(1);
		await expectNoAxeViolations(page, 'notice with self-check');
		await page.getByRole('button', { name: '取号', exact: true }).click();

		// The kiosk says plainly what is missing.
		await expect(page.getByRole('heading', { level: 1, name: '您还缺少 1 项材料' })).toBeVisible();
		await expect(page.getByRole('main').getByRole('listitem')).toHaveText([`■ ${LACKING}`]);
		await expectNoAxeViolations(page, 'missing');
		await shot(page, 'kiosk-notice-portrait-2-missing');

		// (a) print the checklist to take home: a notice, no ticket, no number used.
		await page.getByRole('button', { name: '打印告知单，带回准备（不取号）' }).click();
		await expect(page.getByRole('heading', { level: 1, name: '告知单已打印' })).toBeVisible();
		await expect(page.getByRole('main')).toContainText('本次没有取号');
		await expectNoAxeViolations(page, 'printed');
		await expect.poll(() => printedSince(page, lastBefore)).toBe(1);
		const notice = (await receipts(page))[0];
		const text = notice.lines.join('\n');
		const flat = notice.lines.map((l) => l.trim()).join('');
		expect(text).toContain('一次性告知单');
		expect(text).toContain('不是排队号票');
		expect(flat).toContain(MATTER);
		expect(flat).toMatch(new RegExp(`■ \\d\\. ${LACKING}.*（缺）`));
		expect(flat).toContain('□ 1. 最低生活保障申请书');
		expect(text).toMatch(/流水号：\d{8}-N\d{4}/);
		expect(notice.big).toEqual([]);
		expect(notice.qr).toEqual([]);
		expect(notice.cut).toBe(true);
		expect(notice.unknown).toEqual([]);
		expect(await waitingTickets(page)).toBe(waitingBefore);
		await page.getByRole('button', { name: '完成' }).click();

		// Elderly mode: twice the text, read aloud (headless Chromium has no voices; the text is logged).
		const h1 = page.getByRole('heading', { level: 1 });
		const normal = await h1.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
		await page.getByRole('button', { name: '长者模式' }).click();
		await expect(page.getByRole('button', { name: '标准模式' })).toHaveAttribute('aria-pressed', 'true');
		const big = await h1.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
		expect(big).toBeGreaterThanOrEqual(normal * 1.4);
		await page.getByRole('button', { name: /民生服务/ }).click();
		await expect
			.poll(() =>
				page.evaluate(() => (window as unknown as { __yizhanKioskSpeech?: string[] }).__yizhanKioskSpeech?.at(-1) ?? '')
			)
			.toContain('民生服务');
		await expectNoAxeViolations(page, 'elderly mode');
		await shot(page, 'kiosk-notice-portrait-3-elderly');
		await page.getByRole('button', { name: '标准模式' }).click();

		// English on every screen, and back.
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByText(/Choose your service/)).toBeVisible();
		await page.getByRole('button', { name: 'Start' }).click();
		await expect(page.getByRole('heading', { name: 'Choose a service category' })).toBeVisible();
		await expectNoAxeViolations(page, 'English');
		await shot(page, 'kiosk-notice-portrait-4-english');
		await page.getByRole('button', { name: '中文' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

		// (b) a 绿色通道 ticket that still carries the missing paper.
		await openBySearch(page);
		await page
			.getByRole('main')
			.getByRole('button', { name: new RegExp(MATTER) })
			.click();
		await page.getByRole('button', { name: /^居民身份证：/ }).click();
		await page.getByRole('button', { name: /绿色通道/ }).click();
		await expect(page.getByRole('button', { name: /绿色通道/ })).toHaveAttribute('aria-pressed', 'true');
		await page.getByRole('button', { name: '取号', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: '您还缺少 5 项材料' })).toBeVisible();
		const lastTicket = newestId(await receipts(page));
		await page.getByRole('button', { name: '仍然取号排队' }).click();
		await expect(page.getByRole('heading', { level: 1, name: '取号成功' })).toBeVisible();
		const number = (await page.getByTestId('ticket-number').textContent())!.trim();
		expect(number).toMatch(/^C\d{3}$/);
		await expect(page.getByTestId('priority-tag')).toHaveText('绿色通道');
		await expect(page.getByRole('main')).toContainText(`缺少材料：`);
		await expect(page.getByRole('main')).toContainText(LACKING);
		await expectNoAxeViolations(page, 'ticket with 绿色通道');
		await shot(page, 'kiosk-notice-portrait-5-ticket-priority');

		await expect.poll(() => printedSince(page, lastTicket)).toBe(1);
		const ticket = (await receipts(page))[0];
		const ticketText = ticket.lines.join('\n');
		const ticketFlat = ticket.lines.map((l) => l.trim()).join('');
		expect(ticket.big).toEqual([number]);
		expect(ticketText).toContain('【绿色通道】');
		expect(ticketText).toContain('过号请重新取号');
		expect(ticketFlat).toMatch(new RegExp(`■ \\d\\. ${LACKING}.*（缺）`));
		expect(ticketFlat).toContain('□ 2. 居民身份证');
		expect(ticket.qr).toHaveLength(1);
		expect(ticket.qr[0]).toMatch(/\/t\/\d{8}[A-Za-z0-9_-]+$/);
		expect(ticket.cut).toBe(true);

		// The clerk's view of the ticket carries the priority and what is missing.
		const token = ticket.qr[0].split('/t/')[1];
		const view = await (await page.request.get(`/api/tickets/${token}`)).json();
		expect(view.priority).toBe(true);
		expect(view.missing).toEqual(expect.arrayContaining([LACKING]));

		// 补打: the same ticket again, marked as a reprint.
		await page.getByRole('button', { name: '补打号票' }).click();
		await expect(page.getByText('已补打，请取走')).toBeVisible();
		await expect.poll(() => printedSince(page, lastTicket)).toBe(2);
		const again = (await receipts(page))[0];
		expect(again.big).toEqual([number]);
		expect(again.lines.join('\n')).toContain('【补打】');
		expect(again.qr).toEqual(ticket.qr);

		// One cut per receipt, every one of them.
		for (const r of (await receipts(page)).slice(0, 3)) expect(r.cut).toBe(true);
	});

	test('landscape 1920x1080: search, missing, elderly, English and the ticket fit and pass axe', async ({ page }) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.goto('/kiosk');
		await openBySearch(page);
		await shot(page, 'kiosk-notice-landscape-1-search');
		await page
			.getByRole('main')
			.getByRole('button', { name: new RegExp(MATTER) })
			.click();
		await page.getByRole('button', { name: /^居民身份证：/ }).click();
		await page.getByRole('button', { name: '取号', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: /您还缺少/ })).toBeVisible();
		await shot(page, 'kiosk-notice-landscape-2-missing');
		await page.getByRole('button', { name: '返回核对' }).click();
		await page.getByRole('button', { name: '长者模式' }).click();
		await expectNoAxeViolations(page, 'landscape elderly notice');
		await shot(page, 'kiosk-notice-landscape-3-elderly');
		await page.getByRole('button', { name: '标准模式' }).click();
		await page.getByRole('button', { name: 'English' }).click();
		await expectNoAxeViolations(page, 'landscape English notice');
		await shot(page, 'kiosk-notice-landscape-4-english');
		await page.getByRole('button', { name: /Priority lane/ }).click();
		await page.getByRole('button', { name: 'Take a number', exact: true }).click();
		await page.getByRole('button', { name: 'Take a number anyway' }).click();
		await expect(page.getByTestId('priority-tag')).toHaveText('Priority lane');
		await expectNoAxeViolations(page, 'landscape English ticket');
		await shot(page, 'kiosk-notice-landscape-5-ticket-priority');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
