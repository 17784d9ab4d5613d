/**
 * The morning after, against the real server: yesterday's day file holds a called and a waiting
 * ticket. The server's clock cannot be moved (and no production switch is added for it), so the
 * day passes while the server is stopped: the day file is moved back one day, as if it had been
 * written yesterday. The timer that moves screens at midnight itself is specified with a fake
 * clock in src/lib/server/hall/day-change.spec.ts.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectSocket, login, post, snapshot, startServer, tempDataDir, type RunningServer, type TestSocket } from './server';

const running: RunningServer[] = [];
const sockets: TestSocket[] = [];
afterAll(async () => {
	sockets.forEach((s) => s.close());
	await Promise.all(running.map((s) => s.stop('SIGKILL')));
});

const DAY_MS = 86_400_000;

/** Rewrites `days/<day>.json` as the file of the day before: its day, tokens and times. */
function moveDayBack(dataDir: string, day: string): string {
	const before = new Date(Date.parse(`${day}T12:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
	const file = (d: string) => path.join(dataDir, 'days', `${d}.json`);
	const text = readFileSync(file(day), 'utf8')
		.replaceAll(`"${day}"`, `"${before}"`)
		.replaceAll(`"${day.replaceAll('-', '')}`, `"${before.replaceAll('-', '')}`);
	const record = JSON.parse(text);
	for (const t of record.tickets) {
		t.issuedAt -= DAY_MS;
		if (t.calledAt) t.calledAt -= DAY_MS;
		for (const e of t.events) e.at -= DAY_MS;
	}
	for (const c of record.calls) c.at -= DAY_MS;
	writeFileSync(file(before), JSON.stringify(record));
	rmSync(file(day));
	rmSync(`${file(day)}.bak`, { force: true });
	return before;
}

describe('the morning after', () => {
	it("shows yesterday's open tickets as void, a cleared lobby, and numbering from 001", async () => {
		const dataDir = tempDataDir();
		const first = await startServer({ dataDir });
		running.push(first);
		const called = (await post(`${first.url}/api/tickets`, { matterId: 'dibao' })).body.ticket;
		await post(`${first.url}/api/tickets`, { matterId: 'dibao' });
		const waiting = (await post(`${first.url}/api/tickets`, { matterId: 'dibao' })).body.ticket;
		const cookie = await login(first.url, 'w3');
		await post(`${first.url}/api/windows/win-3/actions`, { action: 'call' }, cookie);
		const yesterdayView = await (await fetch(`${first.url}/api/tickets/${waiting.token}`)).json();
		expect(yesterdayView).toMatchObject({ state: 'waiting', ahead: 1, expired: false });
		await first.stop();

		const yesterday = moveDayBack(dataDir, called.day);
		const second = await startServer({ dataDir });
		running.push(second);
		const tokenOf = (t: { token: string }) => t.token.replace(/^\d{8}/, yesterday.replaceAll('-', ''));

		// The phone of the waiting ticket: void, nobody ahead, no wait; the same over the socket.
		const view = await (await fetch(`${second.url}/api/tickets/${tokenOf(waiting)}`)).json();
		expect(view).toMatchObject({
			number: waiting.number,
			state: 'waiting',
			day: yesterday,
			expired: true,
			ahead: 0,
			etaMinutes: 0
		});
		const phone = connectSocket(second.url, { role: 'ticket', token: tokenOf(called) });
		sockets.push(phone);
		const reply = await snapshot(phone);
		expect(reply.ok && reply.ticket).toMatchObject({ number: called.number, state: 'called', expired: true });

		// The page says so in words, and never a queue position.
		const html = await (await fetch(`${second.url}/t/${tokenOf(waiting)}`)).text();
		expect(html).toContain('当日未办理');
		expect(html).toContain('未办理完的事项请重新取号');
		expect(html).not.toContain('前面还有');

		// The lobby: today, nothing called, nobody waiting; and the next number starts again.
		const display = connectSocket(second.url, { role: 'display', siteId: 'demo' });
		sockets.push(display);
		const hall = await snapshot(display);
		expect(hall.ok && hall.hall).toMatchObject({ day: called.day, seq: 0, calls: [] });
		expect(hall.ok && hall.hall?.windows.every((w) => w.current === null)).toBe(true);
		expect((await post(`${second.url}/api/tickets`, { matterId: 'dibao' })).body.ticket.number).toBe('C001');
	});
});
