import { describe, expect, it } from 'vitest';
import {
	allowed,
	commandMeta,
	consoleButtons,
	windowCommandBody,
	windowCommandSchemas,
	type WindowCommandName
} from './commands';
import { testConfig, dayWith, run } from './testing';
import { windowView } from './window-view';
import type { DayRecord } from './state';

const names = Object.keys(windowCommandSchemas) as WindowCommandName[];
const config = testConfig();
const viewOf = (day: DayRecord, blocked: string | null = null) => windowView(config, day, 'w1', 's1a', { blocked })!;
const allowedSet = (day: DayRecord) => names.filter((n) => allowed(viewOf(day), n) === null).sort();

describe('window commands', () => {
	it('each has one schema, a console label and a confirmation', () => {
		for (const n of names) {
			expect(windowCommandSchemas[n].shape.action.value).toBe(n);
			expect(commandMeta[n].label.length).toBeGreaterThan(0);
		}
	});

	it('number keys 1-9 each press one console button, 8 being 暂停 or 恢复服务 by the window state', () => {
		const idle = viewOf(dayWith([]));
		const keys = consoleButtons(idle).map((n) => commandMeta[n].key);
		expect(keys).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
		const paused = run(config, dayWith([]), 'w1', { action: 'pause', reason: '临时离开' }).day;
		expect(consoleButtons(viewOf(paused))).toContain('resume');
		expect(consoleButtons(idle)).toContain('pause');
	});

	it('validates bodies with Chinese messages and refuses unknown fields', () => {
		expect(windowCommandBody.safeParse({ action: 'call' }).success).toBe(true);
		const bad = windowCommandBody.safeParse({ action: 'call_number', number: '12' });
		expect(bad.success).toBe(false);
		expect(bad.error?.issues[0].message).toBe('号码格式应为字母加数字，如 A012');
		expect(windowCommandBody.safeParse({ action: 'call', extra: 1 }).success).toBe(false);
		expect(windowCommandBody.safeParse({ action: 'launch' }).success).toBe(false);
		expect(windowCommandBody.parse({ action: 'pause', reason: '  午休  ' })).toMatchObject({ reason: '午休' });
	});
});

describe('allowed(view, command)', () => {
	it('an idle open window may call, pick a number, call back and pause, nothing else', () => {
		expect(allowedSet(dayWith(['m-residence']))).toEqual(['call', 'call_number', 'callback', 'pause'].sort());
	});

	it('a called ticket may be recalled, started, missed, finished, transferred or held', () => {
		const called = run(config, dayWith(['m-residence']), 'w1', { action: 'call' }).day;
		expect(allowedSet(called)).toEqual(['finish', 'hold', 'no_show', 'recall', 'start', 'transfer'].sort());
		expect(allowed(viewOf(called), 'call')?.message).toBe('本窗口还有A001号未办结，请先办结或过号');
		expect(allowed(viewOf(called), 'pause')?.message).toBe('请先办结、挂起或转移A001号，再暂停服务');
	});

	it('a ticket being served may no longer be recalled or missed', () => {
		let day = run(config, dayWith(['m-residence']), 'w1', { action: 'call' }).day;
		day = run(config, day, 'w1', { action: 'start' }).day;
		expect(allowedSet(day)).toEqual(['finish', 'hold', 'transfer']);
		expect(allowed(viewOf(day), 'recall')).toEqual({
			code: 'illegal_transition',
			status: 409,
			message: 'A001号当前状态为"办理中"，不能执行"重呼"'
		});
	});

	it('a paused window may only resume (or change its pause reason)', () => {
		const paused = run(config, dayWith(['m-residence']), 'w1', { action: 'pause', reason: '午休' }).day;
		expect(allowedSet(paused)).toEqual(['pause', 'resume']);
		expect(allowed(viewOf(paused), 'call')?.message).toBe('1号窗口已暂停服务，请先恢复服务再叫号');
		expect(allowed(viewOf(dayWith([])), 'resume')?.message).toBe('1号窗口正在服务中，无需恢复');
	});

	it('a clerk kept out by the AB roles may do nothing, with the reason, as 403', () => {
		const view = viewOf(dayWith(['m-residence']), 'A岗正在1号窗口工作');
		for (const n of names) expect(allowed(view, n)).toMatchObject({ status: 403, message: 'A岗正在1号窗口工作' });
	});

	it('the server refuses exactly what allowed refuses, with the same message', () => {
		const called = run(config, dayWith(['m-residence', 'm-elderly']), 'w1', { action: 'call' }).day;
		expect(() => run(config, called, 'w1', { action: 'call' })).toThrow('本窗口还有A001号未办结，请先办结或过号');
		expect(() => run(config, dayWith([]), 'w1', { action: 'recall' })).toThrow('本窗口当前没有正在办理的号');
	});
});

describe('confirmation lines', () => {
	const view = viewOf(dayWith([]));
	it('say what was done to which number', () => {
		const ticket = { number: 'A003', state: 'called' };
		expect(commandMeta.call.confirmation({ view, ticket })).toBe('已叫号：A003 号');
		expect(commandMeta.resume.confirmation({ view, ticket: null })).toBe('已恢复服务');
	});

	it('name the outcome at 办结, with the case number and promised day', () => {
		const ticket = { number: 'A003', state: 'done', outcome: { kind: 'accepted', caseNo: '20260302-001', dueDay: '2026-03-05' } };
		expect(commandMeta.finish.confirmation({ view, ticket })).toBe(
			'已办结：A003 号 · 承诺件受理 · 办件编号 20260302-001 · 承诺 2026-03-05 前办结'
		);
		const incomplete = { number: 'A004', state: 'done', outcome: { kind: 'incomplete', missing: ['身份证'] } };
		expect(commandMeta.finish.confirmation({ view, ticket: incomplete })).toBe('已办结：A004 号 · 材料不全，已一次性告知');
	});
});
