/**
 * The kiosk's printer over real TCP: the receipt the printer receives, and a printer that goes
 * away never costs the resident their ticket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/lib/server/printing/simulator';
import { post, startServer, type RunningServer } from './server';

let sim: Simulator;
let server: RunningServer;
beforeAll(async () => {
	sim = await startSimulator({ port: 0 });
	server = await startServer({ env: { PRINTER_URL: `tcp://127.0.0.1:${sim.port}` } });
});
afterAll(async () => {
	await server?.stop();
	await sim?.close().catch(() => {});
});

describe('the printed ticket', () => {
	it('holds the number, the matter, every material, the status QR and one cut', async () => {
		const res = await post(`${server.url}/api/tickets`, { matterId: 'residence-permit', missing: ['合法稳定住所证明'] });
		expect(res.status).toBe(201);
		expect(res.body.print).toEqual({ ok: true });
		const ticket = res.body.ticket;
		expect(sim.receipts).toHaveLength(1);
		const receipt = sim.receipts[0]!;
		const text = receipt.lines.join('\n');
		expect(receipt.big).toEqual([ticket.number]);
		expect(text).toContain('演示镇便民服务中心');
		expect(text).toContain('居住证办理');
		expect(text).toContain('一次性告知单');
		const catalogue = await (await fetch(`${server.url}/api/catalogue`)).json();
		const matter = catalogue.matters.find((m: { id: string }) => m.id === 'residence-permit');
		for (const material of matter.materials) expect(text).toContain(material.name.slice(0, 8));
		expect(text).toMatch(/■.*合法稳定住所证明|合法稳定住所证明.*（缺）/);
		expect(receipt.qr).toEqual([`${server.url}/t/${ticket.token}`]);
		expect(receipt.cut).toBe(true);
	});

	it('keeps the ticket and tells the kiosk when the printer is unreachable', async () => {
		await sim.close();
		const res = await post(`${server.url}/api/tickets`, { matterId: 'residence-permit' });
		expect(res.status).toBe(201);
		expect(res.body.print.ok).toBe(false);
		expect(res.body.print.message).toContain('二维码');
		const again = await fetch(`${server.url}/api/tickets/${res.body.ticket.token}`);
		expect((await again.json()).number).toBe(res.body.ticket.number);
	});
});
