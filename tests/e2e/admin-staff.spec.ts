/**
 * A 中心主任 at 1366x768 adds a clerk and a window from the admin pages, by role and visible text:
 * the clerk's first password is shown once, the clerk logs in with it at a second browser and
 * opens the new window, and when the supervisor disables the account the clerk's console ends at
 * once. Runs against the production build with the demo hall (see playwright.config.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const SHOTS = process.env.ADMIN_SHOTS ?? 'tests/.tmp/screens';
const DESK = { width: 1366, height: 768 };

test('a supervisor adds a clerk and their window, then disables the clerk and their console ends', async ({ browser }) => {
	const adminContext = await browser.newContext({ viewport: DESK });
	const admin = await adminContext.newPage();
	await admin.goto('/admin/staff');
	await admin.getByLabel('用户名').fill('admin');
	await admin.getByLabel('密码').fill('yizhan-demo');
	await admin.getByRole('button', { name: '登录' }).click();
	await expect(admin.getByRole('heading', { name: '工作人员', level: 1 })).toBeVisible();
	await expect(admin.getByRole('cell', { name: '陈志刚', exact: true })).toBeVisible();

	// A mistake first: the page says what is wrong in Chinese.
	const form = admin.getByRole('form', { name: '新建工作人员' });
	await form.getByLabel('用户名').fill('Zhao Yun');
	await form.getByLabel('姓名').fill('赵云');
	await form.getByLabel('工号').fill('YZ301');
	await form.getByRole('button', { name: '新建并生成初始密码' }).click();
	await expect(admin.getByRole('alert')).toHaveText('用户名为 3–32 位小写字母、数字或 _ . -，以字母开头');

	await form.getByLabel('用户名').fill('zhaoyun');
	await form.getByRole('button', { name: '新建并生成初始密码' }).click();
	const shown = admin.getByRole('status', { name: '新密码' });
	await expect(shown).toContainText('赵云（用户名 zhaoyun）的密码');
	await expect(shown).toContainText('只显示这一次');
	const password = (await shown.locator('.secret').textContent())!.trim();
	expect(password).toMatch(/^[a-z2-9]{12}$/);
	await expect(admin.getByRole('cell', { name: 'YZ301', exact: true })).toBeVisible();
	expect((await new AxeBuilder({ page: admin }).analyze()).violations).toEqual([]);
	await admin.screenshot({ path: `${SHOTS}/admin-staff-1366x768.png` });

	// The window 赵云 works at, with 王雪梅 as B.
	await admin.getByRole('link', { name: '窗口', exact: true }).click();
	await expect(admin.getByRole('heading', { name: '窗口', level: 1 })).toBeVisible();
	const win = admin.getByRole('form', { name: '新建窗口' });
	await win.getByLabel('窗口号').fill('8');
	await win.getByLabel('窗口名称').fill('8号窗口');
	await win.getByLabel('A岗').selectOption({ label: '赵云（YZ301）' });
	await win.getByLabel('B岗').selectOption({ label: '王雪梅（YZ002）' });
	await win.getByRole('checkbox', { name: '居住证办理', exact: true }).check();
	await win.getByLabel('居住证办理 权重').fill('2');
	await win.screenshot({ path: `${SHOTS}/admin-windows-form.png` });
	await win.getByRole('button', { name: '新建窗口' }).click();
	await expect(admin.getByRole('status')).toContainText('已保存：8号窗口');
	await expect(admin.getByRole('cell', { name: '8号窗口', exact: true })).toBeVisible();
	expect((await new AxeBuilder({ page: admin }).analyze()).violations).toEqual([]);
	await admin.screenshot({ path: `${SHOTS}/admin-windows-1366x768.png` });

	// 赵云 logs in at the window with the password shown once.
	const clerkContext = await browser.newContext({ viewport: DESK });
	const clerk = await clerkContext.newPage();
	await clerk.goto('/window');
	await clerk.getByLabel('用户名').fill('zhaoyun');
	await clerk.getByLabel('密码').fill(password);
	await clerk.getByRole('button', { name: '登录' }).click();
	// Their only window opens by itself.
	await expect(clerk.getByText('8号窗口').first()).toBeVisible();
	await expect(clerk.getByRole('button', { name: /叫号/ }).first()).toBeEnabled();

	// The supervisor disables the account: the console ends at once.
	await admin.getByRole('link', { name: '工作人员' }).click();
	admin.once('dialog', (d) => d.accept());
	await admin.getByRole('button', { name: '停用 赵云' }).click();
	await expect(admin.getByRole('status')).toContainText('该人员仍是8号窗口A岗');
	await expect(admin.getByRole('row', { name: /赵云/ })).toContainText('已停用');
	await expect(clerk.getByText('您的账号已被值班主任停用，本页已退出。')).toBeVisible();

	// On a tablet the table scrolls sideways inside the page; the form stays usable.
	await admin.setViewportSize({ width: 820, height: 1180 });
	await admin.screenshot({ path: `${SHOTS}/admin-staff-820x1180.png` });

	await clerkContext.close();
	await adminContext.close();
});
