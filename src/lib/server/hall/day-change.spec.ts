/**
 * The hall's midnight with a fake clock: the Hall on a real LowdbStore in a temp folder, a gateway
 * that records what it would push, and vitest's fake timers driving both the timer and the clock.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testConfig } from '$lib/core/testing';
import { dayKey } from '$lib/domain/day';
import { rooms, type HallSnapshot, type ServerToClientEvents, type TicketView, type WindowView } from '$lib/realtime/events';
import { Hall } from '../hall';
import { Gateway } from '../realtime/gateway';
import { LowdbStore } from '../store/lowdb-store';
import { DAY_CHECK_MS } from './day-change';

const SH = 'Asia/Shanghai';
/** 2026-03-02 23:50 in Beijing (15:50 UTC): ten minutes before the hall's midnight. */
const EVENING = Date.UTC(2026, 2, 2, 15, 50);
const MIDNIGHT = Date.UTC(2026, 2, 2, 16, 0);
const MIN = 60_000;

type Push = { to: string; event: keyof ServerToClientEvents; data: unknown };

/** Records every push; says which ticket rooms have a phone and which consoles sit at a window. */
class RecordingGateway extends Gateway {
	pushes: Push[] = [];
	followed = new Set<string>();
	consoles: Record<string, { socketId: string; staffId: string }[]> = {};

	override toSite<E extends keyof ServerToClientEvents>(siteId: string, event: E, ...args: Parameters<ServerToClientEvents[E]>) {
		this.pushes.push({ to: rooms.site(siteId), event, data: args[0] });
	}
	override toWindow<E extends keyof ServerToClientEvents>(
		windowId: string,
		event: E,
		...args: Parameters<ServerToClientEvents[E]>
	) {
		this.pushes.push({ to: rooms.window(windowId), event, data: args[0] });
	}
	override toTicket<E extends keyof ServerToClientEvents>(token: string, event: E, ...args: Parameters<ServerToClientEvents[E]>) {
		this.pushes.push({ to: rooms.ticket(token), event, data: args[0] });
	}
	override toSocket<E extends keyof ServerToClientEvents>(
		socketId: string,
		event: E,
		...args: Parameters<ServerToClientEvents[E]>
	) {
		this.pushes.push({ to: socketId, event, data: args[0] });
	}
	override watched(room: string) {
		return this.followed.has(room);
	}
	override staffIn(windowId: string) {
		return this.consoles[windowId] ?? [];
	}

	of<T>(to: string, event: keyof ServerToClientEvents): T[] {
		return this.pushes.filter((p) => p.to === to && p.event === event).map((p) => p.data as T);
	}

	/** Resolves once a push matching `match` has been recorded (the tick does real file IO). */
	async until(match: (p: Push) => boolean, what: string): Promise<void> {
		const deadline = performance.now() + 5_000; // performance is not faked: real time
		while (!this.pushes.some(match)) {
			if (performance.now() > deadline) throw new Error(`no push of ${what} within 5 s`);
			await new Promise((r) => setImmediate(r));
		}
	}
}

let dir: string;
let gateway: RecordingGateway;
let hall: Hall;
let stop: () => void = () => {};

beforeEach(async () => {
	// Only the timer and the clock are fake: file IO and setImmediate stay real.
	vi.useFakeTimers({ now: EVENING, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
	dir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-midnight-'));
	gateway = new RecordingGateway();
	hall = await Hall.open({ store: new LowdbStore(dir), gateway, clock: () => Date.now(), demo: false }, testConfig());
});

afterEach(() => {
	stop();
	vi.useRealTimers();
	rmSync(dir, { recursive: true, force: true });
});

/** Yesterday evening: A001 done, A002 at window 1, A003 and A004 waiting, each followed on a phone. */
async function eveningHall() {
	const issue = async () => (await hall.issueTicket({ siteId: 'site-1', matterId: 'm-elderly' })).ticket;
	const tickets = [await issue(), await issue(), await issue(), await issue()];
	await hall.windowCommand({ windowId: 'w1', staffId: 's1a', command: { action: 'call' } });
	await hall.windowCommand({ windowId: 'w1', staffId: 's1a', command: { action: 'finish', outcome: { kind: 'done' } } });
	await hall.windowCommand({ windowId: 'w1', staffId: 's1a', command: { action: 'call' } });
	for (const t of tickets) gateway.followed.add(rooms.ticket(t.token));
	gateway.consoles.w1 = [{ socketId: 'console-w1', staffId: 's1a' }];
	gateway.pushes = [];
	return tickets;
}

describe('the hall’s midnight (Asia/Shanghai, fake clock)', () => {
	it('pushes nothing before midnight, then at midnight a cleared hall, void tickets and fresh consoles', async () => {
		const [a1, a2, a3, a4] = await eveningHall();
		expect((await hall.ticket(a4.token))!.view).toMatchObject({ state: 'waiting', ahead: 1, expired: false });
		stop = hall.followDayChange();

		await vi.advanceTimersByTimeAsync(10 * MIN - 1);
		expect(dayKey(Date.now(), SH)).toBe('2026-03-02');
		expect(gateway.pushes).toEqual([]);

		await vi.advanceTimersByTimeAsync(1);
		expect(Date.now()).toBe(MIDNIGHT);
		await gateway.until((p) => p.to === rooms.ticket(a4.token), 'the expired A004 to its phone');

		// The lobby and window screens: the new day, nothing called, nobody waiting.
		const [snap] = gateway.of<HallSnapshot>(rooms.site('site-1'), 'hall');
		expect(snap).toMatchObject({ day: '2026-03-03', seq: 0, calls: [] });
		expect(snap.categories.every((c) => c.waiting === 0)).toBe(true);
		expect(snap.windows.every((w) => w.current === null)).toBe(true);

		// The console at window 1: the new day, no current ticket, nothing waiting or done.
		const [view] = gateway.of<WindowView>('console-w1', 'window');
		expect(view).toMatchObject({ day: '2026-03-03', seq: 0, current: null, waiting: 0, servedToday: 0 });

		// Each phone of an unfinished ticket hears it was not served; the finished one hears nothing.
		expect(gateway.of(rooms.ticket(a1.token), 'ticket')).toEqual([]);
		for (const [t, state] of [
			[a2, 'called'],
			[a3, 'waiting'],
			[a4, 'waiting']
		] as const) {
			expect(gateway.of<TicketView>(rooms.ticket(t.token), 'ticket')).toEqual([
				expect.objectContaining({ number: t.number, state, day: '2026-03-02', expired: true, ahead: 0, etaMinutes: 0 })
			]);
		}

		// A page loaded afterwards says the same, and the next number starts the new day's file.
		expect((await hall.ticket(a4.token))!.view).toMatchObject({ expired: true, ahead: 0 });
		expect((await hall.issueTicket({ siteId: 'site-1', matterId: 'm-elderly' })).ticket).toMatchObject({
			number: 'A001',
			day: '2026-03-03'
		});
	});

	it('moves the screens on even when a request rolled the day over first, and again the next midnight', async () => {
		const [, , , a4] = await eveningHall();
		stop = hall.followDayChange();

		// A screen reloads at 00:00:10, before the timer has fired: the context rolls over lazily.
		vi.setSystemTime(MIDNIGHT + 10_000);
		expect((await hall.hall('site-1')).day).toBe('2026-03-03');
		expect(gateway.pushes).toEqual([]);

		await vi.advanceTimersByTimeAsync(DAY_CHECK_MS);
		await gateway.until((p) => p.to === rooms.ticket(a4.token), 'the expired A004 to its phone');
		expect(gateway.of<HallSnapshot>(rooms.site('site-1'), 'hall').map((s) => s.day)).toEqual(['2026-03-03']);

		// A whole day later (the timer re-armed itself), the next midnight is pushed once more.
		await vi.advanceTimersByTimeAsync(24 * 60 * MIN);
		await gateway.until((p) => p.event === 'hall' && (p.data as HallSnapshot).day === '2026-03-04', 'the hall of 03-04');
		expect(gateway.of<HallSnapshot>(rooms.site('site-1'), 'hall').map((s) => s.day)).toEqual(['2026-03-03', '2026-03-04']);
		// Yesterday's phones were told once; a ticket expired the day before is not pushed again.
		expect(gateway.of(rooms.ticket(a4.token), 'ticket')).toHaveLength(1);
	});

	it('stops when asked', async () => {
		await eveningHall();
		hall.followDayChange()();
		await vi.advanceTimersByTimeAsync(20 * MIN);
		expect(gateway.pushes).toEqual([]);
	});
});
