import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '$lib/client/api';
import { consoleButtons, type CommandAnswer } from '$lib/core/commands';
import type { WindowView } from '$lib/realtime/events';
import { commandForKey, ConsoleState, dialogFor, isNewer, mayPress, type KeyPress } from './console-state.svelte';

type Current = NonNullable<WindowView['current']>;

function windowView(over: Partial<WindowView> = {}): WindowView {
	return {
		seq: 1,
		day: '2026-03-02',
		window: { id: 'win-1', number: 1, name: '1号窗口', siteId: 'site' },
		staff: { id: 'w1', name: '陈志刚', staffNo: 'YZ001', role: 'A' },
		status: 'open',
		pauseReason: null,
		blocked: null,
		recallLimit: 3,
		held: [],
		incoming: [],
		waiting: 2,
		current: null,
		servedToday: 0,
		...over
	} as WindowView;
}

const called: Current = {
	id: 't1',
	number: 'A001',
	matterName: '营业执照',
	state: 'called',
	priority: false,
	issuedAt: 0,
	calledAt: 60_000,
	recalls: 0,
	missing: [],
	matterId: 'm1',
	matterKind: 'instant',
	outcomes: ['done'],
	materials: [],
	transfers: [],
	suggestNoShow: false
};

const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({
	key,
	repeat: false,
	ctrlKey: false,
	altKey: false,
	metaKey: false,
	inField: false,
	...over
});

describe('commandForKey', () => {
	const open = consoleButtons(windowView());
	const paused = consoleButtons(windowView({ status: 'paused', pauseReason: '午休' }));

	it('maps the number keys 1–9 to the buttons shown, in order', () => {
		const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((k) => commandForKey(open, press(k), false));
		expect(keys).toEqual(['call', 'recall', 'start', 'no_show', 'finish', 'transfer', 'hold', 'pause', 'call_number']);
	});

	it('makes 8 暂停 while open and 恢复服务 while paused', () => {
		expect(commandForKey(open, press('8'), false)).toBe('pause');
		expect(commandForKey(paused, press('8'), false)).toBe('resume');
	});

	it('ignores other keys, held keys, modifiers, typing in a field and an open dialog', () => {
		expect(commandForKey(open, press('0'), false)).toBeNull();
		expect(commandForKey(open, press('Enter'), false)).toBeNull();
		expect(commandForKey(open, press('1', { repeat: true }), false)).toBeNull();
		expect(commandForKey(open, press('1', { ctrlKey: true }), false)).toBeNull();
		expect(commandForKey(open, press('1', { altKey: true }), false)).toBeNull();
		expect(commandForKey(open, press('1', { metaKey: true }), false)).toBeNull();
		expect(commandForKey(open, press('1', { inField: true }), false)).toBeNull();
		expect(commandForKey(open, press('1'), true)).toBeNull();
	});
});

describe('dialogFor', () => {
	it('opens a dialog for 办结, 转移, 暂停 and 选号呼叫 only', () => {
		expect(dialogFor('finish')).toBe('finish');
		expect(dialogFor('transfer')).toBe('transfer');
		expect(dialogFor('pause')).toBe('pause');
		expect(dialogFor('call_number')).toBe('call_number');
		for (const name of ['call', 'recall', 'start', 'no_show', 'hold', 'resume', 'callback'] as const) {
			expect(dialogFor(name)).toBeNull();
		}
	});
});

describe('isNewer', () => {
	it('takes the first view, an equal or later seq, and refuses an older one', () => {
		expect(isNewer(null, windowView({ seq: 5 }))).toBe(true);
		expect(isNewer(windowView({ seq: 5 }), windowView({ seq: 5 }))).toBe(true);
		expect(isNewer(windowView({ seq: 5 }), windowView({ seq: 6 }))).toBe(true);
		expect(isNewer(windowView({ seq: 5 }), windowView({ seq: 4 }))).toBe(false);
	});

	it("takes the new day's view at midnight though its seq starts again, and never goes back a day", () => {
		const yesterday = windowView({ seq: 87, current: called });
		const today = windowView({ seq: 0, day: '2026-03-03', waiting: 0 });
		expect(isNewer(yesterday, today)).toBe(true);
		expect(isNewer(today, yesterday)).toBe(false);
	});
});

describe('mayPress', () => {
	const idle = { busy: null, ended: '' };
	it("follows the server's rule", () => {
		expect(mayPress(windowView(), 'call', idle)).toBe(true);
		expect(mayPress(windowView(), 'finish', idle)).toBe(false);
		expect(mayPress(windowView({ current: called }), 'call', idle)).toBe(false);
		expect(mayPress(windowView({ current: called }), 'finish', idle)).toBe(true);
	});
	it('allows nothing before the view, while a command is in flight, or once the session ended', () => {
		expect(mayPress(null, 'call', idle)).toBe(false);
		expect(mayPress(windowView(), 'call', { busy: 'recall', ended: '' })).toBe(false);
		expect(mayPress(windowView(), 'call', { busy: null, ended: '已在别处登录' })).toBe(false);
	});
});

describe('ConsoleState', () => {
	const answer = (view: WindowView, number = 'A001'): ApiResult<CommandAnswer> => ({
		ok: true,
		answer: { view, ticket: { number, state: 'called' } }
	});

	it('sends a plain command once, with the buttons off until the answer, then shows its confirmation', async () => {
		let resolve!: (r: ApiResult<CommandAnswer>) => void;
		const send = vi.fn(() => new Promise<ApiResult<CommandAnswer>>((r) => (resolve = r)));
		const desk = new ConsoleState('win-1', () => {}, send);
		desk.apply(windowView());
		desk.act('call');
		desk.act('call');
		expect(send).toHaveBeenCalledTimes(1);
		expect(send).toHaveBeenCalledWith('win-1', { action: 'call' });
		expect(desk.busy).toBe('call');
		expect(desk.allowed('call_number')).toBe(false);
		resolve(answer(windowView({ seq: 2, current: called })));
		await vi.waitFor(() => expect(desk.busy).toBeNull());
		expect(desk.view?.current?.number).toBe('A001');
		expect(desk.notice).toBe('已叫号：A001 号');
	});

	it('opens the dialog instead of sending, and shows a refusal inside it', async () => {
		const send = vi.fn(async (): Promise<ApiResult<CommandAnswer>> => ({ ok: false, status: 409, message: '原因太长' }));
		const desk = new ConsoleState('win-1', () => {}, send);
		desk.apply(windowView());
		desk.act('pause');
		expect(send).not.toHaveBeenCalled();
		expect(desk.dialog).toBe('pause');
		await desk.send({ action: 'pause', reason: '午休' });
		expect(desk.dialog).toBe('pause');
		expect(desk.dialogError).toBe('原因太长');
		expect(desk.error).toBe('');
	});

	it('says a refusal on the messages line, and hands a 401 to the page', async () => {
		const lost = vi.fn();
		const send = vi.fn(async (): Promise<ApiResult<CommandAnswer>> => ({ ok: false, status: 401, message: '请先登录' }));
		const desk = new ConsoleState('win-1', lost, send);
		desk.apply(windowView());
		await desk.send({ action: 'call' });
		expect(desk.error).toBe('请先登录');
		expect(lost).toHaveBeenCalledOnce();
	});

	it('keeps the newer view when an older answer arrives after a push', () => {
		const desk = new ConsoleState('win-1', () => {});
		desk.apply(windowView({ seq: 7, waiting: 1 }));
		desk.apply(windowView({ seq: 6, waiting: 9 }));
		expect(desk.view?.waiting).toBe(1);
	});
});
