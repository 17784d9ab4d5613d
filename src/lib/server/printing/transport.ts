/**
 * Where receipt bytes go. PRINTER_URL picks one:
 *   tcp://host:port  a network printer's raw port (JetDirect style, normally 9100)
 *   sim              the in-process simulator on an ephemeral 127.0.0.1 port, over real TCP
 *   none / empty     printing is switched off (the kiosk shows the ticket on screen only)
 * USB/serial printers are the print agent's business (printer/), never the server's.
 */
import net from 'node:net';
import { startSimulator, type Simulator } from './simulator';

export interface Printer {
	describe: string;
	transport: 'tcp' | 'sim' | 'none';
	print(bytes: Buffer): Promise<void>;
	/** Is it reachable, and what does its paper sensor say (DLE EOT 4, where it answers)? */
	probe?(): Promise<ProbeResult>;
}

export interface ProbeResult {
	online: boolean;
	paper: 'ok' | 'low' | 'out' | 'unknown';
}

/** The only error print() ever rejects with; its message is fit to show a resident or clerk. */
export class PrinterError extends Error {
	constructor(message = '打印机未连接或无响应', options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'PrinterError';
	}
}

export interface PrinterDeps {
	/** Print 'sim' to this simulator instead of the process-wide one (tests). */
	simulator?: Simulator | Promise<Simulator>;
	/** Connect + write timeout in ms (default 3000). */
	timeoutMs?: number;
}

// One simulator per process, kept on globalThis: Vite's dev SSR graph can load this module more
// than once (HMR, config vs SSR graphs) and each copy must not open its own port.
const SIM = Symbol.for('yizhan.printing.simulator');
type G = typeof globalThis & { [SIM]?: Promise<Simulator> };

/** The in-process simulator behind PRINTER_URL=sim (started lazily, once), for the preview route. */
export function getSimulator(): Promise<Simulator> {
	const g = globalThis as G;
	g[SIM] ??= startSimulator({ port: 0, host: '127.0.0.1' }).catch((e) => {
		delete g[SIM]; // let a later call try again
		throw e;
	});
	return g[SIM];
}

export function createPrinter(url: string | undefined, deps: PrinterDeps = {}): Printer {
	const u = (url ?? '').trim();
	const timeoutMs = deps.timeoutMs ?? 3000;
	if (u === '' || u === 'none') {
		return { describe: '未配置打印机', transport: 'none', print: async () => {} };
	}
	if (u === 'sim') {
		const simAddr = async () => {
			try {
				return await (deps.simulator ?? getSimulator());
			} catch (e) {
				throw new PrinterError('打印机模拟器无法启动', { cause: e });
			}
		};
		return {
			describe: '打印机模拟器',
			transport: 'sim',
			async probe() {
				const sim = await simAddr().catch(() => null);
				return sim ? probeTcp(sim.host, sim.port) : { online: false, paper: 'unknown' };
			},
			async print(bytes) {
				let sim: Simulator;
				try {
					sim = await (deps.simulator ?? getSimulator());
				} catch (e) {
					throw new PrinterError('打印机模拟器无法启动', { cause: e });
				}
				await sendTcp(sim.host, sim.port, bytes, timeoutMs);
			}
		};
	}
	const m = /^tcp:\/\/([^/:]+|\[[0-9a-f:]+\]):?(\d*)\/?$/i.exec(u);
	if (!m) throw new PrinterError(`打印机地址无效：${u}（应为 tcp://地址:9100、sim 或 none）`);
	const host = m[1].replace(/^\[|\]$/g, '');
	const port = m[2] ? Number(m[2]) : 9100;
	return {
		describe: `网络打印机 ${host}:${port}`,
		transport: 'tcp',
		print: (bytes) => sendTcp(host, port, bytes, timeoutMs),
		probe: () => probeTcp(host, port)
	};
}

/**
 * Connect, write, half-close, wait for the printer to close. Rejects only with PrinterError.
 * The timeout covers connect + write; once every byte is flushed, a printer that keeps the
 * socket open does not make the print fail (the bytes are already delivered).
 */
function sendTcp(host: string, port: number, bytes: Buffer, timeoutMs: number): Promise<void> {
	return new Promise((resolve, reject) => {
		let flushed = false;
		let settled = false;
		const finish = (err?: Error) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			socket.destroy();
			if (err) reject(err);
			else resolve();
		};
		const socket = net.connect({ host, port });
		const timer = setTimeout(() => {
			if (flushed) finish();
			else finish(new PrinterError('打印机未连接或无响应（超时）'));
		}, timeoutMs);
		socket.once('connect', () => {
			socket.end(bytes, () => {
				flushed = true;
			});
		});
		socket.on('error', (e) => finish(new PrinterError('打印机未连接或无响应', { cause: e })));
		socket.once('close', () => {
			if (flushed) finish();
			else finish(new PrinterError('打印机连接中断，请检查后补打'));
		});
	});
}

/** DLE EOT 4: transmit the paper roll sensor status (one byte back). */
export const DLE_EOT_PAPER = Buffer.from([0x10, 0x04, 0x04]);

/** Reads a DLE EOT 4 status byte: bits 2-3 paper near end, bits 5-6 paper end. */
export function paperFromStatus(byte: number): ProbeResult['paper'] {
	if (byte & 0x60) return 'out';
	if (byte & 0x0c) return 'low';
	return 'ok';
}

/**
 * Connects, asks DLE EOT 4 and waits briefly for the answer. A printer that accepts the
 * connection but does not answer is online with paper 'unknown' (many network clones).
 */
export function probeTcp(host: string, port: number, timeoutMs = 1500): Promise<ProbeResult> {
	return new Promise((resolve) => {
		let connected = false;
		let done = false;
		const finish = (r: ProbeResult) => {
			if (done) return;
			done = true;
			clearTimeout(timer);
			socket.destroy();
			resolve(r);
		};
		const socket = net.connect({ host, port });
		const timer = setTimeout(() => finish({ online: connected, paper: 'unknown' }), timeoutMs);
		socket.once('connect', () => {
			connected = true;
			socket.write(DLE_EOT_PAPER);
			// Do not wait the whole timeout for a printer that never answers status queries.
			setTimeout(() => finish({ online: true, paper: 'unknown' }), 500).unref?.();
		});
		socket.once('data', (d: Buffer) => finish({ online: true, paper: paperFromStatus(d[0]) }));
		socket.on('error', () => finish({ online: false, paper: 'unknown' }));
		socket.once('close', () => finish({ online: connected, paper: 'unknown' }));
	});
}
