import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN, T0, categories, issue, matters } from './testing';
import { actionLabel, applyAction, newTicket, stateLabel, transitions, type ActiveAction } from './tickets';
import type { Ticket, TicketState } from './types';

function deepFreeze<T>(o: T): T {
	if (o && typeof o === 'object') {
		Object.values(o).forEach(deepFreeze);
		Object.freeze(o);
	}
	return o;
}

const actions: ActiveAction[] = ['call', 'recall', 'start', 'finish', 'no_show', 'transfer', 'hold', 'callback'];
const states: TicketState[] = ['waiting', 'called', 'serving', 'done', 'no_show', 'on_hold'];

describe('newTicket', () => {
	it('is waiting, queued at issue time, with one issue event', () => {
		const t = newTicket({
			id: 't1',
			token: 'tok',
			siteId: 'site-1',
			day: '2026-03-02',
			category: categories[0],
			matter: matters[0],
			priority: true,
			missing: ['户口簿'],
			now: T0,
			seq: 1,
			number: 'A001'
		});
		expect(t).toEqual({
			id: 't1',
			token: 'tok',
			siteId: 'site-1',
			day: '2026-03-02',
			prefix: 'A',
			seq: 1,
			number: 'A001',
			categoryId: 'civil',
			matterId: 'm-residence',
			priority: true,
			state: 'waiting',
			issuedAt: T0,
			queuedAt: T0,
			recalls: 0,
			missing: ['户口簿'],
			events: [{ action: 'issue', at: T0 }]
		});
	});

	it('refuses a matter from another category', () => {
		expect(() =>
			newTicket({
				id: 't',
				token: 'k',
				siteId: 's',
				day: 'd',
				category: categories[1],
				matter: matters[0],
				priority: false,
				missing: [],
				now: T0,
				seq: 1,
				number: 'B001'
			})
		).toThrow(expect.objectContaining({ code: 'invalid' }));
	});
});

describe('applyAction', () => {
	const waiting = deepFreeze(issue([], 'm-residence', T0));

	it('call: called at the window by the clerk', () => {
		const t = applyAction(waiting, 'call', { now: T0 + MIN, windowId: 'w1', staffId: 's1a' });
		expect(t.state).toBe('called');
		expect(t.calledAt).toBe(T0 + MIN);
		expect(t.windowId).toBe('w1');
		expect(t.staffId).toBe('s1a');
		expect(t.events.at(-1)).toEqual({ action: 'call', at: T0 + MIN, windowId: 'w1', staffId: 's1a' });
		expect(t.events).toHaveLength(2);
		expect(waiting.state).toBe('waiting'); // input untouched (and frozen)
	});

	it('call needs a window', () => {
		expect(() => applyAction(waiting, 'call', { now: T0 })).toThrow(expect.objectContaining({ code: 'invalid' }));
	});

	it('recall: counts, stays called, keeps the first call time', () => {
		const called = deepFreeze(applyAction(waiting, 'call', { now: T0 + MIN, windowId: 'w1', staffId: 's1a' }));
		const once = applyAction(called, 'recall', { now: T0 + 2 * MIN });
		const twice = applyAction(once, 'recall', { now: T0 + 3 * MIN });
		expect([twice.state, twice.recalls, twice.calledAt]).toEqual(['called', 2, T0 + MIN]);
		expect(twice.events.map((e) => e.action)).toEqual(['issue', 'call', 'recall', 'recall']);
		expect(twice.events.at(-1)).toEqual({ action: 'recall', at: T0 + 3 * MIN, windowId: 'w1', staffId: 's1a' });
		expect(called.recalls).toBe(0);
	});

	it('start then finish: serving, then done with both times', () => {
		const called = applyAction(waiting, 'call', { now: T0 + MIN, windowId: 'w1' });
		const serving = applyAction(called, 'start', { now: T0 + 2 * MIN, windowId: 'w1' });
		const done = applyAction(serving, 'finish', { now: T0 + 9 * MIN, windowId: 'w1', note: '已发证明' });
		expect([serving.state, serving.servingAt]).toEqual(['serving', T0 + 2 * MIN]);
		expect([done.state, done.servingAt, done.doneAt, done.windowId]).toEqual(['done', T0 + 2 * MIN, T0 + 9 * MIN, 'w1']);
		expect(done.events.at(-1)).toEqual({ action: 'finish', at: T0 + 9 * MIN, windowId: 'w1', note: '已发证明' });
	});

	it('finish straight from called', () => {
		const called = applyAction(waiting, 'call', { now: T0 + MIN, windowId: 'w1' });
		const done = applyAction(called, 'finish', { now: T0 + 2 * MIN });
		expect([done.state, done.servingAt, done.doneAt]).toEqual(['done', undefined, T0 + 2 * MIN]);
	});

	it('no_show: closed with doneAt', () => {
		const called = applyAction(waiting, 'call', { now: T0 + MIN, windowId: 'w1' });
		const gone = applyAction(called, 'no_show', { now: T0 + 4 * MIN });
		expect([gone.state, gone.doneAt, gone.windowId]).toEqual(['no_show', T0 + 4 * MIN, 'w1']);
	});

	it('transfer: back to waiting in the new matter, keeping its place', () => {
		const called = applyAction(waiting, 'call', { now: T0 + MIN, windowId: 'w1', staffId: 's1a' });
		const serving = deepFreeze(applyAction(applyAction(called, 'recall', { now: T0 + 2 * MIN }), 'start', { now: T0 + 3 * MIN }));
		const moved = applyAction(serving, 'transfer', {
			now: T0 + 5 * MIN,
			windowId: 'w1',
			staffId: 's1a',
			note: '需先办理医保',
			transferTo: { matterId: 'm-medical', categoryId: 'social', targetWindowId: 'w3' }
		});
		expect(moved).toMatchObject({
			state: 'waiting',
			matterId: 'm-medical',
			categoryId: 'social',
			targetWindowId: 'w3',
			queuedAt: T0,
			issuedAt: T0,
			number: 'A001',
			recalls: 0
		});
		for (const k of ['windowId', 'staffId', 'calledAt', 'servingAt'] as const) expect(moved).not.toHaveProperty(k);
		expect(moved.events.at(-1)).toEqual({
			action: 'transfer',
			at: T0 + 5 * MIN,
			windowId: 'w1',
			staffId: 's1a',
			note: '需先办理医保',
			fromMatterId: 'm-residence',
			toMatterId: 'm-medical',
			toWindowId: 'w3'
		});
		expect(serving.state).toBe('serving');

		const untargeted = applyAction(moved, 'transfer', {
			now: T0 + 6 * MIN,
			transferTo: { matterId: 'm-pension', categoryId: 'social' }
		});
		expect(untargeted).not.toHaveProperty('targetWindowId');
		expect(untargeted.queuedAt).toBe(T0);
	});

	it('hold frees the window but keeps the ticket with it; callback calls it there again', () => {
		const called = applyAction(waiting, 'call', { now: T0 + MIN, windowId: 'w1', staffId: 's1a' });
		const recalled = applyAction(called, 'recall', { now: T0 + 2 * MIN });
		const serving = applyAction(recalled, 'start', { now: T0 + 3 * MIN });
		const held = deepFreeze(
			applyAction(serving, 'hold', { now: T0 + 4 * MIN, windowId: 'w1', staffId: 's1a', note: '回家取户口簿' })
		);
		expect(held).toMatchObject({ state: 'on_hold', windowId: 'w1', heldAt: T0 + 4 * MIN, queuedAt: T0 });
		expect(held.events.at(-1)).toEqual({
			action: 'hold',
			at: T0 + 4 * MIN,
			windowId: 'w1',
			staffId: 's1a',
			note: '回家取户口簿'
		});
		// Another window cannot call it back: the first window owns it (首问负责制).
		expect(() => applyAction(held, 'callback', { now: T0 + 5 * MIN, windowId: 'w2' })).toThrow(
			expect.objectContaining({ code: 'illegal_transition' })
		);
		const back = applyAction(held, 'callback', { now: T0 + 20 * MIN, windowId: 'w1', staffId: 's1b' });
		expect(back).toMatchObject({
			state: 'called',
			windowId: 'w1',
			staffId: 's1b',
			calledAt: T0 + 20 * MIN,
			recalls: 0,
			queuedAt: T0
		});
		expect(back).not.toHaveProperty('heldAt');
		expect(back).not.toHaveProperty('servingAt');
	});

	it('finish records the outcome on the ticket and its event', () => {
		const called = applyAction(waiting, 'call', { now: T0 + MIN, windowId: 'w1' });
		const outcome = { kind: 'incomplete' as const, missing: ['户口簿'], reason: '缺户口簿原件' };
		const done = applyAction(called, 'finish', { now: T0 + 2 * MIN, outcome });
		expect(done.outcome).toEqual(outcome);
		expect(done.events.at(-1)).toEqual({ action: 'finish', at: T0 + 2 * MIN, windowId: 'w1', outcome });
	});

	it('transfer needs a target matter', () => {
		expect(() => applyAction(waiting, 'transfer', { now: T0 })).toThrow(expect.objectContaining({ code: 'invalid' }));
	});

	it('another window cannot move a ticket held elsewhere', () => {
		const called = applyAction(waiting, 'call', { now: T0 + MIN, windowId: 'w1' });
		expect(() => applyAction(called, 'finish', { now: T0 + 2 * MIN, windowId: 'w2' })).toThrow(
			expect.objectContaining({ code: 'illegal_transition', status: 409, message: 'A001号正在其他窗口办理，不能执行"办结"' })
		);
	});

	it('refuses an illegal action with a Chinese message', () => {
		const done = applyAction(applyAction(waiting, 'call', { now: T0, windowId: 'w1' }), 'finish', { now: T0 + MIN });
		expect(() => applyAction(done, 'call', { now: T0 + 2 * MIN, windowId: 'w1' })).toThrow(
			expect.objectContaining({ code: 'illegal_transition', status: 409, message: 'A001号当前状态为"已办结"，不能执行"叫号"' })
		);
	});

	it('accepts exactly the transitions in the table, for every state and action', () => {
		const tickets = {
			waiting: waiting,
			called: applyAction(waiting, 'call', { now: T0, windowId: 'w1' }),
			serving: applyAction(applyAction(waiting, 'call', { now: T0, windowId: 'w1' }), 'start', { now: T0 }),
			done: applyAction(applyAction(waiting, 'call', { now: T0, windowId: 'w1' }), 'finish', { now: T0 }),
			no_show: applyAction(applyAction(waiting, 'call', { now: T0, windowId: 'w1' }), 'no_show', { now: T0 }),
			on_hold: applyAction(applyAction(waiting, 'call', { now: T0, windowId: 'w1' }), 'hold', { now: T0 })
		} satisfies Record<TicketState, Ticket>;
		fc.assert(
			fc.property(fc.constantFrom(...states), fc.constantFrom(...actions), (state, action) => {
				const ctx = { now: T0 + MIN, windowId: 'w1', transferTo: { matterId: 'm-elderly', categoryId: 'civil' } };
				const run = () => applyAction(tickets[state], action, ctx);
				if (transitions[action].includes(state)) expect(run().events.at(-1)?.action).toBe(action);
				else expect(run).toThrow(expect.objectContaining({ code: 'illegal_transition' }));
			})
		);
	});
});

describe('labels', () => {
	it('names states and actions in Chinese', () => {
		expect(states.map(stateLabel)).toEqual(['等候中', '已叫号', '办理中', '已办结', '已过号', '已挂起']);
		expect((['issue', ...actions] as const).map(actionLabel)).toEqual([
			'取号',
			'叫号',
			'重呼',
			'开始办理',
			'办结',
			'过号',
			'转移',
			'挂起',
			'回呼'
		]);
	});

	it('has the documented transition table', () => {
		expect(transitions).toEqual({
			issue: [],
			call: ['waiting'],
			recall: ['called'],
			start: ['called'],
			finish: ['called', 'serving'],
			no_show: ['called', 'on_hold'],
			transfer: ['waiting', 'called', 'serving', 'on_hold'],
			hold: ['called', 'serving'],
			callback: ['on_hold']
		});
	});
});
