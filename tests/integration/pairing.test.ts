/** Pairing a kiosk or display: a code on the device, approved by a supervisor, no password typed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, post, startServer, type RunningServer } from './server';

let server: RunningServer;
beforeAll(async () => {
	server = await startServer();
});
afterAll(() => server?.stop());

async function poll(nonce: string) {
	const res = await fetch(`${server.url}/api/pairing/${nonce}`);
	return { body: await res.json(), cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] };
}

describe('device pairing', () => {
	it('pairs a display with the code it shows, and the device then goes straight to its page', async () => {
		const started = await post(`${server.url}/api/pairing`, {});
		expect(started.status).toBe(201);
		expect(started.body.code).toMatch(/^\d{6}$/);
		expect((await poll(started.body.nonce)).body.state).toBe('pending');

		const clerk = await login(server.url, 'w1');
		const refused = await post(
			`${server.url}/api/devices`,
			{ code: started.body.code, kind: 'display', siteId: 'demo', name: '大厅主屏' },
			clerk
		);
		expect(refused.status).toBe(403);
		expect(refused.body.error.message).toBe('仅限管理人员操作');

		const admin = await login(server.url, 'admin');
		const wrong = await post(
			`${server.url}/api/devices`,
			{ code: '000000', kind: 'display', siteId: 'demo', name: '大厅主屏' },
			admin
		);
		expect(wrong.status).toBe(404);
		expect(wrong.body.error.message).toContain('配对码不存在或已过期');

		const approved = await post(
			`${server.url}/api/devices`,
			{ code: started.body.code, kind: 'display', siteId: 'demo', name: '大厅主屏', windows: ['win-3', 'win-4'] },
			admin
		);
		expect(approved.status).toBe(201);
		expect(approved.body.device).toMatchObject({
			kind: 'display',
			siteId: 'demo',
			name: '大厅主屏',
			windows: ['win-3', 'win-4'],
			pairedBy: 'admin'
		});

		const paired = await poll(started.body.nonce);
		expect(paired.body).toMatchObject({ state: 'paired', next: '/display' });
		expect(paired.cookie).toMatch(/^yz_device=dev-/);
		// The code is used up.
		expect((await poll(started.body.nonce)).body.state).toBe('expired');

		const pairPage = await fetch(`${server.url}/pair`, { headers: { cookie: paired.cookie }, redirect: 'manual' });
		expect(pairPage.status).toBe(303);
		expect(pairPage.headers.get('location')).toBe('/display');

		// Unpairing revokes the cookie at once.
		const del = await fetch(`${server.url}/api/devices/${approved.body.device.id}`, {
			method: 'DELETE',
			headers: { cookie: admin }
		});
		expect(del.status).toBe(200);
		const after = await fetch(`${server.url}/pair`, { headers: { cookie: paired.cookie }, redirect: 'manual' });
		expect(after.status).toBe(200);
	});

	it('refuses a forged device cookie', async () => {
		const res = await fetch(`${server.url}/pair`, { headers: { cookie: 'yz_device=dev-abc.forged' }, redirect: 'manual' });
		expect(res.status).toBe(200);
	});

	it('lets a supervisor change the lobby notice, which the hall snapshot then carries', async () => {
		const admin = await login(server.url, 'admin');
		const res = await fetch(`${server.url}/api/settings`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json', cookie: admin },
			body: JSON.stringify({ notice: '今日下午三点起暂停办理公安业务', voice: { repeats: 3, gapMs: 500, volume: 0.8, rate: 1 } })
		});
		expect(res.status).toBe(200);
		const hall = await (await fetch(`${server.url}/api/sites/demo/hall`)).json();
		expect(hall.notice).toBe('今日下午三点起暂停办理公安业务');
		expect(hall.voice).toEqual({ repeats: 3, gapMs: 500, volume: 0.8, rate: 1 });
		const bad = await fetch(`${server.url}/api/settings`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json', cookie: admin },
			body: JSON.stringify({ voice: { repeats: 99, gapMs: 500, volume: 0.8, rate: 1 } })
		});
		expect(bad.status).toBe(400);
	});
});
