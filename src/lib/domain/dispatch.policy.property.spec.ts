/**
 * The dispatch policy's promises, over random halls: priority interleaved at the ratio (no normal
 * ticket waits behind more than `ratio` priority calls in a row), FIFO within a class, weights that
 * never break FIFO within a matter, no ticket at two windows, and every waiting ticket served while
 * an open window serves its matter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callNext, callNumber, eligibleFor, heldBy, nextPriorityStreak, pickNext } from './dispatch';
import { MIN, T0, issue, matters, windows } from './testing';
import { applyAction } from './tickets';
import type { ServiceWindow, Ticket } from './types';

const w1 = windows[0];
const allMatters: ServiceWindow = { ...w1, matterIds: matters.map((m) => m.id) };

type Step = { kind: 'issue'; matter: number; priority: boolean } | { kind: 'call' };
const step: fc.Arbitrary<Step> = fc.oneof(
	fc.record({ kind: fc.constant('issue' as const), matter: fc.nat({ max: matters.length - 1 }), priority: fc.boolean() }),
	fc.record({ kind: fc.constant('call' as const) })
);

describe('priority interleaving', () => {
	it('never makes a waiting normal ticket sit through more than `ratio` priority calls in a row', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 4 }), fc.array(step, { maxLength: 150 }), (ratio, steps) => {
				let tickets: Ticket[] = [];
				let now = T0;
				let streak = 0;
				let priorityRunWhileNormalWaited = 0;
				for (const s of steps) {
					now += MIN;
					if (s.kind === 'issue') {
						tickets.push(issue(tickets, matters[s.matter].id, now, { priority: s.priority }));
						continue;
					}
					const waiting = tickets.filter((t) => eligibleFor(allMatters, t));
					const normalWaiting = waiting.some((t) => !t.priority);
					const priorityWaiting = waiting.some((t) => t.priority);
					const picked = pickNext(tickets, allMatters, { priorityRatio: ratio, priorityStreak: streak, now });
					if (!picked) {
						expect(waiting).toEqual([]);
						continue;
					}
					// Priority first while its turn lasts.
					if (priorityWaiting && streak < ratio) expect(picked.priority).toBe(true);
					// FIFO within the class it picked from.
					const sameClass = waiting.filter((t) => t.priority === picked.priority);
					expect(picked.queuedAt).toBe(Math.min(...sameClass.map((t) => t.queuedAt)));
					if (picked.priority && normalWaiting) priorityRunWhileNormalWaited++;
					else priorityRunWhileNormalWaited = 0;
					expect(priorityRunWhileNormalWaited).toBeLessThanOrEqual(ratio);
					streak = nextPriorityStreak(streak, picked);
					const done = applyAction(applyAction(picked, 'call', { now, windowId: allMatters.id }), 'finish', { now });
					tickets = tickets.map((t) => (t.id === done.id ? done : t));
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('without a ratio, priority is strict', () => {
		const a = issue([], 'm-residence', T0);
		const b = issue([a], 'm-residence', T0 + MIN, { priority: true });
		expect(pickNext([a, b], w1, { priorityStreak: 99 })?.number).toBe(b.number);
		expect(pickNext([a, b], w1, { priorityRatio: 2, priorityStreak: 2 })?.number).toBe(a.number);
		expect(pickNext([a, b], w1, { priorityRatio: 2, priorityStreak: 1 })?.number).toBe(b.number);
		// Only priority tickets waiting: the streak does not block them.
		expect(pickNext([b], w1, { priorityRatio: 1, priorityStreak: 5 })?.number).toBe(b.number);
	});
});

describe('weights', () => {
	it('keep FIFO within each matter and prefer the heavier matter among equally old tickets', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ matter: fc.constantFrom('m-residence', 'm-elderly'), dt: fc.nat({ max: 5 }) }), {
					minLength: 1,
					maxLength: 40
				}),
				fc.double({ min: 0.1, max: 10, noNaN: true }),
				(arrivals, weight) => {
					const w = { ...w1, weights: { 'm-residence': weight } };
					let tickets: Ticket[] = [];
					let now = T0;
					for (const a of arrivals) {
						now += a.dt * MIN;
						tickets.push(issue(tickets, a.matter, now));
					}
					const order: Ticket[] = [];
					for (let i = 0; i < arrivals.length; i++) {
						now += MIN;
						const picked = pickNext(tickets, w, { now })!;
						expect(picked).toBeDefined();
						order.push(picked);
						const called = applyAction(picked, 'call', { now, windowId: w.id });
						tickets = tickets.map((t) => (t.id === called.id ? applyAction(called, 'finish', { now }) : t));
					}
					// Everyone served once; within a matter in arrival order.
					expect(new Set(order.map((t) => t.id)).size).toBe(arrivals.length);
					for (const m of ['m-residence', 'm-elderly']) {
						const q = order.filter((t) => t.matterId === m).map((t) => t.queuedAt);
						expect(q).toEqual([...q].sort((x, y) => x - y));
					}
				}
			),
			{ numRuns: 200 }
		);
		const a = issue([], 'm-elderly', T0);
		const b = issue([a], 'm-residence', T0);
		expect(pickNext([a, b], { ...w1, weights: { 'm-residence': 2 } }, { now: T0 + MIN })?.matterId).toBe('m-residence');
		expect(pickNext([a, b], w1, { now: T0 + MIN })?.number).toBe(a.number);
	});
});

describe('several windows, some paused', () => {
	it('never gives one ticket to two windows, and serves everyone an open window can serve', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						matter: fc.nat({ max: matters.length - 1 }),
						priority: fc.boolean(),
						target: fc.option(fc.nat({ max: 2 }))
					}),
					{ maxLength: 40 }
				),
				fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
				fc.array(fc.nat({ max: 2 }), { maxLength: 200 }),
				fc.integer({ min: 0, max: 3 }),
				(arrivals, paused, order, ratio) => {
					let tickets: Ticket[] = [];
					let now = T0;
					for (const a of arrivals) {
						now += MIN;
						const m = matters[a.matter];
						let t = issue(tickets, m.id, now, { priority: a.priority });
						const serving = windows.filter((w) => w.matterIds.includes(m.id));
						if (a.target !== null) t = { ...t, targetWindowId: serving[a.target % serving.length].id };
						tickets.push(t);
					}
					const open = windows.filter((_, i) => !paused[i]);
					const streaks = new Map<string, number>();
					const calledBy = new Map<string, string>();
					const callAt = (w: ServiceWindow) => {
						now += MIN;
						const held = heldBy(tickets, w.id);
						if (held) {
							tickets = tickets.map((t) => (t.id === held.id ? applyAction(held, 'finish', { now, windowId: w.id }) : t));
							return;
						}
						if (!pickNext(tickets, w)) return;
						const called = callNext(tickets, w, {
							now,
							policy: { priorityRatio: ratio, priorityStreak: streaks.get(w.id) ?? 0 }
						});
						expect(calledBy.has(called.id), `${called.number} called twice`).toBe(false);
						calledBy.set(called.id, w.id);
						streaks.set(w.id, nextPriorityStreak(streaks.get(w.id) ?? 0, called));
						tickets = tickets.map((t) => (t.id === called.id ? called : t));
						for (const x of windows)
							expect(
								tickets.filter((t) => (t.state === 'called' || t.state === 'serving') && t.windowId === x.id).length
							).toBeLessThanOrEqual(1);
					};
					for (const i of order) if (open.length) callAt(open[i % open.length]);
					// Then the open windows keep working until nobody they can serve is left.
					for (let round = 0; round < 2 * arrivals.length + 2; round++) for (const w of open) callAt(w);
					for (const t of tickets) {
						const servable = open.some((w) => eligibleFor(w, { ...t, state: 'waiting' }));
						if (servable) expect(t.state, `${t.number} left waiting`).toBe('done');
						else expect(t.state).toBe('waiting');
					}
				}
			),
			{ numRuns: 200 }
		);
	});
});

describe('callNumber (选号呼叫)', () => {
	it('calls a given waiting number of a matter the window serves, and says why not otherwise', () => {
		const a = issue([], 'm-residence', T0);
		const b = issue([a], 'm-residence', T0 + MIN);
		const c = issue([a, b], 'm-medical', T0 + 2 * MIN);
		const called = callNumber([a, b, c], w1, 'a002', { now: T0 + 3 * MIN, staffId: 's1a' });
		expect(called).toMatchObject({ number: 'A002', state: 'called', windowId: 'w1' });
		expect(called.events.at(-1)?.note).toBe('选号呼叫');
		expect(() => callNumber([a, b, c], w1, 'B001', { now: T0 })).toThrow(
			expect.objectContaining({ message: 'B001号的事项不在1号窗口的办理范围内' })
		);
		expect(() => callNumber([a, b, c], w1, 'A099', { now: T0 })).toThrow(
			expect.objectContaining({ code: 'not_found', message: '未找到该A099号' })
		);
		expect(() => callNumber([a, called, c], w1, 'A001', { now: T0 })).toThrow(expect.objectContaining({ code: 'window_busy' }));
		expect(() => callNumber([a, { ...b, targetWindowId: 'w2' }], w1, 'A002', { now: T0 })).toThrow(
			expect.objectContaining({ message: 'A002号已转给其他窗口办理' })
		);
		const done = applyAction(applyAction(a, 'call', { now: T0, windowId: 'w1' }), 'finish', { now: T0 });
		expect(() => callNumber([done], w1, 'A001', { now: T0 })).toThrow(
			expect.objectContaining({ message: 'A001号当前状态为"已办结"，不能选号呼叫' })
		);
	});
});
