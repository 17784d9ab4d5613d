/**
 * Issue 9 finding 4 over HTTP: only known printers take jobs (a clear Chinese 404, and no ticket
 * number used). The per-address limit on unpaired issuing is gate.test.ts's.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { post, startServer, type RunningServer } from './server';

let server: RunningServer;
afterAll(() => server?.stop());

describe('print guard', () => {
	it('refuses notices, tickets and reprints for a printer that is not known', async () => {
		server = await startServer({ env: { PRINT_AGENT_KEY: 'test-agent-key-0123456789' } });
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
});
