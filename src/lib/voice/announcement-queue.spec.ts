import { describe, expect, it, vi } from 'vitest';
import { AnnouncementQueue, type Announcement } from './announcement-queue';

const call = (n: number, at = 1000 + n): Announcement => ({ key: `t${n}:${at}`, text: `call ${n}`, clips: [], at });

/** A queue whose rounds take `ms` of fake time each; returns what was played, in order. */
function setup(opts: { repeats?: number; gapMs?: number; ms?: number; now?: () => number; ready?: () => Promise<void> } = {}) {
	const log: string[] = [];
	let active = 0;
	const queue = new AnnouncementQueue({
		play: async (a, round) => {
			active++;
			expect(active, 'two announcements played at once').toBe(1);
			log.push(`${a.text}#${round}`);
			await new Promise((r) => setTimeout(r, opts.ms ?? 1000));
			active--;
		},
		sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
		now: opts.now ?? (() => 2000),
		settings: () => ({ repeats: opts.repeats ?? 1, gapMs: opts.gapMs ?? 500 }),
		ready: opts.ready,
		roundTimeoutMs: 60_000
	});
	return { queue, log };
}

describe('AnnouncementQueue', () => {
	it('speaks calls in the order they came, one at a time, each repeated with the gap', async () => {
		vi.useFakeTimers();
		const { queue, log } = setup({ repeats: 2, gapMs: 800 });
		queue.announce(call(1));
		queue.announce(call(2));
		queue.announce(call(3));
		await vi.advanceTimersByTimeAsync(1000);
		expect(log).toEqual(['call 1#0']);
		await vi.advanceTimersByTimeAsync(799);
		expect(log).toEqual(['call 1#0']);
		await vi.runAllTimersAsync();
		expect(log).toEqual(['call 1#0', 'call 1#1', 'call 2#0', 'call 2#1', 'call 3#0', 'call 3#1']);
		vi.useRealTimers();
	});

	it('queues a call once however often it is seen, and never one marked as already shown', async () => {
		vi.useFakeTimers();
		const { queue, log } = setup();
		queue.mark(call(0).key);
		expect(queue.announce(call(0))).toBe(false);
		expect(queue.announce(call(1))).toBe(true);
		expect(queue.announce(call(1))).toBe(false);
		await vi.runAllTimersAsync();
		expect(queue.announce(call(1))).toBe(false);
		// The same ticket recalled later is a new call.
		expect(queue.announce(call(1, 5000))).toBe(true);
		await vi.runAllTimersAsync();
		expect(log).toEqual(['call 1#0', 'call 1#0']);
		vi.useRealTimers();
	});

	it('drops a call that waited longer than two minutes instead of speaking it late', async () => {
		vi.useFakeTimers();
		let now = 0;
		const { queue, log } = setup({ now: () => now, ms: 1000 });
		queue.announce(call(1, 0));
		queue.announce(call(2, 0));
		now = 121_000;
		await vi.runAllTimersAsync();
		expect(log).toEqual(['call 1#0']);
		vi.useRealTimers();
	});

	it('waits for sound to be allowed, then speaks in order', async () => {
		vi.useFakeTimers();
		let allow!: () => void;
		const allowed = new Promise<void>((r) => (allow = r));
		const { queue, log } = setup({ ready: () => allowed });
		queue.announce(call(1));
		queue.announce(call(2));
		await vi.advanceTimersByTimeAsync(10_000);
		expect(log).toEqual([]);
		allow();
		await vi.runAllTimersAsync();
		expect(log).toEqual(['call 1#0', 'call 2#0']);
		vi.useRealTimers();
	});

	it('keeps a bounded memory of keys and a bounded backlog', () => {
		const dropped: string[] = [];
		const queue = new AnnouncementQueue({
			play: () => new Promise(() => undefined),
			sleep: () => Promise.resolve(),
			now: () => 0,
			settings: () => ({ repeats: 1, gapMs: 0 }),
			maxWaiting: 3,
			rememberKeys: 10,
			onDropped: (a) => dropped.push(a.key)
		});
		for (let i = 0; i < 100; i++) queue.announce(call(i, 0));
		expect(queue.size).toBeLessThanOrEqual(3);
		expect(queue.has(call(99, 0).key)).toBe(true);
		expect(queue.has(call(0, 0).key)).toBe(false);
		expect(dropped.length).toBeGreaterThan(90);
	});

	it('bounds the backlog without an onDropped listener too', () => {
		const queue = new AnnouncementQueue({
			play: () => new Promise(() => undefined),
			sleep: () => Promise.resolve(),
			now: () => 0,
			settings: () => ({ repeats: 1, gapMs: 0 }),
			maxWaiting: 3
		});
		for (let i = 0; i < 10; i++) queue.announce(call(i, 0));
		expect(queue.size).toBe(3);
	});

	it('gives up a round that hangs and goes on with the next call', async () => {
		vi.useFakeTimers();
		const log: string[] = [];
		const queue = new AnnouncementQueue({
			play: (a) => {
				log.push(a.text);
				return a.text === 'call 1' ? new Promise(() => undefined) : Promise.resolve();
			},
			sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
			now: () => 2000,
			settings: () => ({ repeats: 1, gapMs: 0 }),
			roundTimeoutMs: 5000
		});
		queue.announce(call(1));
		queue.announce(call(2));
		await vi.advanceTimersByTimeAsync(4999);
		expect(log).toEqual(['call 1']);
		await vi.advanceTimersByTimeAsync(2);
		expect(log).toEqual(['call 1', 'call 2']);
		vi.useRealTimers();
	});
});
