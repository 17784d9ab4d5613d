/**
 * A real hall (DEMO=0) gets its first administrator from a browser with the setup code printed
 * at start, and staff change their own passwords; no file is edited.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, startServer, type RunningServer } from './server';

let server: RunningServer;

beforeAll(async () => {
	server = await startServer({ env: { DEMO: '0' } });
});
afterAll(() => server?.stop());

const send = (method: string, route: string, body: unknown, cookie?: string) =>
	fetch(`${server.url}${route}`, {
		method,
		headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
		body: JSON.stringify(body)
	}).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: { message: string } } }));

const admin = { username: 'zhuren', name: '李主任', staffNo: 'ZR001', password: 'hall-admin-2026' };

describe('first administrator', () => {
	it('needs the setup code printed at start; a wrong code is refused', async () => {
		const code = /setup code (\d{4}-\d{4})/.exec(server.output())?.[1];
		expect(code).toBeDefined();
		const wrong = await send('POST', '/api/setup', { ...admin, code: '0000-0000' });
		expect(wrong).toMatchObject({ status: 403, body: { error: { message: '安装码不正确，请查看服务器启动时显示的安装码' } } });
		const weak = await send('POST', '/api/setup', { ...admin, password: 'zhuren123', code });
		expect(weak.body.error?.message).toBe('密码不能包含用户名');

		const made = await send('POST', '/api/setup', { ...admin, code });
		expect(made.status).toBe(201);
		expect(await login(server.url, 'zhuren', admin.password)).toMatch(/^yz_session=/);
		// Written to the hall's configuration, hashed, and the code is spent.
		const config = JSON.parse(readFileSync(path.join(server.dataDir, 'config.json'), 'utf8'));
		const saved = config.staff.find((s: { username: string }) => s.username === 'zhuren');
		expect(saved).toMatchObject({ role: 'supervisor', name: '李主任' });
		expect(saved.passwordHash).toMatch(/^scrypt\$/);
		expect((await send('POST', '/api/setup', { ...admin, username: 'another', code })).status).toBe(409);
	});

	it('demo accounts do not work in a real hall', async () => {
		const res = await send('POST', '/api/session', { username: 'admin', password: 'yizhan-demo' });
		expect(res.status).toBe(401);
	});
});

describe('changing one’s password', () => {
	it('asks for the current one, then only the new one works', async () => {
		const cookie = await login(server.url, 'zhuren', admin.password);
		const wrong = await send('PUT', '/api/session/password', { current: 'not-it-at-all', next: 'new-pass-2026' }, cookie);
		expect(wrong).toMatchObject({ status: 403, body: { error: { message: '当前密码不正确' } } });
		const short = await send('PUT', '/api/session/password', { current: admin.password, next: 'short' }, cookie);
		expect(short).toMatchObject({ status: 400, body: { error: { message: '密码至少 8 位' } } });
		expect((await send('PUT', '/api/session/password', { current: admin.password, next: 'new-pass-2026' }, cookie)).status).toBe(
			200
		);
		expect((await send('POST', '/api/session', { username: 'zhuren', password: admin.password })).status).toBe(401);
		expect(await login(server.url, 'zhuren', 'new-pass-2026')).toMatch(/^yz_session=/);
	});
});
