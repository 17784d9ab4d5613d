/**
 * The print agent: runs on a kiosk PC with a USB or serial thermal printer, connects to the hall
 * server over socket.io as that kiosk's printer, writes each job's ESC/POS bytes to the device,
 * answers `print-done`, and reports the printer's status.
 *
 *   PRINT_AGENT_KEY=... npx tsx printer/agent.ts --server http://192.168.1.10:3000 \
 *     --printer kiosk-1 --device /dev/usb/lp0
 *
 * `--device` is a device path (Linux USB printers are /dev/usb/lp0; a serial printer is
 * /dev/ttyUSB0 after `stty -F /dev/ttyUSB0 9600 raw`) or tcp://host:port (tests, or a network
 * printer that only this PC can reach). Job ids already written are remembered in a small state
 * file, so a job the server re-sends (its `done` was lost in a restart) is not printed twice.
 * Relative imports so tsx runs it without SvelteKit.
 */
import { constants, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { io, type Socket } from 'socket.io-client';
import type { AgentJob, AgentReport, ClientToServerEvents, ServerToClientEvents } from '../src/lib/realtime/events.js';
import { createPrinter, probeTcp } from '../src/lib/server/printing/transport.js';

export interface AgentOptions {
	server: string;
	printerId: string;
	key: string;
	device: string;
	/** Where written job ids are kept (default ~/.local/state/yizhan-agent/<printer>.json). */
	stateFile?: string;
	statusEveryMs?: number;
	log?: (message: string) => void;
}

export interface Agent {
	socket: Socket<ServerToClientEvents, ClientToServerEvents>;
	stop(): void;
}

const REMEMBER = 500;

export async function startAgent(opts: AgentOptions): Promise<Agent> {
	const log = opts.log ?? ((m: string) => console.log(`[agent ${opts.printerId}] ${m}`));
	const stateFile =
		opts.stateFile ??
		path.join(process.env.XDG_STATE_HOME ?? path.join(os.homedir(), '.local/state'), 'yizhan-agent', `${opts.printerId}.json`);
	await fs.mkdir(path.dirname(stateFile), { recursive: true });
	let written: string[] = await fs
		.readFile(stateFile, 'utf8')
		.then((s) => JSON.parse(s) as string[])
		.catch(() => []);
	const remember = async (id: string) => {
		written = [...written, id].slice(-REMEMBER);
		const tmp = `${stateFile}.tmp`;
		await fs.writeFile(tmp, JSON.stringify(written));
		await fs.rename(tmp, stateFile);
	};

	const tcp = opts.device.startsWith('tcp://') ? createPrinter(opts.device) : null;
	const write = async (bytes: Buffer) => {
		if (tcp) return tcp.print(bytes);
		// No O_CREAT: an unplugged printer's missing /dev node must fail, not become a regular file.
		const handle = await fs.open(opts.device, constants.O_WRONLY | constants.O_APPEND);
		try {
			await handle.write(bytes);
		} finally {
			await handle.close();
		}
	};
	const probe = async (): Promise<AgentReport> => {
		if (tcp) {
			const m = /^tcp:\/\/([^:/]+):(\d+)/.exec(opts.device)!;
			const r = await probeTcp(m[1], Number(m[2]));
			return { online: r.online, paper: r.paper };
		}
		try {
			await fs.access(opts.device, constants.W_OK);
			return { online: true, paper: 'unknown' };
		} catch (e) {
			return { online: false, paper: 'unknown', error: `打印机设备不可用：${(e as Error).message}` };
		}
	};

	const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(opts.server, {
		auth: { role: 'printer', printerId: opts.printerId, key: opts.key },
		transports: ['websocket'],
		reconnectionDelay: 500,
		reconnectionDelayMax: 5000
	});
	const report = async () => socket.connected && socket.emit('printer-status', await probe());
	socket.on('connect', () => {
		log(`connected to ${opts.server}`);
		void report();
	});
	socket.on('connect_error', (err) => {
		log(`cannot connect: ${err.message}`);
		// The server refused (or is restarting): socket.io does not retry a refusal by itself.
		if (!socket.active) setTimeout(() => socket.connect(), 3000);
	});
	socket.on('print-job', async (job: AgentJob) => {
		if (written.includes(job.id)) {
			log(`job ${job.label} already printed; not again`);
			socket.emit('print-done', { id: job.id, ok: true });
			return;
		}
		try {
			await write(Buffer.from(job.bytes, 'base64'));
			await remember(job.id);
			log(`printed ${job.label}`);
			socket.emit('print-done', { id: job.id, ok: true });
		} catch (e) {
			const error = e instanceof Error ? e.message : String(e);
			log(`failed ${job.label}: ${error}`);
			socket.emit('print-done', { id: job.id, ok: false, error });
		}
		void report();
	});
	const timer = setInterval(() => void report(), opts.statusEveryMs ?? 10_000);
	timer.unref?.();
	return {
		socket,
		stop() {
			clearInterval(timer);
			socket.close();
		}
	};
}

function arg(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const server = arg('server') ?? process.env.YIZHAN_SERVER;
	const printerId = arg('printer') ?? process.env.YIZHAN_PRINTER;
	const device = arg('device') ?? process.env.YIZHAN_DEVICE ?? '/dev/usb/lp0';
	const key = process.env.PRINT_AGENT_KEY ?? '';
	if (!server || !printerId || !key) {
		console.error(
			'usage: PRINT_AGENT_KEY=... tsx printer/agent.ts --server http://SERVER:3000 --printer kiosk-1 [--device /dev/usb/lp0|tcp://host:9100]'
		);
		process.exit(2);
	}
	const agent = await startAgent({ server, printerId, key, device });
	for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (agent.stop(), process.exit(0)));
}
