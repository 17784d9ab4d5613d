/**
 * Benchmarks of the real server process (`npm run build` first; `npm run bench` does it).
 * Prints figures; asserts nothing. Machines here are shared and noisy: compare runs, not promises.
 *   - issue latency (HTTP -> durable fsynced write -> answer), sequential and concurrent
 *   - today's file size after a busy day
 *   - call fan-out: clerk's press -> every connected display has the `call` push
 *   - server memory (RSS)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { connectSocket, connected, login, post, startServer, type TestSocket } from '../tests/integration/server';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 400);
const DISPLAYS = Number(process.env.BENCH_DISPLAYS ?? 300);
const CALLS = Number(process.env.BENCH_CALLS ?? 40);

function pct(xs: number[], p: number) {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}
const fmt = (xs: number[]) =>
	`p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;

function rssMiB(pid: number) {
	const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
	return m ? (Number(m[1]) / 1024).toFixed(0) : '?';
}

if (!existsSync('build/handler.js')) {
	console.error('run `npm run build` first');
	process.exit(1);
}

const server = await startServer();
const pid = server.process.pid!;
console.log(`server pid ${pid}, RSS at start ${rssMiB(pid)} MiB`);

// Spread tickets over matters that windows 3 and 4 serve.
const matters = ['dibao', 'elderly-allowance', 'birth-registration', 'disability-card'];
const sequential: number[] = [];
for (let i = 0; i < TICKETS; i++) {
	const t0 = performance.now();
	const res = await post(`${server.url}/api/tickets`, { matterId: matters[i % matters.length] });
	if (res.status !== 201) throw new Error(JSON.stringify(res.body));
	sequential.push(performance.now() - t0);
}
console.log(`issue ${TICKETS} tickets one by one: ${fmt(sequential)}`);

const concurrent: number[] = [];
for (let round = 0; round < 5; round++) {
	await Promise.all(
		Array.from({ length: 20 }, async (_, i) => {
			const t0 = performance.now();
			await post(`${server.url}/api/tickets`, { matterId: matters[i % matters.length] });
			concurrent.push(performance.now() - t0);
		})
	);
}
console.log(`issue 20 at once x5 (all serialised through one lock): ${fmt(concurrent)}`);

const dayDir = path.join(server.dataDir, 'days');
const dayFile = path.join(
	dayDir,
	readdirSync(dayDir).find((f) => f.endsWith('.json'))!
);
console.log(`today's file after ${TICKETS + 100} tickets: ${(statSync(dayFile).size / 1024).toFixed(0)} KiB`);

const displays: TestSocket[] = [];
for (let i = 0; i < DISPLAYS; i++) displays.push(connectSocket(server.url, { role: 'display', siteId: 'demo' }));
await Promise.all(displays.map(connected));
console.log(`${DISPLAYS} display sockets connected, RSS ${rssMiB(pid)} MiB`);

const cookie = await login(server.url, 'w3').catch((err) => {
	console.error(server.output());
	throw err;
});
const fanout: number[] = [];
for (let i = 0; i < CALLS; i++) {
	const received = displays.map((s) => new Promise<number>((resolve) => s.once('call', () => resolve(performance.now()))));
	const t0 = performance.now();
	await post(`${server.url}/api/windows/win-3/actions`, { action: 'call' }, cookie);
	const last = Math.max(...(await Promise.all(received)));
	fanout.push(last - t0);
	await post(`${server.url}/api/windows/win-3/actions`, { action: 'finish' }, cookie);
}
console.log(`call -> all ${DISPLAYS} displays have it: ${fmt(fanout)}`);
console.log(`RSS after ${CALLS} calls: ${rssMiB(pid)} MiB`);

displays.forEach((s) => s.close());
await server.stop();
