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
	print(bytes: Buffer): Promise<void>;
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
		return { describe: '未配置打印机', print: async () => {} };
	}
	if (u === 'sim') {
		return {
			describe: '打印机模拟器',
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
	return { describe: `网络打印机 ${host}:${port}`, print: (bytes) => sendTcp(host, port, bytes, timeoutMs) };
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
