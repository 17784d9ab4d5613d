/**
 * Issue 9 finding 4 over HTTP: only known printers take jobs (a clear Chinese 404, and no ticket
 * number used), and anonymous notice printing is limited per source address.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { post, startServer, type RunningServer } from './server';

let server: RunningServer;
afterAll(() => server?.stop());

describe('print guard', () => {
	it('refuses notices, tickets and reprints for a printer that is not known', async () => {
		server = await startServer({ env: { NOTICE_LIMIT_PER_MINUTE: '3', PRINT_AGENT_KEY: 'test-agent-key-0123456789' } });
		const notice = await post(`${server.url}/api/notices`, { matterId: 'residence-permit', printerId: 'ghost-9' });
		expect(notice.status).toBe(404);
		expect(notice.body.error.message).toMatch(/未找到打印机“ghost-9”/);

		const refused = await post(`${server.url}/api/tickets`, { matterId: 'residence-permit', printerId: 'ghost-9' });
		expect(refused.status).toBe(404);
		expect(refused.body.error.message).toMatch(/未找到打印机/);
		// No number was used by the refusal.
		const first = await post(`${server.url}/api/tickets`, { matterId: 'residence-permit' });
		expect(first.status).toBe(201);
		expect(first.body.ticket.number).toMatch(/001$/);

		const reprint = await post(`${server.url}/api/tickets/${first.body.ticket.token}/reprint`, { printerId: 'ghost-9' });
		expect(reprint.status).toBe(404);
	});

	it('limits anonymous notice printing per address with a Chinese 429', async () => {
		const statuses: number[] = [];
		let last: Awaited<ReturnType<typeof post>> | null = null;
		for (let i = 0; i < 5; i++) {
			last = await post(`${server.url}/api/notices`, { matterId: 'residence-permit' });
			statuses.push(last.status);
		}
		// The refused one above (unknown printer) did not count.
		expect(statuses).toEqual([201, 201, 201, 429, 429]);
		expect(last!.body.error).toMatchObject({ code: 'rate_limited' });
		expect(last!.body.error.message).toMatch(/过于频繁/);
	});
});
