/** The HTTP API of a real server process: tickets, sessions, window commands and bad input. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, post, startServer, type RunningServer } from './server';

let server: RunningServer;
beforeAll(async () => {
	server = await startServer();
});
afterAll(() => server?.stop());

function dayFile() {
	const dir = path.join(server.dataDir, 'days');
	const file = readdirSync(dir).find((f) => f.endsWith('.json'))!;
	return readFileSync(path.join(dir, file), 'utf8');
}

describe('issuing tickets', () => {
	it('numbers tickets by category prefix from 001 and answers with the resident view', async () => {
		const first = await post(`${server.url}/api/tickets`, { matterId: 'residence-permit' });
		expect(first.status).toBe(201);
		expect(first.body.ticket.number).toBe('D001');
		expect(first.body.ticket.matterName).toBe('居住证办理');
		expect(first.body.ticket.state).toBe('waiting');
		expect(first.body.ticket.ahead).toBe(0);
		expect(first.body.ticket.statusPath).toMatch(/^\/t\/\d{8}[\w-]+$/);
		const second = await post(`${server.url}/api/tickets`, { matterId: 'residence-permit' });
		expect(second.body.ticket.number).toBe('D002');
		expect(second.body.ticket.ahead).toBe(1);
		expect(second.body.ticket.etaMinutes).toBeGreaterThan(0);

		const view = await fetch(`${server.url}${second.body.ticket.statusPath}`.replace('/t/', '/api/tickets/'));
		expect((await view.json()).number).toBe('D002');
	});

	it('gives the same ticket to a repeated request id, even in the same instant', async () => {
		const body = { matterId: 'birth-registration', requestId: 'kiosk-1-press-0001' };
		const [a, b] = await Promise.all([post(`${server.url}/api/tickets`, body), post(`${server.url}/api/tickets`, body)]);
		expect(a.body.ticket.token).toBe(b.body.ticket.token);
		expect([a.status, b.status].sort()).toEqual([200, 201]);
	});

	it('never gives one number twice under concurrent presses at many kiosks', async () => {
		const results = await Promise.all(
			Array.from({ length: 30 }, () => post(`${server.url}/api/tickets`, { matterId: 'vat-invoice-agent' }))
		);
		const numbers = results.map((r) => r.body.ticket.number);
		expect(new Set(numbers).size).toBe(30);
	});

	it('refuses a matter that does not exist, with a Chinese message, and writes nothing', async () => {
		const before = dayFile();
		const res = await post(`${server.url}/api/tickets`, { matterId: 'no-such-matter' });
		expect(res.status).toBe(404);
		expect(res.body.error.message).toBe('未找到该事项');
		expect(dayFile()).toBe(before);
	});

	it('refuses a malformed body with 400', async () => {
		const before = dayFile();
		const notJson = await post(`${server.url}/api/tickets`, '{"matterId":');
		expect(notJson.status).toBe(400);
		expect(notJson.body.error.message).toBe('请求内容不是有效的 JSON');
		const wrongType = await post(`${server.url}/api/tickets`, { matterId: 42 });
		expect(wrongType.status).toBe(400);
		expect(wrongType.body.error.message).toContain('matterId');
		const unknownMaterial = await post(`${server.url}/api/tickets`, { matterId: 'residence-permit', missing: ['火星护照'] });
		expect(unknownMaterial.status).toBe(400);
		expect(unknownMaterial.body.error.message).toContain('火星护照');
		expect(dayFile()).toBe(before);
	});
});

describe('window commands', () => {
	it('refuses a wrong password and a window the clerk does not staff', async () => {
		const wrong = await post(`${server.url}/api/session`, { username: 'w1', password: 'nope' });
		expect(wrong.status).toBe(401);
		expect(wrong.body.error.message).toBe('用户名或密码不正确');
		const cookie = await login(server.url, 'w1');
		const res = await post(`${server.url}/api/windows/win-5/actions`, { action: 'call' }, cookie);
		expect(res.status).toBe(403);
		expect(res.body.error.message).toContain('5号窗口');
		const anonymous = await post(`${server.url}/api/windows/win-1/actions`, { action: 'call' });
		expect(anonymous.status).toBe(401);
	});

	it('calls the oldest waiting ticket, refuses a second call while one is current, and finishes', async () => {
		const cookie = await login(server.url, 'w5');
		const call = await post(`${server.url}/api/windows/win-5/actions`, { action: 'call', requestId: 'w5-call-000001' }, cookie);
		expect(call.status).toBe(200);
		expect(call.body.ticket).toEqual({ number: 'D001', state: 'called' });
		expect(call.body.view.current.number).toBe('D001');
		// The same press again (same request id) is answered, not acted on twice.
		const again = await post(`${server.url}/api/windows/win-5/actions`, { action: 'call', requestId: 'w5-call-000001' }, cookie);
		expect(again.body.ticket.number).toBe('D001');
		// A new press while D001 is at the window is refused.
		const busy = await post(`${server.url}/api/windows/win-5/actions`, { action: 'call' }, cookie);
		expect(busy.status).toBe(409);
		expect(busy.body.error.message).toContain('D001');
		const done = await post(`${server.url}/api/windows/win-5/actions`, { action: 'finish' }, cookie);
		// 居住证办理 is a 承诺件: 办结 without a chosen outcome accepts it with a case number and due day.
		expect(done.body.ticket).toMatchObject({
			number: 'D001',
			state: 'done',
			outcome: { kind: 'accepted', caseNo: expect.stringMatching(/^\d{8}-001$/) }
		});
		expect(done.body.view.servedToday).toBe(1);
		const day = JSON.parse(dayFile());
		const d001 = day.tickets.find((t: { number: string }) => t.number === 'D001');
		expect(d001.events.map((e: { action: string }) => e.action)).toEqual(['issue', 'call', 'finish']);
		expect(d001.staffId).toBe('w5');
	});

	it('says the queue is empty when there is nobody to call', async () => {
		const cookie = await login(server.url, 'w1');
		// Window 1 serves investment and business matters; nobody has taken one.
		const res = await post(`${server.url}/api/windows/win-1/actions`, { action: 'call' }, cookie);
		expect(res.status).toBe(409);
		expect(res.body.error.message).toBe('当前没有等候的号');
	});
});

describe('the login form without JavaScript', () => {
	const form = (username: string, password: string) =>
		fetch(`${server.url}/api/session/form`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
			body: new URLSearchParams({ username, password, next: '/window' })
		});

	it('logs in and goes back to the console, never putting the password in a URL', async () => {
		const ok = await form('w3', 'yizhan-demo');
		expect(ok.status).toBe(303);
		expect(ok.headers.get('location')).toBe('/window');
		expect(ok.headers.get('set-cookie')).toMatch(/^yz_session=/);
		const bad = await form('w3', 'wrong');
		expect(bad.status).toBe(303);
		expect(bad.headers.get('location')).toBe('/window?login=failed');
		expect(bad.headers.get('set-cookie')).toBeNull();
	});
});
