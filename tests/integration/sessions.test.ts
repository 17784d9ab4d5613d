/**
 * Logging out logs out: the server ends the session for good (also across a restart), the
 * cookie is deleted with the attributes it was set with, and the session's consoles are closed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSocket, connected, freePort, login, nextEvent, startServer, tempDataDir, type RunningServer } from './server';

let server: RunningServer;
let dataDir: string;
let port: number;

beforeAll(async () => {
	dataDir = tempDataDir();
	port = await freePort();
	server = await startServer({ dataDir, port });
});
afterAll(() => server?.stop());

const whoAmI = (cookie: string) => fetch(`${server.url}/api/session`, { headers: { cookie } }).then((r) => r.status);
const logout = (cookie: string) => fetch(`${server.url}/api/session`, { method: 'DELETE', headers: { cookie } });

describe('logout', () => {
	it('deletes the cookie without Secure on a plain-http hall, and the old cookie is refused, also after a restart', async () => {
		const cookie = await login(server.url, 'w3');
		expect(await whoAmI(cookie)).toBe(200);
		const res = await logout(cookie);
		const deletion = res.headers.get('set-cookie') ?? '';
		expect(deletion).toMatch(/^yz_session=;/);
		expect(deletion).not.toMatch(/Secure/i);
		expect(deletion).toMatch(/HttpOnly/i);
		expect(await whoAmI(cookie)).toBe(401);
		expect(await whoAmI(cookie)).toBe(401); // not adopted as "the current session" on a second try

		await server.stop();
		server = await startServer({ dataDir, port });
		expect(await whoAmI(cookie)).toBe(401);
	});

	it('a session replaced by a newer login stays ended when the newer one logs out', async () => {
		const first = await login(server.url, 'w4');
		const second = await login(server.url, 'w4');
		expect(await whoAmI(first)).toBe(401);
		await logout(second);
		expect(await whoAmI(second)).toBe(401);
		expect(await whoAmI(first)).toBe(401);
	});

	it('closes the console socket of the session that logged out, and refuses it on reconnect', async () => {
		const cookie = await login(server.url, 'w5');
		const socket = connectSocket(server.url, { role: 'staff', windowId: 'win-5' }, cookie);
		await connected(socket);
		const ended = nextEvent(socket, 'session_ended');
		const gone = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
		await logout(cookie);
		expect((await ended).message).toBe('您已退出登录。');
		await gone;
		const again = connectSocket(server.url, { role: 'staff', windowId: 'win-5' }, cookie);
		await expect(connected(again)).rejects.toThrow('请先登录');
		again.close();
		socket.close();
	});
});

describe('password guessing', () => {
	const attempt = (username: string, password: string) =>
		fetch(`${server.url}/api/session`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ username, password })
		}).then(async (r) => ({ status: r.status, message: ((await r.json()) as { error?: { message?: string } }).error?.message }));

	it('blocks an account after a few wrong passwords, even for the right one, with how long to wait', async () => {
		for (let i = 0; i < 6; i++) expect((await attempt('w6', `guess-${i}`)).status).toBe(401);
		const right = await attempt('w6', 'yizhan-demo');
		expect(right.status).toBe(429);
		expect(right.message).toBe('登录失败次数过多，请 30 秒后再试');
		// Another clerk on the same address still logs in: the address allows more tries.
		expect((await attempt('w2', 'yizhan-demo')).status).toBe(200);
	});

	it('answers an unknown name exactly as a wrong password', async () => {
		expect(await attempt('nobody', 'whatever')).toEqual({ status: 401, message: '用户名或密码不正确' });
		expect(await attempt('w1', 'whatever')).toEqual({ status: 401, message: '用户名或密码不正确' });
	});
});
