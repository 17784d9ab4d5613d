/**
 * Starts the real production server (`node server.js`, from `npm run build`) on a free port with
 * its own DATA_DIR, as a separate process, so tests meet exactly what a hall runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, HandshakeAuth, ServerToClientEvents, SnapshotAck } from '../../src/lib/realtime/events';

export interface RunningServer {
	url: string;
	port: number;
	dataDir: string;
	process: ChildProcess;
	output: () => string;
	stop(signal?: NodeJS.Signals): Promise<void>;
}

export function tempDataDir(): string {
	return mkdtempSync(path.join(os.tmpdir(), 'yizhan-it-'));
}

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => resolve(port));
		});
		s.on('error', reject);
	});
}

export async function startServer(
	opts: { dataDir?: string; port?: number; env?: Record<string, string> } = {}
): Promise<RunningServer> {
	const dataDir = opts.dataDir ?? tempDataDir();
	const child = spawn(process.execPath, ['server.js'], {
		cwd: path.resolve(import.meta.dirname, '../..'),
		env: {
			...process.env,
			NODE_ENV: 'production',
			PORT: String(opts.port ?? 0),
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			PRINTER_URL: 'none',
			...opts.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let out = '';
	child.stdout!.on('data', (d) => (out += d));
	child.stderr!.on('data', (d) => (out += d));
	const port = await new Promise<number>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 20_000);
		child.stdout!.on('data', () => {
			const m = /listening on http:\/\/[^:]+:(\d+)/.exec(out);
			if (m) {
				clearTimeout(timer);
				resolve(Number(m[1]));
			}
		});
		child.on('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`server exited with ${code}:\n${out}`));
		});
	});
	const url = `http://127.0.0.1:${port}`;
	// The app (hooks init) loads on start; wait until it answers.
	await fetch(`${url}/api/catalogue`);
	return {
		url,
		port,
		dataDir,
		process: child,
		output: () => out,
		stop: (signal = 'SIGTERM') =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null || child.signalCode) return resolve();
				child.once('exit', () => resolve());
				child.kill(signal);
			})
	};
}

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export function connectSocket(url: string, auth: HandshakeAuth, cookie?: string): TestSocket {
	return io(url, {
		auth,
		transports: ['websocket'],
		extraHeaders: cookie ? { cookie } : undefined,
		reconnectionDelay: 100,
		reconnectionDelayMax: 500,
		forceNew: true
	});
}

/** Waits for a named event, failing with a message that says which one did not come. */
export function nextEvent<E extends keyof ServerToClientEvents>(
	socket: TestSocket,
	event: E,
	ms = 5000
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no "${String(event)}" event within ${ms} ms`)), ms);
		socket.once(
			event as 'hall',
			((payload: unknown) => {
				clearTimeout(timer);
				resolve(payload as never);
			}) as never
		);
	});
}

export async function snapshot(socket: TestSocket): Promise<SnapshotAck> {
	return socket.timeout(5000).emitWithAck('snapshot');
}

export async function connected(socket: TestSocket): Promise<void> {
	if (socket.connected) return;
	await new Promise<void>((resolve, reject) => {
		socket.once('connect', () => resolve());
		socket.once('connect_error', (err) => reject(err));
	});
}

export async function login(url: string, username: string, password = 'yizhan-demo'): Promise<string> {
	const res = await fetch(`${url}/api/session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ username, password })
	});
	if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
	const cookie = res.headers.get('set-cookie') ?? '';
	return cookie.split(';')[0]!;
}

export async function post(url: string, body: unknown, cookie?: string) {
	const res = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever JSON the API answers
	return { status: res.status, body: (await res.json()) as any };
}
