import { describe, expect, it } from 'vitest';
import { callNext, eligibleFor, heldBy, pickNext, queueOrder, waitingFor } from './dispatch';
import { MIN, T0, issue, windows } from './testing';
import { applyAction } from './tickets';
import type { Ticket } from './types';

const [w1, w2, w3] = windows;

/** Issue in order; each spec lists (matter, minutes after T0, priority). */
function hall(spec: [string, number, boolean?][]): Ticket[] {
	const out: Ticket[] = [];
	for (const [matterId, minutes, priority] of spec) out.push(issue(out, matterId, T0 + minutes * MIN, { priority }));
	return out;
}

describe('queueOrder', () => {
	it('puts priority first, then earlier queuedAt, then lower seq', () => {
		const [a, b, c] = hall([
			['m-residence', 0],
			['m-residence', 1, true],
			['m-elderly', 1]
		]);
		const sameTime = { ...a, seq: 9, number: 'A009', id: 'x' };
		expect([c, a, b, sameTime].sort(queueOrder).map((t) => t.number)).toEqual(['A002', 'A001', 'A009', 'A003']);
	});

	it('breaks full ties by number, then id, so sorting is deterministic', () => {
		const [a] = hall([['m-residence', 0]]);
		const b = { ...a, number: 'B001', id: 'b' };
		const a2 = { ...a, id: 'z' };
		expect(queueOrder(a, b)).toBeLessThan(0);
		expect(queueOrder(b, a)).toBeGreaterThan(0);
		expect(queueOrder(a, a2)).toBeLessThan(0);
		expect(queueOrder(a, a)).toBe(0);
	});
});

describe('eligibleFor', () => {
	const [t] = hall([['m-pension', 0]]);
	it('needs waiting, same site, a served matter and no other target', () => {
		expect(eligibleFor(w2, t)).toBe(true);
		expect(eligibleFor(w1, t)).toBe(false); // w1 does not serve pension
		expect(eligibleFor({ ...w2, siteId: 'site-2' }, t)).toBe(false);
		expect(eligibleFor(w2, { ...t, state: 'called' })).toBe(false);
		expect(eligibleFor(w2, { ...t, targetWindowId: 'w3' })).toBe(false);
		expect(eligibleFor(w3, { ...t, targetWindowId: 'w3' })).toBe(true);
	});
});

describe('pickNext and waitingFor', () => {
	it('picks the first eligible ticket in queue order', () => {
		const tickets = hall([
			['m-residence', 0],
			['m-pension', 1],
			['m-elderly', 2, true],
			['m-medical', 3, true]
		]);
		expect(pickNext(tickets, w1)?.number).toBe('A002'); // priority elderly
		expect(pickNext(tickets, w3)?.number).toBe('B002'); // priority medical over earlier pension
		expect(waitingFor(tickets, w2).map((t) => t.number)).toEqual(['A002', 'B001']);
		expect(pickNext([], w1)).toBeUndefined();
	});

	it('a transferred ticket keeps its place ahead of later arrivals', () => {
		let tickets = hall([
			['m-residence', 0],
			['m-pension', 5]
		]);
		const moved = applyAction(tickets[0], 'transfer', {
			now: T0 + 10 * MIN,
			transferTo: { matterId: 'm-pension', categoryId: 'social' }
		});
		tickets = [moved, tickets[1]];
		expect(waitingFor(tickets, w3).map((t) => t.number)).toEqual(['A001', 'B001']);
	});
});

describe('callNext', () => {
	it('calls the next ticket at the window', () => {
		const tickets = hall([['m-residence', 0]]);
		const called = callNext(tickets, w1, { now: T0 + MIN, staffId: 's1a' });
		expect(called).toMatchObject({ number: 'A001', state: 'called', windowId: 'w1', staffId: 's1a', calledAt: T0 + MIN });
	});

	it('refuses while the window still holds a ticket', () => {
		const [a, b] = hall([
			['m-residence', 0],
			['m-residence', 1]
		]);
		const held = applyAction(a, 'call', { now: T0 + MIN, windowId: 'w1' });
		expect(heldBy([held, b], 'w1')?.number).toBe('A001');
		expect(() => callNext([held, b], w1, { now: T0 + 2 * MIN })).toThrow(
			expect.objectContaining({ code: 'window_busy', status: 409, message: '本窗口还有A001号未办结，请先办结或过号' })
		);
	});

	it('says so when nobody waits for the window', () => {
		const tickets = hall([['m-medical', 0]]);
		expect(() => callNext(tickets, w1, { now: T0 })).toThrow(expect.objectContaining({ code: 'queue_empty', status: 409 }));
	});
});
