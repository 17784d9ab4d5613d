/**
 * The print queue: every receipt becomes a job on disk (DATA_DIR/print-jobs.json) before a byte
 * is sent, so a job survives a printer, agent or server restart. One job at a time per printer,
 * oldest first; a job is `done` only when the transport or the agent acknowledged it, and is
 * never sent again after that. A printer that is away keeps its jobs `queued` and they are
 * retried until it is back, or dropped (`failed`, with the reason) after the TTL: a ticket
 * printed half an hour later would only confuse the next resident.
 *
 * Only known printers take jobs: `main` and print agents that have connected with the key (their
 * ids are remembered in the file). Each printer's queue is bounded (`maxQueued`): when it is full
 * the oldest queued notice (告知单) is dropped with a reason to make room; tickets and reprints are
 * never dropped to make room: a new job that finds the queue full of them is refused, and the
 * kiosk says so (the ticket is issued and on screen all the same). A retry that fails the same way
 * as the last one changes nothing on disk, so a printer that never comes back costs no writes.
 *
 * Known limit: a server killed between the printer's acknowledgement and the `done` write (a
 * few ms) re-sends that one job after restart; agents de-duplicate by job id, TCP printers cannot.
 */
import { randomUUID } from 'node:crypto';
import { rooms, type AgentJobAck, type AgentReport, type PrinterStatus, type PrintStatus } from '$lib/realtime/events';
import { DomainError } from '$lib/domain/errors';
import { Mutex } from '../mutex';
import type { Gateway } from '../realtime/gateway';
import type { PrintJobRecord, PrintJobsRecord, Store } from '../store/store';
import type { Printer } from './transport';

/** The server's own printer (PRINTER_URL); print agents register under their own ids. */
export const MAIN_PRINTER = 'main';
export const PRINTER_ID = /^[a-z0-9][a-z0-9-]{0,31}$/;

/** Done and failed jobs kept for admin to see. */
const KEEP_FINISHED = 200;
/** Jobs waiting per printer, by default (about ten minutes of a busy kiosk). */
export const MAX_QUEUED = 50;
/** Said when a printer's queue is full of tickets and a new job cannot be kept. */
export const QUEUE_FULL = '打印机积压过多，暂时无法打印，请用手机扫描屏幕上的二维码查看排队进度，或记下您的号码';
/** Message for the resident when a receipt could not be printed now. */
export const PRINT_LATER = '打印机暂时无法打印，请用手机扫描屏幕上的二维码查看排队进度，或记下您的号码';

export interface PrintQueueDeps {
	store: Store;
	gateway: Gateway;
	/** The PRINTER_URL printer. */
	main: Printer;
	ttlMs: number;
	/** How often queued jobs are retried and an idle printer is probed (default 2 s). */
	retryMs?: number;
	agentTimeoutMs?: number;
	clock?: () => number;
	/** Most jobs queued per printer (default MAX_QUEUED). */
	maxQueued?: number;
}

/**
 * The file's record, with the print agents that have connected (known printers) and today's
 * reprints per ticket token.
 */
type QueueRecord = PrintJobsRecord & { agents?: string[]; reprints?: Record<string, number> };

type Submit = Pick<PrintJobRecord, 'printerId' | 'kind' | 'label'> & { bytes: Buffer };

export class PrintQueue {
	private lock = new Mutex();
	private draining = new Set<string>();
	private statuses = new Map<string, PrinterStatus>();
	private agents = new Map<string, number>();
	private waiters = new Map<string, (s: PrintStatus) => void>();
	private timer: ReturnType<typeof setInterval> | null = null;
	private clock: () => number;
	private lastProbe = 0;

	private constructor(
		private deps: PrintQueueDeps,
		private record: QueueRecord
	) {
		this.clock = deps.clock ?? Date.now;
		const m = deps.main;
		this.statuses.set(MAIN_PRINTER, {
			id: MAIN_PRINTER,
			transport: m.transport,
			describe: m.describe,
			state: m.transport === 'none' ? 'disabled' : 'unknown',
			message: m.transport === 'none' ? '未配置打印机' : '尚未检测',
			checkedAt: null,
			queued: 0
		});
	}

	static async open(deps: PrintQueueDeps): Promise<PrintQueue> {
		const loaded: QueueRecord = (await deps.store.readPrintJobs()) ?? { version: 1, jobs: [], serials: {} };
		// A job caught mid-print by a restart goes back to the queue (see the header's known limit).
		const jobs = loaded.jobs.map((j) => (j.state === 'printing' ? { ...j, state: 'queued' as const } : j));
		return new PrintQueue(deps, { ...loaded, jobs });
	}

	/** Retries and probes in the background; `unref` so it never keeps a process alive. */
	start() {
		this.timer ??= setInterval(() => void this.tick(), this.deps.retryMs ?? 2000);
		this.timer.unref?.();
		void this.tick();
	}

	stop() {
		if (this.timer) clearInterval(this.timer);
		this.timer = null;
	}

	/** 'YYYYMMDD-N0007': a per-day serial for printed notices (or any kind letter). */
	nextSerial(day: string, letter: string): Promise<string> {
		return this.lock.run(async () => {
			const key = `${day}:${letter}`;
			const n = (this.record.serials[key] ?? 0) + 1;
			// Keep only today's counters: the file stays small.
			const serials = Object.fromEntries(Object.entries(this.record.serials).filter(([k]) => k.startsWith(day)));
			await this.save({ ...this.record, serials: { ...serials, [key]: n } });
			return `${day.replaceAll('-', '')}-${letter}${String(n).padStart(4, '0')}`;
		});
	}

	/**
	 * Counts one reprint (补打) of a ticket; false when it already had `max`. Kept in the file so a
	 * restart does not reset it; only today's tickets are kept (their tokens start with the day).
	 */
	takeReprint(token: string, day: string, max: number): Promise<boolean> {
		return this.lock.run(async () => {
			const n = this.record.reprints?.[token] ?? 0;
			if (n >= max) return false;
			const prefix = day.replaceAll('-', '');
			const kept = Object.entries(this.record.reprints ?? {}).filter(([t]) => t.startsWith(prefix));
			await this.save({ ...this.record, reprints: { ...Object.fromEntries(kept), [token]: n + 1 } });
			return true;
		});
	}

	/** Whether jobs may be sent to `printerId`: the main printer or a print agent seen before. */
	isKnown(printerId: string): boolean {
		return printerId === MAIN_PRINTER || (this.record.agents ?? []).includes(printerId) || this.agents.has(printerId);
	}

	/** Refuses an unknown printer with a message for the kiosk (before a number or serial is used). */
	requireKnown(printerId: string | undefined) {
		const id = printerId ?? MAIN_PRINTER;
		if (!this.isKnown(id)) {
			throw new DomainError('not_found', `未找到打印机“${id}”：请使用主打印机，或先让该打印机的打印代理连接服务器后再试`, 404);
		}
	}

	/**
	 * Puts a job on disk, starts printing it, and answers how the first attempt went (within
	 * `waitMs`): printed, or queued to print when the printer is back.
	 */
	async submit(input: Submit, waitMs = 4000): Promise<PrintStatus> {
		if (this.deps.main.transport === 'none' && input.printerId === MAIN_PRINTER) return { ok: true };
		if (!this.isKnown(input.printerId)) return { ok: false, message: '未找到该打印机，无法打印' };
		const now = this.clock();
		const job: PrintJobRecord = {
			id: randomUUID(),
			printerId: input.printerId,
			kind: input.kind,
			label: input.label,
			bytes: input.bytes.toString('base64'),
			state: 'queued',
			attempts: 0,
			createdAt: now,
			updatedAt: now
		};
		const kept = await this.lock.run(async () => {
			const queued = this.record.jobs.filter((j) => j.printerId === job.printerId && j.state === 'queued');
			let jobs = this.record.jobs;
			if (queued.length >= (this.deps.maxQueued ?? MAX_QUEUED)) {
				// Full: make room by dropping the oldest waiting notice, never a ticket.
				const notice = queued.find((j) => j.kind === 'notice');
				if (!notice) return false;
				const reason = '打印队列已满，已放弃这张最早排队的告知单，为新的打印让位';
				console.error(`[print] ${job.printerId}: queue full, dropped notice ${notice.label}`);
				jobs = jobs.map((j) => (j.id === notice.id ? { ...j, state: 'failed' as const, updatedAt: now, reason } : j));
				this.waiters.get(notice.id)?.({ ok: false, message: PRINT_LATER });
			}
			await this.save({ ...this.record, jobs: [...jobs, job] });
			return true;
		});
		if (!kept) {
			console.error(`[print] ${job.printerId}: queue full of tickets, ${job.kind} ${job.label} not queued`);
			return { ok: false, message: QUEUE_FULL };
		}
		const answer = new Promise<PrintStatus>((resolve) => {
			const timer = setTimeout(() => {
				this.waiters.delete(job.id);
				resolve({ ok: false, queued: true, message: PRINT_LATER });
			}, waitMs);
			this.waiters.set(job.id, (s) => {
				clearTimeout(timer);
				this.waiters.delete(job.id);
				resolve(s);
			});
		});
		this.kick(input.printerId);
		return answer;
	}

	/** Every known printer: the main one and every agent seen since start. */
	printers(): PrinterStatus[] {
		return [...this.statuses.keys()].map((id) => this.status(id));
	}

	status(printerId: string): PrinterStatus {
		const queued = this.record.jobs.filter((j) => j.printerId === printerId && j.state !== 'done' && j.state !== 'failed').length;
		const known = this.statuses.get(printerId);
		if (known) return { ...known, queued };
		return {
			id: printerId,
			transport: 'agent',
			describe: `打印代理 ${printerId}`,
			state: 'offline',
			message: '打印代理未连接',
			checkedAt: null,
			queued
		};
	}

	/** Jobs for admin, newest first, without their bytes. */
	jobs(): Omit<PrintJobRecord, 'bytes'>[] {
		return [...this.record.jobs].reverse().map(({ bytes: _bytes, ...rest }) => rest);
	}

	agentConnected(printerId: string) {
		this.agents.set(printerId, (this.agents.get(printerId) ?? 0) + 1);
		if (!(this.record.agents ?? []).includes(printerId)) {
			void this.lock
				.run(() => this.save({ ...this.record, agents: [...(this.record.agents ?? []), printerId].sort() }))
				.catch((err) => console.error(`[print] could not remember agent ${printerId}:`, err));
		}
		this.setStatus(printerId, 'agent', `打印代理 ${printerId}`, 'online', '打印代理已连接');
		this.kick(printerId);
	}

	agentDisconnected(printerId: string) {
		const n = (this.agents.get(printerId) ?? 1) - 1;
		if (n > 0) return void this.agents.set(printerId, n);
		this.agents.delete(printerId);
		this.setStatus(printerId, 'agent', `打印代理 ${printerId}`, 'offline', '打印代理未连接');
	}

	agentReport(printerId: string, report: AgentReport) {
		const state = !report.online
			? 'offline'
			: report.paper === 'out'
				? 'paper_out'
				: report.paper === 'low'
					? 'paper_low'
					: 'online';
		this.setStatus(printerId, 'agent', `打印代理 ${printerId}`, state, report.error || MESSAGE[state]);
		if (state === 'online' || state === 'paper_low') this.kick(printerId);
	}

	private setStatus(
		id: string,
		transport: PrinterStatus['transport'],
		describe: string,
		state: PrinterStatus['state'],
		message: string
	) {
		this.statuses.set(id, { id, transport, describe, state, message, checkedAt: this.clock(), queued: 0 });
	}

	private kick(printerId: string) {
		if (this.draining.has(printerId)) return;
		this.draining.add(printerId);
		void this.drain(printerId).finally(() => this.draining.delete(printerId));
	}

	/** Prints this printer's queued jobs oldest first; stops at the first failure (retried on tick). */
	private async drain(printerId: string) {
		for (;;) {
			const job = this.record.jobs.find((j) => j.printerId === printerId && j.state === 'queued');
			if (!job) return;
			if (printerId === MAIN_PRINTER && this.deps.main.probe) {
				const state = await this.probeMain(this.deps.main.probe);
				if (state === 'offline' || state === 'paper_out') return this.failAttempt(printerId, job, MESSAGE[state]);
			}
			// In memory only: after a restart a printing job is queued again either way.
			await this.patch(job.id, { state: 'printing', attempts: job.attempts + 1 });
			try {
				const bytes = Buffer.from(job.bytes, 'base64');
				if (printerId === MAIN_PRINTER) {
					await this.deps.main.print(bytes);
				} else {
					const reply = await this.sendToAgent(printerId, job);
					if (!reply.ok) throw new Error(reply.error);
				}
			} catch (err) {
				const message = err instanceof Error ? err.message : String(err);
				console.error(`[print] ${printerId} job ${job.label}: ${message}`);
				// Written once per new error: the same failure again and again changes nothing on disk.
				if (message !== job.error) await this.update(job.id, { state: 'queued', error: message });
				else await this.patch(job.id, { state: 'queued' });
				if (printerId === MAIN_PRINTER) this.setMain('offline', message);
				return this.failAttempt(printerId, job, message);
			}
			await this.update(job.id, { state: 'done', error: undefined });
			if (printerId === MAIN_PRINTER && this.status(MAIN_PRINTER).state !== 'paper_low') this.setMain('online', '打印机正常');
			this.waiters.get(job.id)?.({ ok: true });
		}
	}

	private agentReplies = new Map<string, (reply: AgentJobAck) => void>();

	/** Pushes a job to the agent and waits for its `print-done`; no answer in time is a failure. */
	private sendToAgent(printerId: string, job: PrintJobRecord): Promise<AgentJobAck> {
		const { gateway } = this.deps;
		if (!gateway.watched(rooms.printer(printerId))) return Promise.reject(new Error('打印代理未连接'));
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				this.agentReplies.delete(job.id);
				reject(new Error('打印代理无应答'));
			}, this.deps.agentTimeoutMs ?? 15_000);
			this.agentReplies.set(job.id, (reply) => {
				clearTimeout(timer);
				this.agentReplies.delete(job.id);
				resolve(reply);
			});
			gateway.toPrinter(printerId, 'print-job', { id: job.id, label: job.label, bytes: job.bytes });
		});
	}

	/** An agent's answer; only a job we are waiting for, from the printer it was sent to, counts. */
	agentDone(printerId: string, reply: { id: string } & AgentJobAck) {
		const job = this.record.jobs.find((j) => j.id === reply?.id);
		if (job?.printerId === printerId) this.agentReplies.get(reply.id)?.(reply);
	}

	private setMain(state: PrinterStatus['state'], message: string) {
		const m = this.deps.main;
		this.setStatus(MAIN_PRINTER, m.transport, m.describe, state, message);
	}

	/** Tells everyone waiting on this printer that their receipt is queued for later. */
	private failAttempt(printerId: string, _job: PrintJobRecord, _message: string) {
		for (const j of this.record.jobs)
			if (j.printerId === printerId && j.state === 'queued')
				this.waiters.get(j.id)?.({ ok: false, queued: true, message: PRINT_LATER });
	}

	private async tick() {
		const now = this.clock();
		const expired = this.record.jobs.filter((j) => j.state === 'queued' && now - j.createdAt > this.deps.ttlMs);
		if (expired.length) {
			const minutes = Math.round(this.deps.ttlMs / 60_000);
			await this.lock.run(() =>
				this.save({
					...this.record,
					jobs: this.record.jobs.map((j) =>
						expired.some((e) => e.id === j.id)
							? {
									...j,
									state: 'failed' as const,
									updatedAt: now,
									reason: `打印机${minutes}分钟内未恢复，已放弃打印（最后错误：${j.error ?? '无'}）`
								}
							: j
					)
				})
			);
			for (const j of expired)
				console.error(`[print] dropped job ${j.label} for ${j.printerId}: printer away for ${minutes} min`);
		}
		const waiting = new Set(this.record.jobs.filter((j) => j.state === 'queued').map((j) => j.printerId));
		for (const id of waiting) this.kick(id);
		// An idle network printer is probed now and then, so the kiosk knows before anyone taps.
		const main = this.deps.main;
		if (main.probe && !waiting.has(MAIN_PRINTER) && !this.draining.has(MAIN_PRINTER) && now - this.lastProbe >= 10_000) {
			this.lastProbe = now;
			await this.probeMain(main.probe);
		}
	}

	/** Asks the network printer how it is (DLE EOT) and records the answer for admin and kiosks. */
	private async probeMain(probe: NonNullable<typeof this.deps.main.probe>): Promise<PrinterStatus['state']> {
		const answer = await probe();
		const state = !answer.online
			? 'offline'
			: answer.paper === 'out'
				? 'paper_out'
				: answer.paper === 'low'
					? 'paper_low'
					: 'online';
		this.setMain(state, answer.online ? MESSAGE[state] : '打印机未连接或无响应');
		return state;
	}

	/** Changes a job in memory only (in order with the writes); the next write carries it to disk. */
	private patch(id: string, patch: Partial<PrintJobRecord>) {
		return this.lock.run(async () => {
			this.record = {
				...this.record,
				jobs: this.record.jobs.map((j) => (j.id === id ? { ...j, ...patch, updatedAt: this.clock() } : j))
			};
		});
	}

	private update(id: string, patch: Partial<PrintJobRecord>) {
		return this.lock.run(() =>
			this.save({
				...this.record,
				jobs: this.record.jobs.map((j) => (j.id === id ? { ...j, ...patch, updatedAt: this.clock() } : j))
			})
		);
	}

	/** Writes the file, pruning old finished jobs; call inside the lock. */
	private async save(next: QueueRecord) {
		const finished = next.jobs.filter((j) => j.state === 'done' || j.state === 'failed');
		const drop = new Set(finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED)).map((j) => j.id));
		const pruned = { ...next, jobs: next.jobs.filter((j) => !drop.has(j.id)) };
		await this.deps.store.writePrintJobs(pruned);
		this.record = pruned;
	}
}

const MESSAGE: Record<PrinterStatus['state'], string> = {
	online: '打印机正常',
	offline: '打印机未连接或无响应',
	paper_low: '打印纸即将用完',
	paper_out: '打印机缺纸',
	disabled: '未配置打印机',
	unknown: '尚未检测'
};
