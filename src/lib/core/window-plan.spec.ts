import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '$lib/domain/errors';
import { isHeld } from '$lib/domain/tickets';
import type { WindowCommandInput } from './commands';
import type { DayRecord } from './state';
import { DAY, dayWith, run, testConfig, T0 } from './testing';

const config = testConfig();

describe('planWindowAction: what each command does to the day', () => {
	it('叫号 calls the first waiting ticket the window serves, announces it and bumps the push seq', () => {
		const day = dayWith(['m-pension', 'm-residence']);
		const plan = run(config, day, 'w1', { action: 'call' });
		expect(plan.ticket).toMatchObject({ number: 'A001', state: 'called', windowId: 'w1', staffId: 's1a' });
		expect(plan.call).toMatchObject({ number: 'A001', windowId: 'w1', windowNumber: 1, recall: false });
		expect(plan.day.calls.at(-1)).toEqual(plan.call);
		expect(plan.day.seq['site-1']).toBe(1);
		expect(day.tickets[1].state).toBe('waiting'); // the input day is never changed
	});

	it('重呼 announces the same number again as a recall and counts it', () => {
		const called = run(config, dayWith(['m-residence']), 'w1', { action: 'call' }).day;
		const plan = run(config, called, 'w1', { action: 'recall' });
		expect(plan.call).toMatchObject({ number: 'A001', recall: true });
		expect(plan.ticket?.recalls).toBe(1);
	});

	it('开始办理, then 办结 of a 即办件 ends it done with no case', () => {
		let day = run(config, dayWith(['m-residence']), 'w1', { action: 'call' }).day;
		day = run(config, day, 'w1', { action: 'start' }).day;
		const plan = run(config, day, 'w1', { action: 'finish' });
		expect(plan.ticket).toMatchObject({ state: 'done', outcome: { kind: 'done' } });
		expect(plan.cases).toBeUndefined();
		expect(plan.call).toBeUndefined();
	});

	it('办结 of a 承诺件 opens a case due in its promised working days', () => {
		const day = run(config, dayWith(['m-permit']), 'w1', { action: 'call' }).day;
		const plan = run(config, day, 'w1', { action: 'finish', outcome: { kind: 'accepted' } });
		expect(plan.ticket?.outcome).toMatchObject({ kind: 'accepted', caseNo: '20260302-001', dueDay: '2026-03-05' });
		expect(plan.cases).toEqual([
			expect.objectContaining({ caseNo: '20260302-001', state: 'open', windowId: 'w1', staffId: 's1a', dueDay: '2026-03-05' })
		]);
	});

	it('材料不全 keeps the list of missing materials; an unknown one is refused', () => {
		const day = run(config, dayWith(['m-permit']), 'w1', { action: 'call' }).day;
		const plan = run(config, day, 'w1', { action: 'finish', outcome: { kind: 'incomplete', missing: ['经营场所证明'] } });
		expect(plan.ticket?.outcome).toMatchObject({ kind: 'incomplete', missing: ['经营场所证明'] });
	});

	it('过号 ends a called ticket as no-show', () => {
		const day = run(config, dayWith(['m-residence']), 'w1', { action: 'call' }).day;
		expect(run(config, day, 'w1', { action: 'no_show' }).ticket?.state).toBe('no_show');
	});

	it('转移 to another window keeps the place in the queue and records the reason', () => {
		const day = run(config, dayWith(['m-elderly']), 'w1', { action: 'call' }).day;
		const plan = run(config, day, 'w1', { action: 'transfer', toWindowId: 'w2', reason: '需社保窗口复核' });
		expect(plan.ticket).toMatchObject({ state: 'waiting', targetWindowId: 'w2', issuedAt: day.tickets[0].issuedAt });
		expect(plan.ticket?.events.at(-1)).toMatchObject({ action: 'transfer', note: '需社保窗口复核' });
	});

	it('转移 is refused to the same window, to a window that does not serve the matter, and without a target', () => {
		const day = run(config, dayWith(['m-residence']), 'w1', { action: 'call' }).day;
		expect(() => run(config, day, 'w1', { action: 'transfer', toWindowId: 'w1', reason: 'x' })).toThrow('不能转移到本窗口');
		expect(() => run(config, day, 'w1', { action: 'transfer', toWindowId: 'w3', reason: 'x' })).toThrow(
			'3号窗口不办理"居住证明"，请另选窗口或事项'
		);
		expect(() => run(config, day, 'w1', { action: 'transfer', reason: 'x' })).toThrow('请选择转往的窗口或事项');
	});

	it('挂起 and 回呼: the held ticket stays with its window and is called back there', () => {
		let day = run(config, dayWith(['m-residence']), 'w1', { action: 'call' }).day;
		const held = run(config, day, 'w1', { action: 'hold', note: '回去取证件' });
		expect(held.ticket).toMatchObject({ state: 'on_hold', windowId: 'w1' });
		day = held.day;
		expect(() => run(config, day, 'w2', { action: 'callback', ticketId: held.ticket!.id })).toThrow('未找到该挂起的号');
		const back = run(config, day, 'w1', { action: 'callback', ticketId: held.ticket!.id });
		expect(back.ticket?.state).toBe('called');
		expect(back.call?.number).toBe('A001');
	});

	it('选号呼叫 calls a given waiting number the window serves', () => {
		const day = dayWith(['m-residence', 'm-elderly']);
		expect(run(config, day, 'w1', { action: 'call_number', number: 'a002' }).ticket?.number).toBe('A002');
		expect(() => run(config, day, 'w1', { action: 'call_number', number: 'A009' })).toThrow('未找到该A009号');
	});

	it('暂停 and 恢复服务 change the window state and go to the audit trail with who and why', () => {
		const paused = run(config, dayWith([]), 'w1', { action: 'pause', reason: '系统故障' }, { now: T0 });
		expect(paused.day.windows?.w1).toMatchObject({ status: 'paused', reason: '系统故障', staffId: 's1a', since: T0 });
		expect(paused.day.audit?.at(-1)).toEqual({ at: T0, staffId: 's1a', action: 'pause', windowId: 'w1', note: '系统故障' });
		const resumed = run(config, paused.day, 'w1', { action: 'resume' }, { staffId: 's1b' });
		expect(resumed.day.windows?.w1).toMatchObject({ status: 'open', staffId: 's1b' });
		expect(resumed.day.windows?.w1.reason).toBeUndefined();
	});
});

/** Random clerk commands at the three windows of a day with waiting residents. */
const command: fc.Arbitrary<[string, WindowCommandInput]> = fc.tuple(
	fc.constantFrom('w1', 'w2', 'w3'),
	fc.oneof(
		fc.constantFrom<WindowCommandInput>(
			{ action: 'call' },
			{ action: 'call' },
			{ action: 'recall' },
			{ action: 'start' },
			{ action: 'no_show' },
			{ action: 'finish' },
			{ action: 'hold' },
			{ action: 'resume' },
			{ action: 'pause', reason: '临时离开' }
		),
		fc.constantFrom('w1', 'w2', 'w3').map((w): WindowCommandInput => ({ action: 'transfer', toWindowId: w, reason: '转办' })),
		fc.constantFrom('A001', 'A002', 'B001', 'B002').map((n): WindowCommandInput => ({ action: 'call_number', number: n }))
	)
);

describe('any sequence of commands', () => {
	it('keeps every ticket at one window at most, never calls while paused, and only refuses with a DomainError', () => {
		fc.assert(
			fc.property(fc.array(command, { maxLength: 60 }), (commands) => {
				let day: DayRecord = dayWith(['m-residence', 'm-elderly', 'm-pension', 'm-medical', 'm-pension']);
				for (const [windowId, cmd] of commands) {
					let next: DayRecord;
					try {
						next = run(config, day, windowId, cmd).day;
					} catch (e) {
						expect(e).toBeInstanceOf(DomainError);
						continue;
					}
					expect(next.seq['site-1']).toBe((day.seq['site-1'] ?? 0) + 1);
					if (cmd.action === 'call' || cmd.action === 'call_number')
						expect(day.windows?.[windowId]?.status ?? 'open').toBe('open');
					day = next;
					for (const w of config.windows) {
						expect(day.tickets.filter((t) => isHeld(t) && t.windowId === w.id).length).toBeLessThanOrEqual(1);
					}
					expect(new Set(day.tickets.map((t) => t.number)).size).toBe(day.tickets.length);
					expect(day.day).toBe(DAY);
				}
			}),
			{ numRuns: 200 }
		);
	});
});
