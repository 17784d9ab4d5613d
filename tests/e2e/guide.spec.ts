/** The public 办事指南: every matter with its materials, readable on a phone, no axe violations. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('a resident reads the guide for a matter on their phone before coming', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto('/guide');
	await expect(page.getByRole('heading', { name: '办事指南', level: 1 })).toBeVisible();
	for (const name of ['项目投资', '生产经营', '民生服务', '公安服务', '税务服务']) {
		await expect(page.getByRole('heading', { name: new RegExp(name), level: 2 })).toBeVisible();
	}
	expect(await page.getByRole('link').count()).toBeGreaterThanOrEqual(25);
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	await page.screenshot({ path: 'tests/.tmp/screens/guide-390x844.png' });

	await page.getByRole('link', { name: '最低生活保障申请' }).click();
	await expect(page.getByRole('heading', { name: '最低生活保障申请', level: 1 })).toBeVisible();
	const catalogue = await (await page.request.get('/api/catalogue')).json();
	const matter = catalogue.matters.find((m: { name: string }) => m.name === '最低生活保障申请');
	await expect(page.getByRole('heading', { name: `需要携带的材料（共 ${matter.materials.length} 项）` })).toBeVisible();
	for (const material of matter.materials) await expect(page.getByText(material.name, { exact: true })).toBeVisible();
	await expect(page.getByText(`承诺 ${matter.promisedDays} 个工作日办结`)).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	await page.screenshot({ path: 'tests/.tmp/screens/guide-matter-390x844.png', fullPage: true });

	const missing = await page.goto('/guide/no-such-matter');
	expect(missing?.status()).toBe(404);
	await context.close();
});
