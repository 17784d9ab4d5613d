/** Issue 9, low findings over HTTP against the real server: login `next`, headers, /printer. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, post, startServer, tempDataDir, type RunningServer } from './server';

let server: RunningServer;
const others: RunningServer[] = [];
beforeAll(async () => {
	server = await startServer();
});
afterAll(async () => {
	await server?.stop();
	await Promise.all(others.map((s) => s.stop()));
});

/** A real hall (DEMO=0) whose admin and w1 are real accounts (password yizhan-demo). */
async function realHall() {
	const dataDir = tempDataDir();
	const first = await startServer({ dataDir });
	await first.stop();
	const file = path.join(dataDir, 'config.json');
	const config = JSON.parse(readFileSync(file, 'utf8'));
	config.demo = false;
	for (const s of config.staff) s.demo = false;
	writeFileSync(file, JSON.stringify(config));
	const real = await startServer({ dataDir, env: { DEMO: '0', PRINTER_URL: 'sim' } });
	others.push(real);
	return real;
}

function loginForm(next: string) {
	return fetch(`${server.url}/api/session/form`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
		body: new URLSearchParams({ username: 'w1', password: 'wrong-password', next })
	});
}

describe('login form `next`', () => {
	it('never redirects to another host', async () => {
		for (const next of ['/\\evil.example', '//evil.example', '/\t/evil.example', 'https://evil.example']) {
			const res = await loginForm(next);
			expect(res.status, next).toBe(303);
			expect(res.headers.get('location'), next).toBe('/window?login=failed');
		}
		expect((await loginForm('/admin/devices')).headers.get('location')).toBe('/admin/devices?login=failed');
	});
});

describe('/printer outside demo mode', () => {
	it('is for supervisors only, /printer/preview too; in demo mode it stays open', async () => {
		const real = await realHall();
		for (const page of ['/printer', '/printer/preview']) {
			const anon = await fetch(`${real.url}${page}`);
			expect(anon.status, page).toBe(401);
			expect(await anon.text()).toContain('仅限值班主任');
			const clerk = await fetch(`${real.url}${page}`, { headers: { cookie: await login(real.url, 'w1') } });
			expect(clerk.status, page).toBe(403);
			const admin = await fetch(`${real.url}${page}`, { headers: { cookie: await login(real.url, 'admin') } });
			expect(admin.status, page).toBe(200);
		}
		expect((await fetch(`${server.url}/printer`)).status).toBe(200);
	});
});

describe('reprint (补打)', () => {
	it('is allowed at most twice per ticket', async () => {
		const issued = await post(`${server.url}/api/tickets`, { matterId: 'residence-permit' });
		const reprint = () => post(`${server.url}/api/tickets/${issued.body.ticket.token}/reprint`, {});
		expect((await reprint()).status).toBe(200);
		expect((await reprint()).status).toBe(200);
		const third = await reprint();
		expect(third.status).toBe(409);
		expect(third.body.error.message).toMatch(/已补打2次，不能再补打/);
		// Another ticket still may.
		const other = await post(`${server.url}/api/tickets`, { matterId: 'residence-permit' });
		expect((await post(`${server.url}/api/tickets/${other.body.ticket.token}/reprint`, {})).status).toBe(200);
	});
});

describe('security headers', () => {
	it('pages carry a CSP with frame-ancestors none, nosniff and a same-origin Referrer-Policy', async () => {
		const issued = await post(`${server.url}/api/tickets`, { matterId: 'residence-permit' });
		for (const page of ['/kiosk', '/display', '/window', `/t/${issued.body.ticket.token}`, '/admin', '/printer']) {
			const res = await fetch(`${server.url}${page}`);
			expect(res.status, page).toBe(200);
			const csp = res.headers.get('content-security-policy') ?? '';
			expect(csp, page).toContain("frame-ancestors 'none'");
			expect(csp, page).toContain("default-src 'self'");
			expect(csp, page).toMatch(/script-src 'self' 'nonce-[^']+'/);
			expect(csp, page).toContain("object-src 'none'");
			expect(res.headers.get('x-content-type-options'), page).toBe('nosniff');
			expect(res.headers.get('referrer-policy'), page).toBe('same-origin');
		}
		// API answers and static files too.
		const api = await fetch(`${server.url}/api/catalogue`);
		expect(api.headers.get('x-content-type-options')).toBe('nosniff');
		expect(api.headers.get('referrer-policy')).toBe('same-origin');
		const html = await (await fetch(`${server.url}/kiosk`)).text();
		const asset = /(\/_app\/immutable\/[^"]+\.js)/.exec(html)![1];
		const file = await fetch(`${server.url}${asset}`);
		expect(file.status).toBe(200);
		expect(file.headers.get('x-content-type-options')).toBe('nosniff');
	});
});
