/**
 * Ticket issue is not an open tap: an unpaired address is limited per minute, and a hall that
 * requires paired kiosks refuses everyone else with a clear 403, while the quota stays untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, startServer, type RunningServer } from './server';

let server: RunningServer;

beforeAll(async () => {
	server = await startServer({ env: { UNPAIRED_ISSUE_PER_MINUTE: '3' } });
});
afterAll(() => server?.stop());

const take = (requestId: string) =>
	fetch(`${server.url}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ matterId: 'residence-permit', requestId })
	}).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: { message: string } } }));

describe('the issuing gate', () => {
	it('lets an unpaired address take a few numbers a minute, then says how long to wait', async () => {
		for (let i = 0; i < 3; i++) expect((await take(`burst-request-${i}`)).status).toBe(201);
		const refused = await take('burst-request-3');
		expect(refused.status).toBe(429);
		expect(refused.body.error?.message).toMatch(/^操作过于频繁，请 \d+ 秒后再试$/);
		const notice = await fetch(`${server.url}/api/notices`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ matterId: 'residence-permit', missing: [] })
		});
		expect(notice.status).toBe(429);
	});

	it('refuses unpaired browsers once the hall requires paired kiosks, without using a number', async () => {
		const admin = await login(server.url, 'admin');
		const set = await fetch(`${server.url}/api/settings`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json', cookie: admin },
			body: JSON.stringify({ issuing: 'paired' })
		});
		expect(set.status).toBe(200);
		expect(((await set.json()) as { issuing: string }).issuing).toBe('paired');
		const refused = await take('after-paired-only');
		expect(refused.status).toBe(403);
		expect(refused.body.error?.message).toBe('本大厅只允许已配对的取号机取号和打印，请到大厅取号机办理');
		const hall = (await (await fetch(`${server.url}/api/sites/demo/hall`)).json()) as { categories: { waiting: number }[] };
		expect(hall.categories.reduce((n, c) => n + c.waiting, 0)).toBe(3);
	});
});
