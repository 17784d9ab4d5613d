/** A server killed mid-day comes back with every ticket, and clients resync by themselves. */
import { afterAll, describe, expect, it } from 'vitest';
import {
	connectSocket,
	freePort,
	login,
	nextEvent,
	post,
	snapshot,
	startServer,
	tempDataDir,
	type RunningServer,
	type TestSocket
} from './server';

const running: RunningServer[] = [];
const sockets: TestSocket[] = [];
afterAll(async () => {
	sockets.forEach((s) => s.close());
	await Promise.all(running.map((s) => s.stop('SIGKILL')));
});

describe('restart mid-day', () => {
	it('keeps every ticket after kill -9 and the display reconnects and resyncs', async () => {
		const dataDir = tempDataDir();
		const port = await freePort();
		const first = await startServer({ dataDir, port });
		running.push(first);
		const numbers: string[] = [];
		for (const matterId of ['dibao', 'dibao', 'id-card']) {
			numbers.push((await post(`${first.url}/api/tickets`, { matterId })).body.ticket.number);
		}
		const cookie = await login(first.url, 'w3');
		await post(`${first.url}/api/windows/win-3/actions`, { action: 'call' }, cookie);

		const display = connectSocket(first.url, { role: 'display', siteId: 'demo' });
		sockets.push(display);
		const before = await snapshot(display);
		expect(before.ok).toBe(true);

		// Listen before the restart: under load the display may reconnect before startServer returns.
		const reconnected = new Promise<void>((resolve) => display.io.once('reconnect', () => resolve()));
		await first.stop('SIGKILL');
		const second = await startServer({ dataDir, port });
		running.push(second);

		// The display's own reconnect (no reload, no new socket) asks for a snapshot again.
		await reconnected;
		const after = await snapshot(display);
		expect(after.ok && after.hall).toEqual(before.ok && before.hall);
		expect(after.ok && after.hall?.windows.find((w) => w.id === 'win-3')?.current?.number).toBe(numbers[0]);

		// The session cookie is still valid after the restart and the queue goes on where it was.
		const callPush = nextEvent(display, 'call');
		await post(`${second.url}/api/windows/win-3/actions`, { action: 'finish' }, cookie);
		const next = await post(`${second.url}/api/windows/win-3/actions`, { action: 'call' }, cookie);
		expect(next.body.ticket.number).toBe(numbers[1]);
		expect((await callPush).number).toBe(numbers[1]);
		const issued = await post(`${second.url}/api/tickets`, { matterId: 'dibao' });
		expect(issued.body.ticket.number).toBe('C003');
	});
});
