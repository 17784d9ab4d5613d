/**
 * The resident's kiosk, used the way a resident would: by touch, by visible text and role.
 * Runs against the production build with the demo hall and the printer simulator
 * (see playwright.config.ts). Screenshots land in tests/.tmp/screens/ for a human to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SIM_HTTP_PORT } from '../../playwright.config';

const SHOTS = 'tests/.tmp/screens';
const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };

interface CatalogueMatter {
	id: string;
	name: string;
	categoryId: string;
	kind: 'instant' | 'promised' | 'forwarded';
	promisedDays: number;
	legalDays: number;
	fee: string;
	materials: { name: string; copies: number; note?: string }[];
}

const KIND = { instant: '即办件', promised: '承诺件', forwarded: '上报件' } as const;

async function expectNoAxeViolations(page: Page, screen: string) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	expect(summary, `axe violations on ${screen}`).toEqual([]);
}

/** Every button must be an easy target for an old finger: at least 80 px high. */
async function expectBigButtons(page: Page, screen: string) {
	// Handles, not indexes: the 向下查看更多 button comes and goes while we scroll.
	const buttons = await page.getByRole('button').elementHandles();
	expect(buttons.length, `buttons on ${screen}`).toBeGreaterThan(0);
	for (const button of buttons) {
		if (!(await button.isVisible())) continue;
		const name = (await button.textContent())?.trim();
		const box = await button.boundingBox();
		expect(box, `"${name}" on ${screen} is laid out`).not.toBeNull();
		expect(box!.height, `"${name}" on ${screen} is at least 80 px high`).toBeGreaterThanOrEqual(80);
	}
	await page.getByRole('main').evaluate((m) => m.scrollTo({ top: 0 }));
}

/** Nothing may stick out sideways: a kiosk cannot scroll horizontally. */
async function expectNoHorizontalOverflow(page: Page, screen: string) {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow, `horizontal overflow on ${screen}`).toBeLessThanOrEqual(0);
}

/**
 * Nothing may cover a control: the centre of every button in view inside <main> hits that button
 * (or something inside it), not the 向下查看更多 button or anything else laid over it.
 */
async function expectNothingCovers(page: Page, screen: string) {
	const covered = await page.getByRole('main').evaluate((main) => {
		const view = main.getBoundingClientRect();
		const out: string[] = [];
		for (const b of main.querySelectorAll('button')) {
			const r = b.getBoundingClientRect();
			const x = r.left + r.width / 2;
			const y = r.top + r.height / 2;
			if (y < view.top || y > view.bottom || y > window.innerHeight) continue; // scrolled out of view
			const hit = document.elementFromPoint(x, y);
			if (!hit || !(hit === b || b.contains(hit)))
				out.push(`"${b.getAttribute('aria-label') ?? b.textContent?.trim()}" under "${hit?.textContent?.trim()}"`);
		}
		return out;
	});
	expect(covered, `controls covered on ${screen}`).toEqual([]);
}

async function shot(page: Page, name: string) {
	await page.getByRole('main').evaluate((m) => m.scrollTo({ top: 0 }));
	await page.screenshot({ path: `${SHOTS}/kiosk-${name}.png` });
}

/** The matter the walk-through picks: 居住证办理 when 民生服务 has it, else its first matter. */
async function livelihoodMatter(page: Page): Promise<CatalogueMatter> {
	const res = await page.request.get('/api/catalogue');
	expect(res.ok()).toBe(true);
	const catalogue = (await res.json()) as {
		categories: { id: string; name: string }[];
		matters: CatalogueMatter[];
		windows: { matterIds: string[] }[];
	};
	const category = catalogue.categories.find((c) => c.name === '民生服务');
	expect(category, '民生服务 in the demo catalogue').toBeDefined();
	const served = new Set(catalogue.windows.flatMap((w) => w.matterIds));
	const matters = catalogue.matters.filter((m) => m.categoryId === category!.id && served.has(m.id));
	return matters.find((m) => m.name === '居住证办理') ?? matters[0];
}

async function receiptsWith(page: Page, number: string): Promise<number> {
	const res = await page.request.get(`http://127.0.0.1:${SIM_HTTP_PORT}/receipts.json`);
	const receipts = (await res.json()) as { big: string[]; lines: string[] }[];
	return receipts.filter((r) => [...r.big, ...r.lines].some((l) => new RegExp(`\\b${number}\\b`).test(l))).length;
}

test.describe('kiosk', () => {
	test('portrait: 民生服务 -> matter -> one-time notice -> 取号 -> ticket', async ({ page }) => {
		await page.setViewportSize(PORTRAIT);
		const matter = await livelihoodMatter(page);
		await page.goto('/kiosk');

		// Screen 1: the hall and its categories.
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page.getByRole('heading', { level: 1, name: '演示镇便民服务中心' })).toBeVisible();
		await expect(page.getByRole('heading', { name: '请选择办理事项类别' })).toBeVisible();
		const categoryNames = await page.getByRole('main').getByRole('button').allTextContents();
		expect(categoryNames.map((t) => t.trim().slice(1).trim().slice(0, 4))).toEqual(
			expect.arrayContaining(['项目投资', '生产经营', '民生服务'])
		);
		await expectNoAxeViolations(page, 'screen 1');
		await expectBigButtons(page, 'screen 1');
		await expectNoHorizontalOverflow(page, 'screen 1');
		await shot(page, 'portrait-1-categories');

		// Screen 2: the category's matters.
		await page.getByRole('button', { name: /民生服务/ }).click();
		await expect(page.getByRole('heading', { level: 1, name: '民生服务' })).toBeVisible();
		const matterButton = page.getByRole('main').getByRole('button', { name: matter.name });
		await expect(matterButton).toBeVisible();
		await expect(matterButton).toContainText(KIND[matter.kind]);
		await expect(page.getByRole('button', { name: '返回' })).toBeVisible();
		await expect(page.getByRole('button', { name: '首页' })).toBeVisible();
		await expectNoAxeViolations(page, 'screen 2');
		await expectBigButtons(page, 'screen 2');
		await expectNoHorizontalOverflow(page, 'screen 2');
		await shot(page, 'portrait-2-matters');

		// Screen 3: the one-time notice lists every material.
		await matterButton.click();
		await expect(page.getByRole('heading', { level: 1, name: matter.name })).toBeVisible();
		const materials = page.getByRole('region', { name: /需要携带的材料/ }).getByRole('listitem');
		await expect(materials).toHaveCount(matter.materials.length);
		for (const [i, material] of matter.materials.entries()) {
			await expect(materials.nth(i)).toContainText(material.name);
			await expect(materials.nth(i)).toContainText(`${material.copies} 份`);
			await expect(materials.nth(i)).toContainText(/原件|复印件/);
			if (material.note) await expect(materials.nth(i)).toContainText(material.note);
		}
		const limits = page.getByRole('region', { name: '办理时限' });
		await expect(limits).toContainText(KIND[matter.kind]);
		if (matter.kind === 'instant') await expect(limits).toContainText('当场办结');
		if (matter.kind !== 'instant' && matter.promisedDays > 0)
			await expect(limits).toContainText(`承诺时限 ${matter.promisedDays} 个工作日`);
		if (matter.legalDays > 0) await expect(limits).toContainText(`法定时限 ${matter.legalDays} 个工作日`);
		await expect(page.getByRole('region', { name: '收费标准' })).toContainText(matter.fee);
		await expectNothingCovers(page, 'screen 3');
		await expect(page.getByRole('region', { name: '办理窗口' })).toContainText(/\d+号窗口/);
		await expectNoAxeViolations(page, 'screen 3');
		await expectBigButtons(page, 'screen 3');
		await expectNoHorizontalOverflow(page, 'screen 3');
		await shot(page, 'portrait-3-notice');

		// 取号, pressed twice in a hurry: one ticket, one receipt.
		const take = page.getByRole('button', { name: '取号', exact: true });
		await take.dblclick();

		// Screen 4: the ticket.
		await expect(page.getByRole('heading', { level: 1, name: '取号成功' })).toBeVisible();
		const number = (await page.getByTestId('ticket-number').textContent())!.trim();
		expect(number).toMatch(/^C\d{3}$/);
		await expect(page.getByRole('status')).toContainText(number);
		await expect(page.getByRole('main')).toContainText(matter.name);
		const ahead = Number((await page.getByRole('main').textContent())!.match(/前面还有\s*(\d+)\s*人/)![1]);
		// Nobody ahead: the wait reads 即将叫号, not "about 0 minutes".
		await expect(page.getByRole('main')).toContainText(ahead === 0 ? /预计等候\s*即将叫号/ : /预计等候\s*约\s*\d+\s*分钟/);
		await expect(page.getByText('请留意大屏和语音叫号')).toBeVisible();
		await expect(page.getByText('扫码在手机上查看排队进度')).toBeVisible();
		const qr = page.getByRole('img', { name: new RegExp(`${number}.*二维码`) });
		await expect(qr).toBeVisible();
		await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml/);
		await expect(page.getByText('请取走打印的号票和一次性告知单')).toBeVisible();
		await expect.poll(() => receiptsWith(page, number), { message: 'one receipt for the ticket' }).toBe(1);
		await expectNoAxeViolations(page, 'screen 4');
		await expectNoHorizontalOverflow(page, 'screen 4');
		await shot(page, 'portrait-4-ticket');

		// 完成 goes back to the start.
		await page.getByRole('button', { name: '完成' }).click();
		await expect(page.getByRole('heading', { name: '请选择办理事项类别' })).toBeVisible();
	});

	test('长者模式 portrait: nothing covers 点此勾选, and the numbered circles hold their digit', async ({ page }) => {
		await page.setViewportSize(PORTRAIT);
		const matter = await livelihoodMatter(page);
		expect(matter.materials.length, 'a matter with at least two materials').toBeGreaterThanOrEqual(2);
		await page.goto('/kiosk');
		await page.getByRole('button', { name: '长者模式' }).click();
		await page.getByRole('button', { name: /民生服务/ }).click();
		await page.getByRole('main').getByRole('button', { name: matter.name }).click();
		await expect(page.getByRole('heading', { level: 1, name: matter.name })).toBeVisible();
		const ticks = page.getByRole('button', { name: /点此勾选/ });
		await expect(ticks).toHaveCount(matter.materials.length);

		// At the top, then page by page down to the end: every control in view can be touched.
		const main = page.getByRole('main');
		for (let step = 0; step < 20; step++) {
			await expectNothingCovers(page, `elderly notice, step ${step}`);
			const more = page.getByRole('button', { name: /向下查看更多/ });
			if (!(await more.isVisible())) break;
			await main.evaluate((m) => m.scrollBy({ top: m.clientHeight * 0.5 }));
			await page.waitForTimeout(100);
		}
		// Each 点此勾选 brought into view is the thing a finger there touches.
		for (const tick of await ticks.all()) {
			await tick.scrollIntoViewIfNeeded();
			await expectNothingCovers(page, 'elderly notice, each control');
		}

		// The numbered circle beside each material is big enough for its digit.
		const clipped = await page.getByRole('region', { name: /需要携带的材料/ }).evaluate((region) =>
			[...region.querySelectorAll('li > [aria-hidden="true"]')].flatMap((circle) => {
				const box = circle.getBoundingClientRect();
				const range = document.createRange();
				range.selectNodeContents(circle);
				const text = range.getBoundingClientRect();
				const fits =
					text.top >= box.top - 0.5 &&
					text.bottom <= box.bottom + 0.5 &&
					text.left >= box.left - 0.5 &&
					text.right <= box.right + 0.5;
				return fits ? [] : [circle.textContent];
			})
		);
		expect(clipped, 'numbered circles whose digit sticks out').toEqual([]);
		await shot(page, 'portrait-3-notice-elderly');
	});

	test('landscape 1920x1080: the same walk-through fits and stays accessible', async ({ page }) => {
		await page.setViewportSize(LANDSCAPE);
		const matter = await livelihoodMatter(page);
		await page.goto('/kiosk');
		await expect(page.getByRole('heading', { name: '请选择办理事项类别' })).toBeVisible();
		await expectNoHorizontalOverflow(page, 'landscape screen 1');
		await expectBigButtons(page, 'landscape screen 1');
		await shot(page, 'landscape-1-categories');

		await page.getByRole('button', { name: /民生服务/ }).click();
		await expect(page.getByRole('heading', { level: 1, name: '民生服务' })).toBeVisible();
		await expectNoHorizontalOverflow(page, 'landscape screen 2');
		await expectBigButtons(page, 'landscape screen 2');
		await shot(page, 'landscape-2-matters');

		await page.getByRole('main').getByRole('button', { name: matter.name }).click();
		await expect(page.getByRole('heading', { level: 1, name: matter.name })).toBeVisible();
		await expectNoHorizontalOverflow(page, 'landscape screen 3');
		await expectBigButtons(page, 'landscape screen 3');
		await shot(page, 'landscape-3-notice');

		await page.getByRole('button', { name: '取号', exact: true }).click();
		await expect(page.getByTestId('ticket-number')).toHaveText(/^C\d{3}$/);
		await expect(page.getByRole('img', { name: /二维码/ })).toBeVisible();
		await expectNoAxeViolations(page, 'landscape screen 4');
		await expectNoHorizontalOverflow(page, 'landscape screen 4');
		await shot(page, 'landscape-4-ticket');
	});

	test('goes back to the start when nobody touches it', async ({ page }) => {
		await page.clock.install();
		await page.setViewportSize(PORTRAIT);
		await page.goto('/kiosk');
		await page.getByRole('button', { name: /民生服务/ }).click();
		await expect(page.getByRole('heading', { level: 1, name: '民生服务' })).toBeVisible();
		await page.clock.runFor(80_000);
		await expect(page.getByRole('heading', { level: 1, name: '民生服务' })).toBeVisible();
		await page.clock.runFor(11_000);
		await expect(page.getByRole('heading', { name: '请选择办理事项类别' })).toBeVisible();
	});

	test('a failed 取号 says why in Chinese, and pressing again reuses the same request', async ({ page }) => {
		await page.setViewportSize(PORTRAIT);
		const matter = await livelihoodMatter(page);
		const requestIds: string[] = [];
		let first = true;
		await page.route('**/api/tickets', async (route) => {
			requestIds.push(JSON.parse(route.request().postData() ?? '{}').requestId);
			if (first) {
				first = false;
				// As the server answers when no window is open for the matter.
				await route.fulfill({
					status: 409,
					json: { error: { code: 'matter_not_served', message: `目前没有窗口办理"${matter.name}"` } }
				});
				return;
			}
			// The printer is out of paper: the ticket is issued, the receipt is not.
			const response = await route.fetch();
			const body = await response.json();
			await route.fulfill({ response, json: { ...body, print: { ok: false, message: '打印机缺纸，号票未能打印' } } });
		});
		await page.goto('/kiosk');
		await page.getByRole('button', { name: /民生服务/ }).click();
		await page.getByRole('main').getByRole('button', { name: matter.name }).click();
		const take = page.getByRole('button', { name: '取号', exact: true });

		await take.click();
		await expect(page.getByRole('alert')).toHaveText(`目前没有窗口办理"${matter.name}"`);
		await expect(page.getByRole('heading', { level: 1, name: matter.name })).toBeVisible();

		await take.click();
		await expect(page.getByTestId('ticket-number')).toHaveText(/^C\d{3}$/);
		expect(requestIds).toHaveLength(2);
		expect(requestIds[0]).toBeTruthy();
		expect(requestIds[1]).toBe(requestIds[0]);
		const printAlert = page.getByRole('alert');
		await expect(printAlert).toContainText('打印机缺纸，号票未能打印');
		await expect(page.getByText('请取走打印的号票和一次性告知单')).toHaveCount(0);
		await expect(page.getByRole('img', { name: /二维码/ })).toBeVisible();
		await expectNoAxeViolations(page, 'screen 4, printer down');
		await shot(page, 'portrait-4-ticket-printer-down');

		// A new visit of the notice is a new request: it must not return the old ticket.
		await page.getByRole('button', { name: '完成' }).click();
		await page.getByRole('button', { name: /民生服务/ }).click();
		await page.getByRole('main').getByRole('button', { name: matter.name }).click();
		await take.click();
		await expect(page.getByTestId('ticket-number')).toHaveText(/^C\d{3}$/);
		expect(requestIds).toHaveLength(3);
		expect(requestIds[2]).not.toBe(requestIds[0]);
	});
});
