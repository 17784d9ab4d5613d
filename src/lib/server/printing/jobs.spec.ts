/** Issue 9 finding 4: the print queue takes only known printers, stays bounded, and idles quietly. */
import { describe, expect, it } from 'vitest';
import { Gateway } from '../realtime/gateway';
import type { PrintJobsRecord, Store } from '../store/store';
import { MAIN_PRINTER, PrintQueue, QUEUE_FULL } from './jobs';
import { PrinterError, type Printer } from './transport';

/** A store that counts print-jobs.json writes (and bytes) and keeps the last record. */
function countingStore() {
	const s = { writes: 0, bytes: 0, last: null as PrintJobsRecord | null };
	const store = {
		readPrintJobs: async () => s.last,
		writePrintJobs: async (r: PrintJobsRecord) => {
			s.writes++;
			s.bytes += JSON.stringify(r).length;
			s.last = structuredClone(r);
		}
	} as unknown as Store;
	return { s, store };
}

const deadPrinter: Printer = {
	describe: '网络打印机 test',
	transport: 'tcp',
	print: async () => {
		throw new PrinterError('打印机未连接或无响应');
	}
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const job = (kind: 'ticket' | 'notice', label: string, printerId = MAIN_PRINTER) => ({
	printerId,
	kind,
	label,
	bytes: Buffer.alloc(2000, 1)
});

describe('PrintQueue', () => {
	it('refuses an unknown printer without writing a job; knows main and agents that connected', async () => {
		const { s, store } = countingStore();
		const q = await PrintQueue.open({ store, gateway: new Gateway(), main: deadPrinter, ttlMs: 60_000 });
		expect(() => q.requireKnown('nobody')).toThrow(/未找到打印机“nobody”/);
		expect(() => q.requireKnown(undefined)).not.toThrow();
		expect(await q.submit(job('notice', 'n', 'nobody'), 0)).toMatchObject({ ok: false });
		expect(s.writes).toBe(0);
		q.agentConnected('kiosk-1');
		q.agentDisconnected('kiosk-1');
		await sleep(20);
		// Remembered in the file, so it is still known after a restart while it is away.
		expect(s.last?.jobs).toEqual([]);
		const again = await PrintQueue.open({ store, gateway: new Gateway(), main: deadPrinter, ttlMs: 60_000 });
		expect(again.isKnown('kiosk-1')).toBe(true);
		expect(again.isKnown('kiosk-2')).toBe(false);
	});

	it('retries that fail the same way do not rewrite print-jobs.json', async () => {
		const { s, store } = countingStore();
		const q = await PrintQueue.open({ store, gateway: new Gateway(), main: deadPrinter, ttlMs: 60_000, retryMs: 10 });
		for (let i = 0; i < 20; i++) await q.submit(job('notice', `n${i}`), 0);
		q.start();
		await sleep(150);
		const settled = s.writes;
		await sleep(500); // ~50 more retry ticks
		q.stop();
		expect(s.writes - settled).toBe(0);
		expect(q.status(MAIN_PRINTER).queued).toBe(20);
		// The failure is on disk once, with its error (the queue stops at its oldest job).
		expect(s.last?.jobs[0].error).toBe('打印机未连接或无响应');
	});

	it('a full queue drops its oldest notice with a reason, never a ticket', async () => {
		const { s, store } = countingStore();
		const q = await PrintQueue.open({ store, gateway: new Gateway(), main: deadPrinter, ttlMs: 60_000, maxQueued: 5 });
		await q.submit(job('ticket', 'A001'), 0);
		for (let i = 0; i < 10; i++) await q.submit(job('notice', `N${i}`), 0);
		expect(q.status(MAIN_PRINTER).queued).toBe(5);
		const jobs = s.last!.jobs;
		expect(jobs.find((j) => j.label === 'A001')?.state).not.toBe('failed');
		const dropped = jobs.filter((j) => j.state === 'failed');
		expect(dropped.map((j) => j.label)).toEqual(['N0', 'N1', 'N2', 'N3', 'N4', 'N5']);
		expect(dropped[0].reason).toMatch(/打印队列已满/);

		// Full of tickets: a new ticket is refused out loud, none is dropped.
		const t = await PrintQueue.open({
			store: countingStore().store,
			gateway: new Gateway(),
			main: deadPrinter,
			ttlMs: 60_000,
			maxQueued: 3
		});
		for (let i = 1; i <= 3; i++) await t.submit(job('ticket', `A00${i}`), 0);
		expect(await t.submit(job('ticket', 'A004'), 0)).toEqual({ ok: false, message: QUEUE_FULL });
		expect(await t.submit(job('notice', 'N'), 0)).toEqual({ ok: false, message: QUEUE_FULL });
		expect(t.jobs().map((j) => [j.label, j.state])).toEqual([
			['A003', 'queued'],
			['A002', 'queued'],
			['A001', 'queued']
		]);
	});
});
