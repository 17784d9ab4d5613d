/** A USB/serial printer on a kiosk PC, through the print agent (printer/agent.ts). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startAgent, type Agent } from '../../printer/agent';
import { decodeEscpos } from '../../src/lib/server/printing/decode';
import { connectSocket, post, startServer, type RunningServer } from './server';

const KEY = 'test-agent-key-0123456789';
let server: RunningServer;
const agents: Agent[] = [];
afterAll(async () => {
	agents.forEach((a) => a.stop());
	await server?.stop();
});

describe('print agent', () => {
	it('is refused without the key', async () => {
		server = await startServer({ env: { PRINT_AGENT_KEY: KEY } });
		const socket = connectSocket(server.url, { role: 'printer', printerId: 'kiosk-1', key: 'wrong-key-wrong-key' });
		const err = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
		socket.close();
		expect(err.message).toBe('打印代理密钥不正确');
	});

	it('prints a kiosk ticket to its device file exactly once and reports online', async () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-agent-'));
		const device = path.join(dir, 'lp0');
		writeFileSync(device, '');
		const agent = await startAgent({
			server: server.url,
			printerId: 'kiosk-1',
			key: KEY,
			device,
			stateFile: path.join(dir, 'state.json'),
			log: () => {}
		});
		agents.push(agent);
		await new Promise<void>((resolve) => (agent.socket.connected ? resolve() : agent.socket.once('connect', () => resolve())));
		const status = await (await fetch(`${server.url}/api/kiosk/status?printer=kiosk-1`)).json();
		expect(status.printer).toMatchObject({ id: 'kiosk-1', transport: 'agent' });

		const res = await post(`${server.url}/api/tickets`, { matterId: 'residence-permit', printerId: 'kiosk-1', priority: true });
		expect(res.body.print).toEqual({ ok: true });
		const { receipts } = decodeEscpos(readFileSync(device));
		expect(receipts).toHaveLength(1);
		expect(receipts[0].big).toEqual([res.body.ticket.number]);
		expect(receipts[0].lines.join('\n')).toContain('【绿色通道】');
		expect(receipts[0].cut).toBe(true);
	});
});

describe('print preview', () => {
	it('shows both layouts at 58 mm, each matching its bytes line for line', async () => {
		const html = await (await fetch(`${server.url}/printer/preview?matter=residence-permit&columns=32`)).text();
		expect(html).toContain('58 mm，32 列');
		expect(html.match(/与打印字节逐行一致/g)).toHaveLength(2);
		expect(html).not.toContain('不一致');
		expect(html).toContain('不是排队号票');
	});
});
