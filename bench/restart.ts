/**
 * A crash during a busy minute, as a hall's service manager would handle it (`deploy/yizhan.service`,
 * Restart=always, RestartSec=0): the built server (`node server.js`, no rebuild) is killed with
 * SIGKILL in the middle of a burst of 取号 while lobby display sockets are connected, and a new
 * process is started at once on the same port and DATA_DIR. Prints, per round:
 *   (a) kill -> first successful HTTP answer                                     (goal < 2 s)
 *   (b) kill -> every display socket reconnected and holding a fresh snapshot    (goal < 3 s)
 *   (c) every ticket answered 201 (before or after the kill) is in the new server's day
 * The displays reconnect with the pages' own settings (RECONNECT in src/lib/realtime/client.ts).
 * `npm run build` first (`npm run bench` does it). Asserts nothing; loopback only; bounded in
 * count and time. Machines here are shared and noisy: compare runs, not promises.
 *   BENCH_RESTART_ROUNDS (3), BENCH_RESTART_DISPLAYS (100), BENCH_RESTART_TICKETS (300)
 */
import { existsSync } from 'node:fs';
import { io } from 'socket.io-client';
import { RECONNECT } from '../src/lib/realtime/client';
import { startServer, tempDataDir, type RunningServer, type TestSocket } from '../tests/integration/server';

const ROUNDS = Math.min(20, Number(process.env.BENCH_RESTART_ROUNDS ?? 3));
const DISPLAYS = Math.min(1000, Number(process.env.BENCH_RESTART_DISPLAYS ?? 100));
const TICKETS = Math.min(5000, Number(process.env.BENCH_RESTART_TICKETS ?? 300));
/** Concurrent kiosks in the burst. */
const KIOSKS = 4;
/** The kill comes after this many tickets of the burst were answered. */
const KILL_AFTER = Math.floor(TICKETS / 3);
/** No round waits longer than this for anything. */
const ROUND_LIMIT_MS = 30_000;
const GOAL_SERVE_MS = 2000;
const GOAL_RESYNC_MS = 3000;

if (!existsSync('build/handler.js')) {
	console.error('run `npm run build` first');
	process.exit(1);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A lobby screen's socket as the page makes it: same transport and backoff, snapshot on every connect. */
function display(url: string, onSnapshot: (at: number) => void): TestSocket {
	const socket: TestSocket = io(url, {
		auth: { role: 'display', siteId: 'demo' },
		transports: ['websocket'],
		forceNew: true,
		...RECONNECT
	});
	const refresh = () =>
		socket.timeout(5000).emit('snapshot', (err, reply) => {
			if (err) return socket.connected && refresh();
			if (reply.ok) onSnapshot(performance.now());
		});
	socket.on('connect', refresh);
	return socket;
}

interface Issued {
	number: string;
	token: string;
	at: number;
}

async function round(n: number) {
	const dataDir = tempDataDir();
	let server: RunningServer = await startServer({ dataDir });
	const url = server.url;
	const deadline = performance.now() + ROUND_LIMIT_MS;

	// Displays: connected and synced before the burst.
	const lastSnapshot: number[] = Array.from({ length: DISPLAYS }, () => 0);
	const sockets = Array.from({ length: DISPLAYS }, (_, i) => display(url, (at) => (lastSnapshot[i] = at)));
	while (lastSnapshot.some((t) => t === 0) && performance.now() < deadline) await sleep(20);

	// The burst: KIOSKS loops issuing tickets back to back until TICKETS were answered 201, going
	// on through the crash (a refused or dropped request is not acknowledged, so it may be lost).
	const acked: Issued[] = [];
	let attempts = 0;
	let failed = 0;
	let killedAt = 0;
	const kiosk = async () => {
		while (acked.length < TICKETS && attempts < TICKETS * 3 && performance.now() < deadline) {
			attempts++;
			try {
				const res = await fetch(`${url}/api/tickets`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ matterId: 'residence-permit' }),
					signal: AbortSignal.timeout(5000)
				});
				const body = (await res.json()) as { ticket?: { number: string; token: string } };
				if (res.status === 201 && body.ticket) {
					acked.push({ number: body.ticket.number, token: body.ticket.token, at: performance.now() });
				} else failed++;
			} catch {
				failed++;
				await sleep(20); // a kiosk retries a network error after a moment
			}
		}
	};
	const burst = Promise.all(Array.from({ length: KIOSKS }, kiosk));
	while (acked.length < KILL_AFTER && performance.now() < deadline) await sleep(1);

	// kill -9, then a new process on the same port and folder as soon as the old one is gone.
	const ackedBeforeKill = acked.length;
	const old = server.process;
	const gone = new Promise<void>((resolve) => old.once('exit', () => resolve()));
	killedAt = performance.now();
	old.kill('SIGKILL');
	await gone;
	const exitedAt = performance.now();
	const restarted = startServer({ dataDir, port: server.port });

	// (a) the first successful HTTP answer after the kill.
	let servedAt = 0;
	while (!servedAt && performance.now() < deadline) {
		try {
			const res = await fetch(`${url}/api/catalogue`, { signal: AbortSignal.timeout(2000) });
			if (res.ok) servedAt = performance.now();
			await res.arrayBuffer();
		} catch {
			await sleep(10);
		}
	}
	server = await restarted;
	const listening = /Yizhan listening/.test(server.output());

	// (b) every display has a snapshot from after the kill.
	while (lastSnapshot.some((t) => t < killedAt) && performance.now() < deadline) await sleep(10);
	const resynced = lastSnapshot.filter((t) => t > killedAt);
	const resyncedAt = resynced.length === DISPLAYS ? Math.max(...resynced) : NaN;

	await burst;
	// (c) every acknowledged ticket, asked of the new server by its token.
	let lost = 0;
	for (const t of acked) {
		const res = await fetch(`${url}/api/tickets/${t.token}`, { signal: AbortSignal.timeout(5000) });
		const view = res.ok ? ((await res.json()) as { number: string }) : null;
		if (view?.number !== t.number) lost++;
	}
	const duplicates = acked.length - new Set(acked.map((t) => t.number)).size;

	sockets.forEach((s) => s.close());
	await server.stop();

	const ms = (t: number) => `${(t - killedAt).toFixed(0)} ms`;
	console.log(
		`round ${n}: killed after ${ackedBeforeKill} tickets; old process gone ${ms(exitedAt)}; ` +
			`first HTTP answer ${servedAt ? ms(servedAt) : 'never'} (goal < ${GOAL_SERVE_MS} ms); ` +
			`all ${DISPLAYS} displays resynced ${Number.isNaN(resyncedAt) ? `never (${resynced.length})` : ms(resyncedAt)} ` +
			`(goal < ${GOAL_RESYNC_MS} ms)`
	);
	console.log(
		`         ${acked.length} tickets answered 201 of ${attempts} tries (${failed} refused or dropped during the restart); ` +
			`lost after restart: ${lost}; duplicate numbers: ${duplicates}${listening ? '' : '; new server never said it listens'}`
	);
	return { serve: servedAt - killedAt, resync: resyncedAt - killedAt, lost };
}

const results = [];
for (let n = 1; n <= ROUNDS; n++) results.push(await round(n));
const max = (xs: number[]) => Math.max(...xs).toFixed(0);
console.log(
	`kill -9 mid-burst x${ROUNDS}, ${DISPLAYS} displays: serving again max ${max(results.map((r) => r.serve))} ms ` +
		`(goal < ${GOAL_SERVE_MS}), displays resynced max ${max(results.map((r) => r.resync))} ms (goal < ${GOAL_RESYNC_MS}), ` +
		`acknowledged tickets lost ${results.reduce((s, r) => s + r.lost, 0)}`
);
