/**
 * Issue 9 finding 12: the Content-Security-Policy breaks nothing in a real browser. Every page
 * loads without a CSP violation, the kiosk issues a ticket and shows its QR (a data: image), the
 * live socket connects (same origin), and the receipt preview's inline <style> applies.
 */
import { expect, test, type Page } from '@playwright/test';

async function watchCsp(page: Page) {
	const violations: string[] = [];
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const w = window as unknown as { __csp?: string[] };
			(w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
		});
	});
	page.on('console', (m) => {
		if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
	});
	page.on('pageerror', (e) => violations.push(`pageerror: ${e.message}`));
	return async () => [
		...violations,
		...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])) as string[])
	];
}

test('pages work under the CSP: kiosk ticket with QR, live socket, display, console, phone page, printer', async ({ page }) => {
	const seen = await watchCsp(page);
	const sockets: string[] = [];
	page.on('websocket', (ws) => sockets.push(ws.url()));

	const res = await page.goto('/kiosk');
	expect(res!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
	await expect(page.getByRole('heading', { name: '请选择办理事项类别' })).toBeVisible();
	await page.getByRole('button', { name: /民生服务/ }).click();
	await page.getByRole('main').getByRole('button').first().click();
	await page.getByRole('button', { name: '取号', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: '取号成功' })).toBeVisible();
	const qr = page.getByRole('img', { name: /二维码/ });
	await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml/);
	expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
	expect(await seen()).toEqual([]);

	// The resident's phone page and the lobby follow the queue over socket.io (same origin).
	const issued = await (await page.request.post('/api/tickets', { data: { matterId: 'residence-permit' } })).json();
	const ticketUrl = `/t/${issued.ticket.token}`;
	for (const path of [ticketUrl, '/display']) {
		const before = sockets.length;
		await page.goto(path);
		await expect.poll(() => sockets.length, { message: `socket.io connected on ${path}` }).toBeGreaterThan(before);
		expect(await seen(), path).toEqual([]);
	}

	for (const path of ['/window', '/admin', '/guide', '/printer']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		expect(await seen(), path).toEqual([]);
	}
	// The console, logged in (its request schemas run Zod in the browser: no eval probe).
	const login = await page.request.post('/api/session', { data: { username: 'w1', password: 'yizhan-demo' } });
	expect(login.status()).toBe(200);
	await page.goto('/window');
	await page.waitForLoadState('networkidle');
	expect(await seen(), '/window logged in').toEqual([]);

	// The receipt preview's inline <style> is applied (style-src allows it).
	await page.goto('/printer/preview?matter=residence-permit');
	await page.waitForLoadState('networkidle');
	const styled = await page.evaluate(() =>
		[...document.querySelectorAll('style')].some((s) => s.sheet && s.sheet.cssRules.length > 0)
	);
	expect(styled).toBe(true);
	expect(await seen()).toEqual([]);
});
