import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReceipt } from './receipt';
import { sample } from './receipt.fixture';
import { startSimulator, type Simulator } from './simulator';
import { PrinterError, createPrinter, getSimulator } from './transport';

let sim: Simulator;
beforeAll(async () => {
	sim = await startSimulator({ port: 0 });
});
afterAll(() => sim.close());

/** A port nothing listens on: bind one, note it, close it. */
async function closedPort(): Promise<number> {
	const s = net.createServer();
	await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
	const { port } = s.address() as net.AddressInfo;
	await new Promise((r) => s.close(r));
	return port;
}

describe('createPrinter', () => {
	it('prints over TCP to a simulator; the receipt is there when print() resolves', async () => {
		const p = createPrinter(`tcp://127.0.0.1:${sim.port}`);
		expect(p.describe).toContain(String(sim.port));
		await p.print(renderReceipt(sample, { columns: 48 }));
		const r = sim.receipts[0];
		expect(r.big).toEqual(['A012']);
		expect(r.cut).toBe(true);
		expect(r.qr).toEqual([sample.statusUrl]);
		expect(r.lines.join('\n')).toContain('一次性告知单');
	});

	it('keeps receipts newest first, at most `keep`', async () => {
		const small = await startSimulator({ port: 0, keep: 2 });
		const seen: string[] = [];
		small.onReceipt((r) => seen.push(r.big[0]));
		const p = createPrinter('sim', { simulator: small });
		for (const n of ['A001', 'A002', 'A003']) await p.print(renderReceipt({ ...sample, number: n }, { columns: 32 }));
		expect(small.receipts.map((r) => r.big[0])).toEqual(['A003', 'A002']);
		expect(seen).toEqual(['A001', 'A002', 'A003']);
		await small.close();
	});

	it('splits one connection into receipts at each cut', async () => {
		const two = Buffer.concat(['B001', 'B002'].map((n) => renderReceipt({ ...sample, number: n }, { columns: 48 })));
		await createPrinter('sim', { simulator: sim }).print(two);
		expect(sim.receipts.slice(0, 2).map((r) => r.big[0])).toEqual(['B002', 'B001']);
	});

	it('rejects with PrinterError, within the timeout, when nothing listens', async () => {
		const port = await closedPort();
		const t0 = Date.now();
		const err = await createPrinter(`tcp://127.0.0.1:${port}`)
			.print(Buffer.from('x'))
			.catch((e) => e);
		expect(err).toBeInstanceOf(PrinterError);
		expect(err.message).toContain('打印机');
		expect(Date.now() - t0).toBeLessThan(3500);
	});

	it('times out with PrinterError when the printer never answers', async () => {
		// 10.255.255.1 is normally unroutable: connect hangs (or fails at once offline).
		const err = await createPrinter('tcp://10.255.255.1:9100', { timeoutMs: 300 })
			.print(Buffer.from('x'))
			.catch((e) => e);
		expect(err).toBeInstanceOf(PrinterError);
	});

	it('"none" prints nothing and says so; a bad URL is a PrinterError', async () => {
		const p = createPrinter('none');
		expect(p.describe).toBe('未配置打印机');
		await expect(p.print(Buffer.from('x'))).resolves.toBeUndefined();
		expect(() => createPrinter('usb://0')).toThrow(PrinterError);
	});

	it('"sim" starts one process-wide simulator lazily and prints to it', async () => {
		await createPrinter('sim').print(renderReceipt(sample, { columns: 48, qr: 'raster' }));
		const g = await getSimulator();
		expect(g).toBe(await getSimulator());
		expect(g.receipts[0].qr).toEqual([sample.statusUrl]);
		await g.close();
	});
});
