/**
 * The catalogue from the admin pages, as a 中心主任 would use them at 1366x768: a matter's
 * materials edited in its 办事指南 editor, and a kiosk left open on that matter's one-time notice
 * showing the new list without a reload. Screenshots of the pages land in
 * /tmp/admin-catalogue-shots/ for a person to look at.
 */
import { expect, test, type Page } from '@playwright/test';

const SHOTS = '/tmp/admin-catalogue-shots';
const MATTER = '林木采伐许可证核发';

async function loginAdmin(page: Page) {
	const res = await page.request.post('/api/session', { data: { username: 'admin', password: 'yizhan-demo' } });
	expect(res.status()).toBe(200);
}

test('editing a matter’s materials in admin changes an open kiosk’s checklist without reload', async ({ browser }) => {
	const admin = await browser.newPage({ viewport: { width: 1366, height: 768 } });
	await loginAdmin(admin);

	// A category and a matter of its own, so the demo matters other specs use stay as they are.
	const cat = await admin.request.post('/api/admin/catalogue/categories', { data: { name: '自然资源', prefix: 'F' } });
	expect(cat.status()).toBe(201);
	const categoryId = (await cat.json()).category.id;
	const created = await admin.request.post('/api/admin/catalogue/matters', {
		data: {
			name: MATTER,
			categoryId,
			kind: 'promised',
			promisedDays: 5,
			legalDays: 20,
			conditions: ['林木所有者或经营者'],
			materials: [
				{ name: '居民身份证', form: 'original', copies: 1 },
				{ name: '林权证', form: 'original_and_copy', copies: 1 },
				{ name: '采伐申请书', form: 'original', copies: 1 }
			],
			fee: '不收费',
			enquiry: '综合窗口 0512-00000000',
			windowIds: ['win-6']
		}
	});
	expect(created.status()).toBe(201);
	const matterId = (await created.json()).matter.id;

	// A resident at the kiosk opens the matter's one-time notice and stays there.
	const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
	await kiosk.goto('/kiosk');
	await kiosk.getByRole('button', { name: /自然资源/ }).click();
	await kiosk.getByRole('main').getByRole('button', { name: MATTER }).click();
	const notice = kiosk.getByRole('main');
	await expect(notice.getByText('林权证', { exact: true })).toBeVisible();
	await expect(notice.getByText('伐区设计书')).toHaveCount(0);

	// The supervisor finds the matter in the catalogue and edits its materials.
	await admin.goto('/admin/catalogue');
	await expect(admin.getByRole('heading', { level: 1, name: '事项目录' })).toBeVisible();
	await admin.screenshot({ path: `${SHOTS}/catalogue-1366x768.png` });
	await admin.getByRole('link', { name: MATTER }).first().click();
	await expect(admin.getByRole('heading', { level: 1, name: `编辑事项：${MATTER}` })).toBeVisible();
	await admin.getByRole('button', { name: '＋ 添加材料' }).click();
	await admin.getByLabel('第4项材料名称').fill('伐区设计书');
	await admin.getByLabel('第4项材料份数').fill('2');
	await admin.getByRole('button', { name: '删除第2项材料' }).click();
	await admin.screenshot({ path: `${SHOTS}/matter-edit-1366x768.png` });
	await admin.getByRole('button', { name: '保存', exact: true }).click();
	await expect(admin.getByRole('status')).toContainText(`已保存"${MATTER}"`);

	// Without a reload the open notice shows the new list.
	await expect(notice.getByText('伐区设计书')).toBeVisible();
	await expect(notice.getByText('林权证', { exact: true })).toHaveCount(0);
	expect(await kiosk.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);

	// A bad field is refused with its Chinese message.
	await admin.getByLabel('第1项材料名称').fill('');
	await admin.getByRole('button', { name: '保存', exact: true }).click();
	await expect(admin.getByRole('alert')).toHaveText(`事项"${MATTER}"的第1项材料名称不能为空`);

	// Retired, the matter leaves the kiosk at once; the resident goes back to the start.
	const retired = await admin.request.post(`/api/admin/catalogue/matters/${matterId}/retire`, { data: { retired: true } });
	expect(retired.status()).toBe(200);
	await expect(kiosk.getByRole('heading', { name: '请选择办理事项类别' })).toBeVisible();
	await expect(kiosk.getByRole('button', { name: /自然资源/ })).toHaveCount(0);

	await admin.goto('/admin/catalogue');
	await expect(admin.getByRole('row', { name: new RegExp(MATTER) })).toContainText('已停用');
	await admin.screenshot({ path: `${SHOTS}/catalogue-retired-1366x768.png`, fullPage: true });
	await admin.close();
	await kiosk.close();
});
