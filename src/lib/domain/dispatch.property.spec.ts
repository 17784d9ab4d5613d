/**
 * Random days at a hall with three windows whose matters overlap: residents take numbers, clerks
 * call, start, finish, mark no-shows and transfer, and stray actions hit random tickets.
 * After every step the queue invariants must hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { callNext, heldBy } from './dispatch';
import { MIN, T0, issue, matters, windows } from './testing';
import { applyAction, isHeld, transitions, type ActiveAction } from './tickets';
import type { ServiceWindow, Ticket, TicketState } from './types';

type Op =
	| { kind: 'issue'; matter: number; priority: boolean; otherSite: boolean; nextDay: boolean; dt: number }
	| { kind: 'call'; w: number }
	| { kind: 'start' | 'finish' | 'no_show'; w: number }
	| { kind: 'transfer'; w: number; matter: number; target: number | null }
	| { kind: 'stray'; ticket: number; action: ActiveAction };

const op: fc.Arbitrary<Op> = fc.oneof(
	{
		weight: 4,
		arbitrary: fc.record({
			kind: fc.constant('issue' as const),
			matter: fc.nat({ max: matters.length - 1 }),
			priority: fc.nat({ max: 4 }).map((n) => n === 0), // about one in five
			otherSite: fc.boolean(),
			nextDay: fc.boolean(),
			dt: fc.nat({ max: 3 })
		})
	},
	{ weight: 4, arbitrary: fc.record({ kind: fc.constant('call' as const), w: fc.nat({ max: 2 }) }) },
	{
		weight: 3,
		arbitrary: fc.record({
			kind: fc.constantFrom('start' as const, 'finish' as const, 'no_show' as const),
			w: fc.nat({ max: 2 })
		})
	},
	{
		weight: 1,
		arbitrary: fc.record({
			kind: fc.constant('transfer' as const),
			w: fc.nat({ max: 2 }),
			matter: fc.nat({ max: matters.length - 1 }),
			target: fc.option(fc.nat({ max: 2 }))
		})
	},
	{
		weight: 2,
		arbitrary: fc.record({
			kind: fc.constant('stray' as const),
			ticket: fc.nat(),
			action: fc.constantFrom<ActiveAction>('call', 'recall', 'start', 'finish', 'no_show', 'transfer')
		})
	}
);

class Hall {
	tickets: Ticket[] = [];
	now = T0;

	replace(t: Ticket) {
		const i = this.tickets.findIndex((x) => x.id === t.id);
		expect(i).toBeGreaterThanOrEqual(0);
		this.tickets[i] = t;
	}

	/** Oracle for (c), written without queueOrder: what a window may call right now. */
	callable(w: ServiceWindow): Ticket[] {
		return this.tickets.filter(
			(t) =>
				t.state === 'waiting' &&
				t.siteId === w.siteId &&
				w.matterIds.includes(t.matterId) &&
				(t.targetWindowId === undefined || t.targetWindowId === w.id)
		);
	}

	call(w: ServiceWindow) {
		this.now += MIN;
		const before = this.tickets.map((t) => ({ ...t }));
		const callable = this.callable(w);
		const held = heldBy(this.tickets, w.id);
		let called: Ticket;
		try {
			called = callNext(this.tickets, w, { now: this.now, staffId: w.staffA });
		} catch (e) {
			expect(e).toBeInstanceOf(DomainError);
			const code = (e as DomainError).code;
			if (held) expect(code).toBe('window_busy');
			else {
				expect(code).toBe('queue_empty');
				expect(callable).toEqual([]);
			}
			expect(this.tickets).toEqual(before);
			return;
		}
		expect(held).toBeUndefined();
		const was = before.find((t) => t.id === called.id);
		// (b) never a ticket somebody already called.
		expect(was?.state).toBe('waiting');
		expect(callable.map((t) => t.id)).toContain(called.id);
		// (c) priority class first, then FIFO by queuedAt within the class.
		if (callable.some((t) => t.priority)) expect(called.priority).toBe(true);
		const sameClass = callable.filter((t) => t.priority === called.priority);
		expect(called.queuedAt).toBe(Math.min(...sameClass.map((t) => t.queuedAt)));
		expect(called).toMatchObject({ state: 'called', windowId: w.id, calledAt: this.now });
		this.replace(called);
	}

	/** A clerk action on whatever the window holds. */
	atWindow(
		w: ServiceWindow,
		action: ActiveAction,
		transferTo?: { matterId: string; categoryId: string; targetWindowId?: string }
	) {
		this.now += MIN;
		const held = heldBy(this.tickets, w.id);
		if (!held) return;
		const ctx = { now: this.now, windowId: w.id, staffId: w.staffA, transferTo };
		if (transitions[action].includes(held.state)) this.replace(applyAction(held, action, ctx));
		else expect(() => applyAction(held, action, ctx)).toThrow(expect.objectContaining({ code: 'illegal_transition' }));
	}

	/** (d) A stray action on any ticket: applied iff the table allows it, otherwise refused. */
	stray(index: number, action: ActiveAction) {
		if (this.tickets.length === 0) return;
		this.now += MIN;
		const t = this.tickets[index % this.tickets.length];
		const ctx = {
			now: this.now,
			windowId: t.windowId ?? windows[0].id,
			transferTo: { matterId: t.matterId, categoryId: t.categoryId }
		};
		if (!transitions[action].includes(t.state)) {
			expect(() => applyAction(t, action, ctx)).toThrow(expect.objectContaining({ code: 'illegal_transition', status: 409 }));
			return;
		}
		const next = applyAction(t, action, ctx);
		expect(next.events.at(-1)?.action).toBe(action);
		// A stray call would bypass callNext's one-ticket-per-window rule; calls go through callNext only.
		if (action !== 'call') this.replace(next);
	}

	check() {
		// (a) no duplicate number within a site and day.
		const keys = this.tickets.map((t) => `${t.siteId}|${t.day}|${t.number}`);
		expect(new Set(keys).size).toBe(keys.length);
		// (b) a window holds at most one ticket, and every held ticket names its window.
		for (const w of windows) expect(this.tickets.filter((t) => isHeld(t) && t.windowId === w.id).length).toBeLessThanOrEqual(1);
		for (const t of this.tickets) if (isHeld(t)) expect(t.windowId).toBeDefined();
		// (d) every recorded event was legal when applied: replay the history through the table.
		for (const t of this.tickets) {
			expect(t.events[0].action).toBe('issue');
			let state: TicketState = 'waiting';
			for (const e of t.events.slice(1)) {
				expect(transitions[e.action]).toContain(state);
				state =
					e.action === 'call' || e.action === 'recall' || e.action === 'callback'
						? 'called'
						: e.action === 'hold'
							? 'on_hold'
							: e.action === 'start'
								? 'serving'
								: e.action === 'finish'
									? 'done'
									: e.action === 'no_show'
										? 'no_show'
										: 'waiting';
			}
			expect(t.state).toBe(state);
		}
	}
}

function run(ops: Op[]): Hall {
	const hall = new Hall();
	for (const o of ops) {
		switch (o.kind) {
			case 'issue':
				hall.now += o.dt * MIN;
				hall.tickets.push(
					issue(hall.tickets, matters[o.matter].id, hall.now, {
						priority: o.priority,
						siteId: o.otherSite ? 'site-2' : 'site-1',
						day: o.nextDay ? '2026-03-03' : '2026-03-02'
					})
				);
				break;
			case 'call':
				hall.call(windows[o.w]);
				break;
			case 'transfer': {
				const m = matters[o.matter];
				const serving = windows.filter((w) => w.matterIds.includes(m.id));
				const target = o.target === null ? undefined : serving[o.target % serving.length].id;
				hall.atWindow(windows[o.w], 'transfer', { matterId: m.id, categoryId: m.categoryId, targetWindowId: target });
				break;
			}
			case 'stray':
				hall.stray(o.ticket, o.action);
				break;
			default:
				hall.atWindow(windows[o.w], o.kind);
		}
		hall.check();
	}
	return hall;
}

describe('dispatch over random days', () => {
	it('keeps numbers unique, one ticket per window, FIFO within a class, and only legal transitions', () => {
		fc.assert(
			fc.property(fc.array(op, { maxLength: 120 }), (ops) => {
				run(ops);
			}),
			{ numRuns: 300 }
		);
	});

	it('does not starve anyone: windows that keep calling and finishing empty the queue', () => {
		fc.assert(
			fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
				const hall = run(ops);
				const site1Waiting = () => hall.tickets.filter((t) => t.siteId === 'site-1' && t.state === 'waiting');
				for (let round = 0; round <= hall.tickets.length + windows.length && site1Waiting().length > 0; round++) {
					for (const w of windows) {
						hall.atWindow(w, 'finish');
						if (hall.callable(w).length > 0) hall.call(w);
					}
					hall.check();
				}
				// Every matter has a window and every transfer target serves its matter, so nobody is left.
				expect(site1Waiting()).toEqual([]);
			}),
			{ numRuns: 150 }
		);
	});
});
