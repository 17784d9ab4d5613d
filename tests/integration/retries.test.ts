/**
 * A resident who presses 取号 again after 网络错误 gets the same number, also when the server
 * restarted (even by kill -9) in between: the press's requestId is kept with the day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, post, startServer, tempDataDir, type RunningServer } from './server';

let server: RunningServer;
let dataDir: string;
let port: number;

beforeAll(async () => {
	dataDir = tempDataDir();
	port = await freePort();
	server = await startServer({ dataDir, port });
});
afterAll(() => server?.stop());

describe('取号 retried across a restart', () => {
	it('answers the first ticket again, and numbers the next press as the next ticket', async () => {
		const press = { matterId: 'residence-permit', requestId: 'press-0001-abcdef' };
		const first = await post(`${server.url}/api/tickets`, press);
		expect(first.status).toBe(201);

		await server.stop('SIGKILL');
		server = await startServer({ dataDir, port });

		const again = await post(`${server.url}/api/tickets`, press);
		expect(again.body.ticket.number).toBe(first.body.ticket.number);
		expect(again.body.ticket.token).toBe(first.body.ticket.token);
		const next = await post(`${server.url}/api/tickets`, { ...press, requestId: 'press-0002-abcdef' });
		expect(next.body.ticket.number).not.toBe(first.body.ticket.number);
		expect(next.body.ticket.number.slice(0, 1)).toBe(first.body.ticket.number.slice(0, 1));
	});
});
