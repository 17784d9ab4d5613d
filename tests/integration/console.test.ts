/**
 * The window console's commands against a real server process: transfer, hold and call back,
 * 选号呼叫, pause with B taking over, outcomes at 办结 with cases on disk, one session per staff.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, dayKey } from '../../src/lib/domain';
import {
	connectSocket,
	connected,
	freePort,
	login,
	nextEvent,
	post,
	snapshot,
	startServer,
	tempDataDir,
	type RunningServer,
	type TestSocket
} from './server';

let server: RunningServer;
const sockets: TestSocket[] = [];
let holidays: string[] = [];

beforeAll(async () => {
	// Seed the demo hall, then give it holidays: the three days after today.
	const dataDir = tempDataDir();
	const port = await freePort();
	const seed = await startServer({ dataDir, port });
	await seed.stop();
	const file = path.join(dataDir, 'config.json');
	const config = JSON.parse(readFileSync(file, 'utf8'));
	const today = dayKey(Date.now(), config.settings.timeZone);
	holidays = [1, 2, 3].map((n) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10));
	config.settings.holidays = holidays;
	writeFileSync(file, JSON.stringify(config));
	server = await startServer({ dataDir, port });
});
afterAll(async () => {
	sockets.forEach((s) => s.close());
	await server?.stop();
});

const act = (windowId: string, body: object, cookie: string) =>
	post(`${server.url}/api/windows/${windowId}/actions`, body, cookie);
const issue = async (matterId: string, extra: object = {}) =>
	(await post(`${server.url}/api/tickets`, { matterId, ...extra })).body.ticket;
const ticketView = async (token: string) => (await fetch(`${server.url}/api/tickets/${token}`)).json();
const dayRecord = () => {
	const dir = path.join(server.dataDir, 'days');
	return JSON.parse(
		readFileSync(
			path.join(
				dir,
				readdirSync(dir).find((f) => f.endsWith('.json'))!
			),
			'utf8'
		)
	);
};
const open = (...args: Parameters<typeof connectSocket>) => {
	const s = connectSocket(...args);
	sockets.push(s);
	return s;
};

describe('transfer', () => {
	it('sends the resident to another matter in their place, and the target clerk sees the reason', async () => {
		const w5 = await login(server.url, 'w5');
		const w6 = await login(server.url, 'w6');
		const early = await issue('id-card');
		const later = await issue('tax-info-confirm');
		expect((await act('win-5', { action: 'call' }, w5)).body.ticket.number).toBe(early.number);
		const missingReason = await act('win-5', { action: 'transfer', toMatterId: 'tax-info-confirm', reason: '  ' }, w5);
		expect(missingReason.status).toBe(400);
		const wrongWindow = await act('win-5', { action: 'transfer', toWindowId: 'win-3', reason: '需先缴税' }, w5);
		expect(wrongWindow.status).toBe(400);
		expect(wrongWindow.body.error.message).toBe('3号窗口不办理"居民身份证申领/换领"，请另选窗口或事项');
		const moved = await act(
			'win-5',
			{ action: 'transfer', toMatterId: 'tax-info-confirm', reason: '需先确认涉税信息', requestId: 'transfer-000001' },
			w5
		);
		expect(moved.status).toBe(200);
		expect(moved.body.ticket).toEqual({ number: early.number, state: 'waiting' });
		expect(moved.body.view.current).toBeNull();

		const view6 = await (await fetch(`${server.url}/api/windows/win-6`, { headers: { cookie: w6 } })).json();
		expect(view6.incoming).toEqual([
			{ number: early.number, matterName: '新办纳税人涉税信息确认', fromWindowName: '5号窗口', reason: '需先确认涉税信息' }
		]);
		// Kept its place: called before the tax ticket taken after it.
		const called = await act('win-6', { action: 'call' }, w6);
		expect(called.body.ticket.number).toBe(early.number);
		expect(called.body.view.current.transfers).toEqual([
			expect.objectContaining({ fromWindowName: '5号窗口', fromMatterName: '居民身份证申领/换领', reason: '需先确认涉税信息' })
		]);
		await act('win-6', { action: 'finish' }, w6);
		expect((await act('win-6', { action: 'call' }, w6)).body.ticket.number).toBe(later.number);
		await act('win-6', { action: 'finish' }, w6);
		const t = dayRecord().tickets.find((x: { number: string }) => x.number === early.number);
		expect(t.events.map((e: { action: string }) => e.action)).toEqual(['issue', 'call', 'transfer', 'call', 'finish']);
		expect(t.events[2]).toMatchObject({
			windowId: 'win-5',
			staffId: 'w5',
			note: '需先确认涉税信息',
			toMatterId: 'tax-info-confirm'
		});
	});
});

describe('hold, call back and 选号呼叫', () => {
	it('frees the window while the resident fetches a paper, then calls them back', async () => {
		const w5 = await login(server.url, 'w5');
		const a = await issue('temp-id-card');
		const b = await issue('temp-id-card');
		await act('win-5', { action: 'call' }, w5);
		const held = await act('win-5', { action: 'hold', note: '回家取户口簿' }, w5);
		expect(held.body.ticket).toEqual({ number: a.number, state: 'on_hold' });
		expect(held.body.view.held).toEqual([expect.objectContaining({ number: a.number, note: '回家取户口簿' })]);
		expect((await ticketView(a.token)).state).toBe('on_hold');
		// The window serves the next resident meanwhile, by number.
		const picked = await act('win-5', { action: 'call_number', number: b.number.toLowerCase() }, w5);
		expect(picked.body.ticket).toEqual({ number: b.number, state: 'called' });
		const busy = await act('win-5', { action: 'callback', ticketId: held.body.view.held[0].id }, w5);
		expect(busy.status).toBe(409);
		await act('win-5', { action: 'finish' }, w5);
		const back = await act('win-5', { action: 'callback', ticketId: held.body.view.held[0].id }, w5);
		expect(back.body.ticket).toEqual({ number: a.number, state: 'called' });
		expect(back.body.view.held).toEqual([]);
		const hall = await (await fetch(`${server.url}/api/sites/demo/hall`)).json();
		expect(hall.calls[0]).toMatchObject({ number: a.number, windowName: '5号窗口' });
		await act('win-5', { action: 'finish' }, w5);
		const gone = await act('win-5', { action: 'call_number', number: 'Z999' }, w5);
		expect(gone.status).toBe(404);
		expect(gone.body.error.message).toBe('未找到该Z999号');
	});

	it('suggests 过号 after the configured number of recalls', async () => {
		const w5 = await login(server.url, 'w5');
		await issue('temp-id-card');
		await act('win-5', { action: 'call' }, w5);
		let last;
		for (let i = 0; i < 3; i++) last = await act('win-5', { action: 'recall' }, w5);
		expect(last!.body.view.current).toMatchObject({ recalls: 3, suggestNoShow: true });
		expect(last!.body.view.recallLimit).toBe(3);
		expect((await act('win-5', { action: 'no_show' }, w5)).body.ticket.state).toBe('no_show');
	});
});

describe('pause and AB roles', () => {
	it('B may not act while A works the window; after A pauses, B takes over', async () => {
		const a = await login(server.url, 'w3'); // 3号窗口 A
		const b = await login(server.url, 'w4'); // 3号窗口 B
		const console3 = open(server.url, { role: 'staff', windowId: 'win-3' }, a);
		await connected(console3);
		await snapshot(console3);
		const t = await issue('dibao');
		const refused = await act('win-3', { action: 'call' }, b);
		expect(refused.status).toBe(403);
		expect(refused.body.error.message).toBe('A岗（周晓燕）正在3号窗口工作，B岗请在A岗暂停服务或离开后再接替');

		const display = open(server.url, { role: 'display', siteId: 'demo' });
		await connected(display);
		const pushed = nextEvent(display, 'hall');
		const paused = await act('win-3', { action: 'pause', reason: '午休' }, a);
		expect(paused.status).toBe(200);
		expect(paused.body.ticket).toBeNull();
		expect(paused.body.view).toMatchObject({ status: 'paused', pauseReason: '午休' });
		expect((await pushed).windows.find((w: { id: string }) => w.id === 'win-3')).toMatchObject({
			status: 'paused',
			pauseReason: '午休'
		});
		const whilePaused = await act('win-3', { action: 'call' }, a);
		expect(whilePaused.body.error.message).toBe('3号窗口已暂停服务，请先恢复服务再叫号');

		// B takes over: resumes the window and calls, though A's console is still open.
		expect((await act('win-3', { action: 'resume' }, b)).body.view.status).toBe('open');
		const byB = await act('win-3', { action: 'call' }, b);
		expect(byB.body.ticket.number).toBe(t.number);
		expect(byB.body.view.staff.role).toBe('B');
		await act('win-3', { action: 'finish', outcome: { kind: 'incomplete', missing: ['户口簿'] } }, b);
		const audit = dayRecord().audit.filter((e: { windowId?: string }) => e.windowId === 'win-3');
		expect(audit.map((e: { action: string; staffId: string }) => `${e.action}:${e.staffId}`)).toEqual(['pause:w3', 'resume:w4']);

		// A supervisor may act on any window.
		const boss = await login(server.url, 'admin');
		const any = await act('win-1', { action: 'pause', reason: '会议' }, boss);
		expect(any.body.view).toMatchObject({ status: 'paused', staff: { role: 'S' } });
		await act('win-1', { action: 'resume' }, boss);
	});
});

describe('outcomes at 办结 and cases', () => {
	it('承诺件: case number and due day over the hall holidays, on disk and on the status page; then closed', async () => {
		const w5 = await login(server.url, 'w5');
		const t = await issue('residence-permit');
		await act('win-5', { action: 'call' }, w5);
		const wrong = await act('win-5', { action: 'finish', outcome: { kind: 'done' } }, w5);
		expect(wrong.status).toBe(400);
		expect(wrong.body.error.message).toContain('不能以"当场办结"办结');
		const done = await act('win-5', { action: 'finish' }, w5);
		const { caseNo, dueDay } = done.body.ticket.outcome;
		const today = dayRecord().day;
		const catalogue = await (await fetch(`${server.url}/api/catalogue`)).json();
		const days = catalogue.matters.find((m: { id: string }) => m.id === 'residence-permit').promisedDays;
		// The hall's calendar: the shipped State Council list plus the three days added above.
		const calendar = await (await fetch(`${server.url}/api/settings/calendar`, { headers: { cookie: w5 } })).json();
		expect(calendar.holidays).toEqual(expect.arrayContaining(holidays));
		expect(dueDay).toBe(addWorkingDays(today, days, calendar.holidays, calendar.workdays));
		expect(dueDay).not.toBe(
			addWorkingDays(
				today,
				days,
				calendar.holidays.filter((d: string) => !holidays.includes(d)),
				calendar.workdays
			)
		);
		const cases = JSON.parse(readFileSync(path.join(server.dataDir, 'cases.json'), 'utf8')).cases;
		expect(cases.find((c: { caseNo: string }) => c.caseNo === caseNo)).toMatchObject({
			state: 'open',
			number: t.number,
			dueDay,
			staffId: 'w5'
		});
		const view = await ticketView(t.token);
		expect(view.case).toMatchObject({ caseNo, kindLabel: '承诺件', state: 'open', dueDay, overdue: false });

		const phone = open(server.url, { role: 'ticket', token: t.token });
		await connected(phone);
		const update = nextEvent(phone, 'ticket');
		const closed = await post(`${server.url}/api/cases/${caseNo}`, { action: 'complete' }, w5);
		expect(closed.status).toBe(200);
		expect((await update).case).toMatchObject({ state: 'done', doneDay: today });
		expect((await post(`${server.url}/api/cases/${caseNo}`, { action: 'complete' }, w5)).status).toBe(409);
	});

	it('材料不全: the one-time notice of what is missing reaches the status page', async () => {
		const w5 = await login(server.url, 'w5');
		const t = await issue('temp-id-card');
		await act('win-5', { action: 'call' }, w5);
		const noneListed = await act('win-5', { action: 'finish', outcome: { kind: 'incomplete' } }, w5);
		expect(noneListed.body.error.message).toBe('材料不全：请至少选择或填写一项缺少的材料');
		await act(
			'win-5',
			{ action: 'finish', outcome: { kind: 'incomplete', missing: ['户口簿', '近期免冠照片'], reason: '照片须为白底' } },
			w5
		);
		expect((await ticketView(t.token)).outcome).toEqual({
			kind: 'incomplete',
			label: '材料不全',
			caseNo: null,
			dueDay: null,
			missing: ['户口簿', '近期免冠照片'],
			reason: '照片须为白底'
		});
	});
});

describe('one live session per staff', () => {
	it('a login elsewhere ends the first session and tells its console', async () => {
		const first = await login(server.url, 'w2');
		const console2 = open(server.url, { role: 'staff', windowId: 'win-2' }, first);
		await connected(console2);
		const ended = nextEvent(console2, 'session_ended');
		const second = await login(server.url, 'w2');
		expect((await ended).message).toContain('已在其他地方登录');
		expect((await act('win-2', { action: 'call' }, first)).status).toBe(401);
		expect((await fetch(`${server.url}/api/session`, { headers: { cookie: second } })).status).toBe(200);
		const logins = dayRecord().audit.filter(
			(e: { action: string; staffId: string }) => e.action === 'login' && e.staffId === 'w2'
		);
		expect(logins).toHaveLength(2);
	});
});
