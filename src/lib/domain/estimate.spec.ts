import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateWaitMinutes, placeInQueue, recentServiceMinutes } from './estimate';
import { MIN, T0, issue, windows } from './testing';
import { applyAction } from './tickets';
import type { Ticket } from './types';

function served(tickets: Ticket[], matterId: string, calledAt: number, minutes: number): Ticket {
	const t = issue(tickets, matterId, calledAt - MIN);
	const called = applyAction(t, 'call', { now: calledAt, windowId: 'w1' });
	return applyAction(called, 'finish', { now: calledAt + minutes * MIN });
}

describe('recentServiceMinutes', () => {
	it('measures call to done of the latest finished tickets of the matter, newest first', () => {
		const tickets: Ticket[] = [];
		tickets.push(served(tickets, 'm-residence', T0, 5));
		tickets.push(served(tickets, 'm-residence', T0 + 30 * MIN, 7.5));
		tickets.push(served(tickets, 'm-elderly', T0 + 40 * MIN, 20));
		tickets.push(served(tickets, 'm-residence', T0 + 60 * MIN, 3));
		tickets.push(
			applyAction(applyAction(issue(tickets, 'm-residence', T0), 'call', { now: T0 + 70 * MIN, windowId: 'w1' }), 'no_show', {
				now: T0 + 75 * MIN
			})
		);
		tickets.push(issue(tickets, 'm-residence', T0 + 80 * MIN));
		expect(recentServiceMinutes(tickets, 'm-residence')).toEqual([3, 7.5, 5]);
		expect(recentServiceMinutes(tickets, 'm-residence', 2)).toEqual([3, 7.5]);
		expect(recentServiceMinutes(tickets, 'm-medical')).toEqual([]);
	});
});

describe('placeInQueue', () => {
	it('counts waiting tickets ahead that compete for the same windows', () => {
		const tickets: Ticket[] = [];
		for (const [m, at] of [
			['m-residence', 0], // w1 only: competes with elderly through w1
			['m-medical', 1], // w3 only: never competes with elderly
			['m-pension', 2], // w2, w3: competes through w2
			['m-elderly', 3], // the resident we ask about (w1, w2)
			['m-residence', 4] // behind
		] as const) {
			tickets.push(issue(tickets, m, T0 + at * MIN));
		}
		const me = tickets[3];
		expect(placeInQueue(tickets, me, windows)).toBe(2);
		expect(placeInQueue(tickets, tickets[0], windows)).toBe(0);
		expect(placeInQueue(tickets, tickets[4], windows)).toBe(2); // residence A001 and elderly A002 (via w1)
	});

	it('counts a later priority ticket ahead, and nothing once called', () => {
		const tickets: Ticket[] = [];
		tickets.push(issue(tickets, 'm-residence', T0));
		tickets.push(issue(tickets, 'm-residence', T0 + MIN, { priority: true }));
		expect(placeInQueue(tickets, tickets[0], windows)).toBe(1);
		const called = applyAction(tickets[0], 'call', { now: T0 + 2 * MIN, windowId: 'w1' });
		expect(placeInQueue(tickets, called, windows)).toBe(0);
	});

	it('ignores other sites and days and tickets targeted at a window that cannot serve it', () => {
		const tickets: Ticket[] = [];
		tickets.push(issue(tickets, 'm-elderly', T0, { siteId: 'site-2' }));
		tickets.push(issue(tickets, 'm-elderly', T0, { day: '2026-03-01' }));
		const pensionForW3 = applyAction(issue(tickets, 'm-pension', T0), 'transfer', {
			now: T0,
			transferTo: { matterId: 'm-pension', categoryId: 'social', targetWindowId: 'w3' }
		});
		tickets.push(pensionForW3);
		tickets.push(issue(tickets, 'm-elderly', T0 + MIN));
		expect(placeInQueue(tickets, tickets[3], windows)).toBe(0);
	});

	it('falls back to the same matter when no window serves it now', () => {
		const tickets: Ticket[] = [];
		tickets.push(issue(tickets, 'm-residence', T0));
		tickets.push(issue(tickets, 'm-elderly', T0 + MIN));
		tickets.push(issue(tickets, 'm-residence', T0 + 2 * MIN));
		expect(placeInQueue(tickets, tickets[2], [])).toBe(1);
	});
});

describe('estimateWaitMinutes', () => {
	it('is zero with nobody ahead', () => {
		expect(estimateWaitMinutes(0, [5, 6], 2)).toBe(0);
	});

	it('uses the mean service time shared among windows, rounded up', () => {
		expect(estimateWaitMinutes(3, [4, 6], 1)).toBe(15);
		expect(estimateWaitMinutes(3, [4, 6], 2)).toBe(8); // 7.5 -> 8
		expect(estimateWaitMinutes(3, [0.1, 0.2, 0.3], 1)).toBe(1); // 0.6000000000000001 -> 1, not 2
	});

	it('uses the default when there are no samples, and ignores outliers over two hours', () => {
		expect(estimateWaitMinutes(2, [], 1)).toBe(16);
		expect(estimateWaitMinutes(2, [], 1, 5)).toBe(10);
		expect(estimateWaitMinutes(2, [10, 300], 1)).toBe(20);
		expect(estimateWaitMinutes(2, [300], 0)).toBe(16);
	});

	it('never promises zero minutes while someone is ahead, and grows with the queue', () => {
		const samples = fc.array(fc.double({ min: 0, max: 200, noNaN: true }), { maxLength: 10 });
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 200 }), samples, fc.integer({ min: 0, max: 8 }), (ahead, s, w) => {
				const eta = estimateWaitMinutes(ahead, s, w);
				expect(Number.isInteger(eta)).toBe(true);
				expect(eta).toBeGreaterThanOrEqual(1);
				expect(estimateWaitMinutes(ahead + 1, s, w)).toBeGreaterThanOrEqual(eta);
			})
		);
	});
});
