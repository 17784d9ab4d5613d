/**
 * An installer pairs a new kiosk: the kiosk shows a code, the supervisor types it in admin, and
 * the kiosk goes on to the ticket page by itself. Nothing is typed on the kiosk.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const SHOTS = 'tests/.tmp/screens';

test('a kiosk pairs itself from a code approved in admin', async ({ browser }) => {
	const kioskContext = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
	const kiosk = await kioskContext.newPage();
	await kiosk.goto('/pair');
	await expect(kiosk.getByRole('heading', { name: '设备配对' })).toBeVisible();
	const shown = kiosk.locator('.code');
	await expect(shown).toHaveText(/^\d \d \d \d \d \d$/);
	const code = (await shown.textContent())!.replace(/\s/g, '');
	expect((await new AxeBuilder({ page: kiosk }).analyze()).violations).toEqual([]);
	await kiosk.screenshot({ path: `${SHOTS}/pair-1080x1920.png` });

	const adminContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
	const admin = await adminContext.newPage();
	await admin.goto('/admin/devices');
	await expect(admin.getByRole('heading', { name: '管理后台登录' })).toBeVisible();
	await admin.getByLabel('用户名').fill('w1');
	await admin.getByLabel('密码').fill('yizhan-demo');
	await admin.getByRole('button', { name: '登录' }).click();
	await expect(admin.getByRole('heading', { name: '仅限管理人员' })).toBeVisible();
	await admin.getByRole('button', { name: '退出登录' }).click();

	await admin.getByLabel('用户名').fill('admin');
	await admin.getByLabel('密码').fill('yizhan-demo');
	await admin.getByRole('button', { name: '登录' }).click();
	await expect(admin.getByRole('heading', { name: '设备配对' })).toBeVisible();

	await admin.getByLabel('配对码').fill('123');
	await admin.getByLabel('设备名称').fill('大厅入口取号机');
	await admin.getByRole('button', { name: '配对', exact: true }).click();
	await expect(admin.getByRole('alert')).toContainText('6 位数字');

	await admin.getByLabel('配对码').fill(code);
	await admin.getByRole('button', { name: '配对', exact: true }).click();
	await expect(admin.getByRole('status')).toContainText('已配对：大厅入口取号机');
	await expect(admin.getByRole('cell', { name: '大厅入口取号机' })).toBeVisible();
	await admin.screenshot({ path: `${SHOTS}/admin-devices-1366x768.png` });

	// The kiosk notices by itself and moves on to the ticket page.
	await expect(kiosk).toHaveURL(/\/kiosk$/, { timeout: 10_000 });
	await expect(kiosk.getByRole('heading', { level: 1 })).toBeVisible();
	// Its next start at /pair goes straight to /kiosk.
	await kiosk.goto('/pair');
	await expect(kiosk).toHaveURL(/\/kiosk$/);

	// The supervisor also sees how the printers are.
	await admin.getByRole('link', { name: '打印机' }).click();
	await expect(admin.getByRole('heading', { name: '打印机', level: 1 })).toBeVisible();
	await expect(admin.getByRole('cell', { name: '主打印机' }).first()).toBeVisible();
	await admin.screenshot({ path: `${SHOTS}/admin-printers-1366x768.png` });

	await kioskContext.close();
	await adminContext.close();
});
