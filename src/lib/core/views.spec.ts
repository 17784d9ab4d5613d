import { describe, expect, it } from 'vitest';
import { hallSnapshot } from './hall-view';
import { DEFAULT_NOTICE, type DayRecord } from './state';
import { dayWith, run, testConfig, T0 } from './testing';
import { caseView, isExpired, ticketView } from './ticket-view';
import { expiredTicketTitle } from './labels';
import { windowView } from './window-view';

const config = testConfig();

describe('hallSnapshot: the lobby screen', () => {
	it('shows each window with its current number and clerk, waiting per category and the newest call first', () => {
		let day: DayRecord = dayWith(['m-residence', 'm-elderly', 'm-pension']);
		day = run(config, day, 'w1', { action: 'call' }).day;
		day = run(config, day, 'w3', { action: 'call' }).day;
		const snap = hallSnapshot(config, day, 'site-1');
		expect(snap.windows.map((w) => [w.name, w.current?.number ?? null, w.staffNo])).toEqual([
			['1号窗口', 'A001', 'YZ-s1a'],
			['2号窗口', null, null],
			['3号窗口', 'B001', 'YZ-s3a']
		]);
		expect(snap.categories.map((c) => [c.prefix, c.waiting])).toEqual([
			['A', 1],
			['B', 0]
		]);
		expect(snap.calls.map((c) => c.number)).toEqual(['B001', 'A001']);
		expect(snap.seq).toBe(2);
		expect(snap.notice).toBe(DEFAULT_NOTICE);
	});

	it('shows a paused window with its reason, and nothing of another site', () => {
		const day = run(config, dayWith([]), 'w2', { action: 'pause', reason: '午休' }).day;
		expect(hallSnapshot(config, day, 'site-1').windows[1]).toMatchObject({ status: 'paused', pauseReason: '午休' });
		expect(hallSnapshot(config, day, 'elsewhere').windows).toEqual([]);
	});
});

describe('ticketView: the resident’s phone', () => {
	it('counts the people ahead and the windows that serve the matter', () => {
		const day = dayWith(['m-elderly', 'm-elderly', 'm-elderly']);
		const view = ticketView(config, day, day.tickets[2]);
		expect(view).toMatchObject({ number: 'A003', state: 'waiting', ahead: 2, windowNames: ['1号窗口', '2号窗口'] });
		expect(view.etaMinutes).toBeGreaterThan(0);
		expect(view.statusPath).toBe('/t/20260302tokA003');
	});

	it('when called, names the window and waits no more', () => {
		const plan = run(config, dayWith(['m-residence']), 'w1', { action: 'call' });
		expect(ticketView(config, plan.day, plan.ticket!)).toMatchObject({
			state: 'called',
			windowName: '1号窗口',
			ahead: 0,
			etaMinutes: 0
		});
	});

	it('after a 承诺件 follows its case, overdue once the promised day has passed', () => {
		const called = run(config, dayWith(['m-permit']), 'w1', { action: 'call' }).day;
		const plan = run(config, called, 'w1', { action: 'finish', outcome: { kind: 'accepted' } });
		const view = ticketView(config, plan.day, plan.ticket!, plan.cases, '2026-03-06');
		expect(view.outcome).toMatchObject({ kind: 'accepted', label: '承诺件受理', dueDay: '2026-03-05' });
		expect(view.case).toMatchObject({ kindLabel: '承诺件', matterName: '个体工商户登记', overdue: true, state: 'open' });
		expect(caseView(config, plan.cases![0], '2026-03-05').overdue).toBe(false);
	});
});

describe('ticketView after the hall’s day has changed', () => {
	const NEXT = '2026-03-03';

	it('shows a ticket still waiting from an earlier day as expired, with nobody ahead and no wait', () => {
		const day = dayWith(['m-elderly', 'm-elderly', 'm-elderly']);
		expect(ticketView(config, day, day.tickets[2])).toMatchObject({ expired: false, ahead: 2, day: '2026-03-02' });
		expect(ticketView(config, day, day.tickets[2], [], NEXT)).toMatchObject({
			number: 'A003',
			state: 'waiting',
			day: '2026-03-02',
			expired: true,
			ahead: 0,
			etaMinutes: 0
		});
	});

	it('expires called, serving and held tickets too, but not finished or missed ones', () => {
		let day = dayWith(['m-residence', 'm-elderly', 'm-elderly', 'm-pension', 'm-residence']);
		day = run(config, day, 'w1', { action: 'call' }).day; // A001 called
		day = run(config, day, 'w1', { action: 'hold', note: '取证件' }).day; // A001 on hold
		day = run(config, day, 'w2', { action: 'call' }).day; // A002 called
		day = run(config, day, 'w2', { action: 'start' }).day; // A002 serving
		day = run(config, day, 'w3', { action: 'call' }).day; // B001 called
		day = run(config, day, 'w3', { action: 'finish', outcome: { kind: 'done' } }).day; // B001 done
		day = run(config, day, 'w1', { action: 'call' }).day; // A003 called
		day = run(config, day, 'w1', { action: 'no_show' }).day; // A003 missed
		day = run(config, day, 'w1', { action: 'call' }).day; // A004 called
		const shown = day.tickets.map((t) => [t.number, t.state, ticketView(config, day, t, [], NEXT).expired]);
		expect(shown).toEqual([
			['A001', 'on_hold', true],
			['A002', 'serving', true],
			['A003', 'no_show', false],
			['B001', 'done', false],
			['A004', 'called', true]
		]);
		expect(day.tickets.every((t) => !isExpired(t, t.day))).toBe(true);
	});

	it('says which day the number was taken, in Chinese first', () => {
		expect(expiredTicketTitle('2026-03-02')).toBe('3月2日取的号，当日未办理');
		expect(expiredTicketTitle('2026-03-02', 'en')).toBe('Taken on 2026-03-02, not served that day');
	});
});

describe('windowView: the clerk’s console', () => {
	it('shows the current ticket with its kind, outcomes, materials and the recall suggestion', () => {
		let day = run(config, dayWith(['m-permit']), 'w1', { action: 'call' }).day;
		for (let i = 0; i < 3; i++) day = run(config, day, 'w1', { action: 'recall' }).day;
		const view = windowView(config, day, 'w1', 's1a')!;
		expect(view.staff).toMatchObject({ role: 'A', staffNo: 'YZ-s1a' });
		expect(view.current).toMatchObject({
			number: 'A001',
			matterKind: 'promised',
			outcomes: ['accepted', 'rejected', 'incomplete'],
			materials: ['身份证', '经营场所证明'],
			recalls: 3,
			suggestNoShow: true
		});
	});

	it('lists held tickets, incoming transfers with the reason, and who may not act', () => {
		let day = dayWith(['m-residence', 'm-elderly']);
		day = run(config, day, 'w1', { action: 'call' }).day;
		day = run(config, day, 'w1', { action: 'hold', note: '取证件' }, { now: T0 + 5 }).day;
		day = run(config, day, 'w1', { action: 'call' }).day;
		day = run(config, day, 'w1', { action: 'transfer', toWindowId: 'w2', reason: '需复核' }).day;
		const one = windowView(config, day, 'w1', 's1b', { blocked: 'A岗正在工作' })!;
		expect(one.held).toEqual([expect.objectContaining({ number: 'A001', note: '取证件' })]);
		expect(one).toMatchObject({ blocked: 'A岗正在工作', staff: { role: 'B' } });
		const two = windowView(config, day, 'w2', 's2a')!;
		expect(two.incoming).toEqual([{ number: 'A002', matterName: '高龄津贴申领', fromWindowName: '1号窗口', reason: '需复核' }]);
		expect(windowView(config, day, 'nope', 's1a')).toBeNull();
	});
});
