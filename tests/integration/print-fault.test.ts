/**
 * Print jobs are never lost or printed twice: the printer goes away in the middle of a job and
 * comes back; a server restart with a job still queued; a printer that never comes back (the
 * job is dropped with a reason); and a closed hall that uses no ticket number.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/lib/server/printing/simulator';
import { freePort, login, post, startServer, tempDataDir, type RunningServer } from './server';

const servers: RunningServer[] = [];
const closers: (() => Promise<void> | void)[] = [];
afterAll(async () => {
	await Promise.all(servers.map((s) => s.stop('SIGKILL')));
	for (const c of closers) await c();
});

/**
 * A printer on `port` that forwards to the simulator, but resets the connection once the next
 * job's bytes start arriving (status queries pass), then is away (connection refused) for `awayMs`.
 */
async function flakyPrinter(sim: Simulator, port: number, awayMs: number) {
	let mode: 'cut-next-job' | 'pipe' = 'cut-next-job';
	const sockets = new Set<net.Socket>();
	let cuts = 0;
	const listen = () =>
		new Promise<net.Server>((resolve) => {
			const server = net.createServer((client) => {
				sockets.add(client);
				const upstream = net.connect(sim.port, sim.host);
				upstream.on('data', (d) => client.write(d));
				upstream.on('error', () => client.destroy());
				client.on('error', () => upstream.destroy());
				let cut = false;
				// A printer that lost power mid-job never sees the end of the stream.
				client.on('end', () => cut || upstream.end());
				upstream.on('end', () => client.end());
				client.on('data', (d: Buffer) => {
					const probe = d.length === 3 && d[0] === 0x10 && d[1] === 0x04;
					if (mode === 'cut-next-job' && !probe) {
						mode = 'pipe';
						cut = true;
						cuts++;
						// The job's first bytes arrived, then the printer is gone: the sender sees a reset.
						// (What a real printer might have printed of it is not modelled: never a cut.)
						upstream.destroy();
						client.resetAndDestroy();
						server.close();
						for (const s of sockets) s.destroy();
						setTimeout(() => listen().then((s) => closers.push(() => new Promise((r) => s.close(() => r())))), awayMs);
						return;
					}
					upstream.write(d);
				});
			});
			server.listen(port, '127.0.0.1', () => resolve(server));
		});
	await listen();
	return { cuts: () => cuts };
}

const printedWith = (sim: Simulator, number: string) => sim.receipts.filter((r) => r.big.includes(number));

function jobsOnDisk(dataDir: string) {
	return JSON.parse(readFileSync(path.join(dataDir, 'print-jobs.json'), 'utf8')) as {
		jobs: { label: string; state: string; attempts: number; reason?: string }[];
	};
}

async function until<T>(what: string, fn: () => T | Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
	const end = Date.now() + ms;
	for (;;) {
		const v = await fn();
		if (ok(v)) return v;
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(v)}`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

describe('print faults', () => {
	it('the printer goes away mid-job and comes back: the ticket prints exactly once', async () => {
		const sim = await startSimulator({ port: 0 });
		closers.push(() => sim.close());
		const port = await freePort();
		const printer = await flakyPrinter(sim, port, 2500);
		const server = await startServer({ env: { PRINTER_URL: `tcp://127.0.0.1:${port}` } });
		servers.push(server);

		const res = await post(`${server.url}/api/tickets`, { matterId: 'residence-permit' });
		expect(res.status).toBe(201);
		const number = res.body.ticket.number as string;
		// The first attempt was cut: the kiosk hears "queued", shows the QR, and keeps the ticket.
		expect(res.body.print).toMatchObject({ ok: false, queued: true });
		expect(printer.cuts()).toBe(1);
		expect(printedWith(sim, number)).toHaveLength(0);

		await until(
			'the receipt after the printer is back',
			() => printedWith(sim, number).length,
			(n) => n >= 1
		);
		// Several retry ticks later it is still exactly one receipt, complete with its cut.
		await new Promise((r) => setTimeout(r, 5000));
		const printed = printedWith(sim, number);
		expect(printed).toHaveLength(1);
		expect(printed[0].cut).toBe(true);
		expect(printed[0].qr).toEqual([`${server.url}/t/${res.body.ticket.token}`]);
		const job = jobsOnDisk(server.dataDir).jobs.find((j) => j.label === number)!;
		expect(job.state).toBe('done');
		expect(job.attempts).toBeGreaterThanOrEqual(2);

		const status = await (await fetch(`${server.url}/api/kiosk/status`)).json();
		expect(status.printer).toMatchObject({ id: 'main', transport: 'tcp', state: 'online', queued: 0 });
	}, 40_000);

	it('a queued job survives a server restart and prints once when the printer appears', async () => {
		const dataDir = tempDataDir();
		const port = await freePort();
		const env = { PRINTER_URL: `tcp://127.0.0.1:${port}` };
		const first = await startServer({ dataDir, env });
		servers.push(first);
		const res = await post(`${first.url}/api/tickets`, { matterId: 'residence-permit' });
		expect(res.body.print).toMatchObject({ ok: false, queued: true });
		const status = await (await fetch(`${first.url}/api/kiosk/status`)).json();
		expect(status.printer.state).toBe('offline');
		expect(status.printer.queued).toBe(1);
		await first.stop('SIGKILL');

		const second = await startServer({ dataDir, env });
		servers.push(second);
		const sim = await startSimulator({ port, host: '127.0.0.1' });
		closers.push(() => sim.close());
		const number = res.body.ticket.number as string;
		await until(
			'the queued receipt',
			() => printedWith(sim, number).length,
			(n) => n >= 1
		);
		await new Promise((r) => setTimeout(r, 4000));
		expect(printedWith(sim, number)).toHaveLength(1);
	}, 40_000);

	it('a printer that never comes back: the job is dropped after the TTL with the reason', async () => {
		const port = await freePort();
		const server = await startServer({ env: { PRINTER_URL: `tcp://127.0.0.1:${port}`, PRINT_JOB_TTL_MINUTES: '0.05' } });
		servers.push(server);
		const res = await post(`${server.url}/api/notices`, { matterId: 'residence-permit', missing: ['合法稳定住所证明'] });
		expect(res.status).toBe(201);
		expect(res.body.print).toMatchObject({ ok: false, queued: true });
		expect(res.body.serial).toMatch(/^\d{8}-N0001$/);
		const job = await until(
			'the dropped job',
			() => jobsOnDisk(server.dataDir).jobs[0],
			(j) => j?.state === 'failed'
		);
		expect(job.reason).toMatch(/未恢复，已放弃打印/);
		const cookie = await login(server.url, 'admin');
		const admin = await (await fetch(`${server.url}/api/printers`, { headers: { cookie } })).json();
		expect(admin.printers[0]).toMatchObject({ id: 'main', state: 'offline' });
		expect(admin.jobs[0]).toMatchObject({ kind: 'notice', state: 'failed' });
		expect(admin.jobs[0].bytes).toBeUndefined();
		expect((await fetch(`${server.url}/api/printers`)).status).toBe(401);
	}, 40_000);
});

describe('a closed hall', () => {
	it('refuses with when to come back and uses no ticket number', async () => {
		const dataDir = tempDataDir();
		const port = await freePort();
		const first = await startServer({ dataDir, port });
		servers.push(first);
		await first.stop();
		const file = path.join(dataDir, 'config.json');
		const config = JSON.parse(readFileSync(file, 'utf8'));
		config.settings.hours = { alwaysOpen: false, weekdays: [], bands: [{ from: '08:30', to: '17:00' }] };
		writeFileSync(file, JSON.stringify(config));
		const closed = await startServer({ dataDir, port });
		servers.push(closed);

		const status = await (await fetch(`${closed.url}/api/kiosk/status`)).json();
		expect(status.admission.open).toBe(false);
		const res = await post(`${closed.url}/api/tickets`, { matterId: 'residence-permit' });
		expect(res.status).toBe(409);
		expect(res.body.error.code).toBe('closed');
		expect(res.body.error.message).toMatch(/今天本中心不办公/);
		// The checklist can still be printed when the hall is closed.
		expect((await post(`${closed.url}/api/notices`, { matterId: 'residence-permit' })).status).toBe(201);
		await closed.stop();

		config.settings.hours.alwaysOpen = true;
		writeFileSync(file, JSON.stringify(config));
		const open = await startServer({ dataDir, port });
		servers.push(open);
		const ticket = await post(`${open.url}/api/tickets`, { matterId: 'residence-permit' });
		expect(ticket.body.ticket.number).toBe('D001');
	}, 60_000);
});
