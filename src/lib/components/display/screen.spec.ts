import { describe, expect, it } from 'vitest';
import type { HallSnapshot } from '$lib/realtime/events';
import { screenFilter, screenView, showsWindow } from './screen';

const win = (n: number): HallSnapshot['windows'][number] => ({
	id: `win-${n}`,
	number: n,
	name: `${n}号窗口`,
	current: null,
	staffName: null,
	staffNo: null,
	status: 'open',
	pauseReason: null
});
const call = (n: number, at: number) => ({
	ticketId: `t${at}`,
	number: `A00${at}`,
	windowId: `win-${n}`,
	windowNumber: n,
	windowName: `${n}号窗口`,
	at,
	recall: false
});

const hall: HallSnapshot = {
	seq: 3,
	siteId: 'demo',
	siteName: '演示镇',
	day: '2025-01-02',
	categories: [
		{ id: 'invest', name: '项目投资', prefix: 'A', waiting: 1 },
		{ id: 'police', name: '公安服务', prefix: 'D', waiting: 2 }
	],
	windows: [win(1), win(2), win(5)],
	calls: [call(5, 3), call(1, 2), call(2, 1)],
	notice: '',
	voice: { repeats: 1, gapMs: 0, volume: 1, rate: 1 }
};

describe('screenFilter', () => {
	it('reads site, windows and categories from the URL', () => {
		const f = screenFilter(new URL('http://x/display?site=demo&windows=win-1, win-2,,win-1&categories=police'), null);
		expect(f).toEqual({ siteId: 'demo', windows: ['win-1', 'win-2'], categories: ['police'] });
	});

	it('shows everything when the URL says nothing', () => {
		expect(screenFilter(new URL('http://x/display'), null)).toEqual({ siteId: null, windows: null, categories: null });
	});

	it("takes a paired display's settings over the URL", () => {
		const device = {
			id: 'd1',
			kind: 'display' as const,
			siteId: 'village',
			name: '二楼大屏',
			windows: ['win-5'],
			categories: null
		};
		expect(screenFilter(new URL('http://x/display?site=demo&windows=win-1'), device)).toEqual({
			siteId: 'village',
			windows: ['win-5'],
			categories: null
		});
	});
});

describe('screenView', () => {
	it("keeps only the screen's windows, their calls and its categories", () => {
		const view = screenView(hall, { windows: ['win-1', 'win-5'], categories: ['police'] });
		expect(view.windows.map((w) => w.id)).toEqual(['win-1', 'win-5']);
		expect(view.calls.map((c) => c.windowId)).toEqual(['win-5', 'win-1']);
		expect(view.categories.map((c) => c.prefix)).toEqual(['D']);
		expect(showsWindow({ windows: ['win-1'] }, 'win-2')).toBe(false);
		expect(showsWindow({ windows: null }, 'win-2')).toBe(true);
	});
});
