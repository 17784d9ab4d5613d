/** socket.io against a real server process: auth refusals, snapshots, pushes with sequence numbers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	connectSocket,
	connected,
	login,
	nextEvent,
	post,
	snapshot,
	startServer,
	type RunningServer,
	type TestSocket
} from './server';

let server: RunningServer;
const sockets: TestSocket[] = [];
beforeAll(async () => {
	server = await startServer();
});
afterAll(async () => {
	sockets.forEach((s) => s.close());
	await server?.stop();
});

function open(...args: Parameters<typeof connectSocket>) {
	const s = connectSocket(...args);
	sockets.push(s);
	return s;
}

describe('refused connections', () => {
	it('refuses a ticket socket with an unknown token', async () => {
		const s = open(server.url, { role: 'ticket', token: '20260101notarealtoken' });
		await expect(connected(s)).rejects.toThrow('未找到该号票');
	});

	it('refuses a staff socket without a session, and one for a window the clerk does not staff', async () => {
		const anonymous = open(server.url, { role: 'staff', windowId: 'win-1' });
		await expect(connected(anonymous)).rejects.toThrow('请先登录');
		const cookie = await login(server.url, 'w1');
		const elsewhere = open(server.url, { role: 'staff', windowId: 'win-5' }, cookie);
		await expect(connected(elsewhere)).rejects.toThrow('5号窗口');
	});

	it('refuses a display for a site that does not exist', async () => {
		const s = open(server.url, { role: 'display', siteId: 'atlantis' });
		await expect(connected(s)).rejects.toThrow('未找到该服务中心');
	});
});

describe('the core loop as pushed to clients', () => {
	it('pushes a new ticket to the hall, a call to the display, the window and the ticket', async () => {
		const display = open(server.url, { role: 'display', siteId: 'demo' });
		await connected(display);
		const first = await snapshot(display);
		expect(first.ok && first.hall?.siteName).toBe('演示镇便民服务中心');
		const seq0 = first.ok ? first.hall!.seq : -1;

		const hallPush = nextEvent(display, 'hall');
		const issued = await post(`${server.url}/api/tickets`, { matterId: 'id-card' });
		const afterIssue = await hallPush;
		expect(afterIssue.seq).toBe(seq0 + 1);
		expect(afterIssue.categories.find((c) => c.prefix === 'D')?.waiting).toBe(1);

		const phone = open(server.url, { role: 'ticket', token: issued.body.ticket.token });
		await connected(phone);
		const mine = await snapshot(phone);
		expect(mine.ok && mine.ticket?.number).toBe(issued.body.ticket.number);

		const cookie = await login(server.url, 'w5');
		const console5 = open(server.url, { role: 'staff', windowId: 'win-5' }, cookie);
		await connected(console5);
		const view = await snapshot(console5);
		expect(view.ok && view.window?.waiting).toBe(1);

		const displayCall = nextEvent(display, 'call');
		const phoneTicket = nextEvent(phone, 'ticket');
		const consoleView = nextEvent(console5, 'window');
		await post(`${server.url}/api/windows/win-5/actions`, { action: 'call' }, cookie);
		const call = await displayCall;
		expect(call).toMatchObject({ number: issued.body.ticket.number, windowName: '5号窗口', recall: false, seq: seq0 + 2 });
		expect((await phoneTicket).windowName).toBe('5号窗口');
		expect((await phoneTicket).state).toBe('called');
		expect((await consoleView).current?.number).toBe(issued.body.ticket.number);

		const recall = nextEvent(display, 'call');
		await post(`${server.url}/api/windows/win-5/actions`, { action: 'recall' }, cookie);
		expect(await recall).toMatchObject({ recall: true, seq: seq0 + 3 });
	});
});
