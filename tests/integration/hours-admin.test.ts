/**
 * /api/admin/hours against the real server: hours with a band quota that the kiosk's status and
 * the ticket API respect, a bad band refused with its Chinese message, the shipped State Council
 * calendar, and a pasted notice whose days off a 承诺件's promised date then skips. Each change is
 * audited in the day file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, dayKey } from '../../src/lib/domain';
import { login, post, startServer, type RunningServer } from './server';

let server: RunningServer;
let admin = '';
const TZ = 'Asia/Shanghai';

beforeAll(async () => {
	server = await startServer();
	admin = await login(server.url, 'admin');
});
afterAll(() => server?.stop());

async function send(method: 'GET' | 'POST' | 'PUT', route: string, body?: unknown, cookie = admin) {
	const res = await fetch(`${server.url}/api/admin/hours${route}`, {
		method,
		headers: { 'content-type': 'application/json', cookie },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	return { status: res.status, body: await res.json() };
}

const dayFile = () => {
	const dir = path.join(server.dataDir, 'days');
	const name = readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.at(-1)!;
	return JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
};
const status = async () => (await (await fetch(`${server.url}/api/kiosk/status`)).json()).admission;
const plusDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const dispatch = { priorityRatio: 2, recallLimit: 3 };

describe('hours and quotas', () => {
	it('the shipped calendar is there from the start: 春节 2026 and 元旦 2027', async () => {
		const { status: code, body } = await send('GET', '');
		expect(code).toBe(200);
		expect(body.calendar.holidays).toEqual(expect.arrayContaining(['2026-02-17', '2026-10-01', '2027-01-01']));
		expect(body.calendar.workdays).toEqual(expect.arrayContaining(['2026-02-14', '2026-02-28']));
		expect(body.hours.alwaysOpen).toBe(true);
	});

	it('refuses a band that ends before it starts, in Chinese, and a clerk', async () => {
		const bad = await send('PUT', '', {
			hours: { alwaysOpen: false, weekdays: [1], bands: [{ from: '12:00', to: '08:30' }] },
			reprintMinutes: 10,
			dispatch
		});
		expect(bad.status).toBe(400);
		expect(bad.body.error.message).toBe('第1个时段的结束时间应晚于开始时间');
		const clerk = await send('PUT', '', {}, await login(server.url, 'w1'));
		expect(clerk.status).toBe(403);
	});

	it('a band quota of 2: two tickets, then the kiosk status and the ticket API say the band is full', async () => {
		const { body: before } = await send('GET', '');
		const today = dayKey(Date.now(), TZ);
		if (before.calendar.holidays.includes(today)) {
			// Run on a holiday: keep today open for this test.
			const cal = { holidays: before.calendar.holidays.filter((d: string) => d !== today), workdays: before.calendar.workdays };
			expect((await send('PUT', '/calendar', cal)).status).toBe(200);
		}
		const set = await send('PUT', '', {
			hours: { alwaysOpen: false, weekdays: [1, 2, 3, 4, 5, 6, 7], bands: [{ from: '00:00', to: '24:00', quota: 2 }] },
			reprintMinutes: 5,
			dispatch: { priorityRatio: 1, recallLimit: 4 }
		});
		expect(set.status).toBe(200);
		expect(set.body).toMatchObject({ reprintMinutes: 5, dispatch: { priorityRatio: 1, recallLimit: 4 } });
		expect(await status()).toMatchObject({ open: true });
		for (let i = 0; i < 2; i++)
			expect((await post(`${server.url}/api/tickets`, { matterId: 'residence-permit' })).status).toBe(201);
		expect(await status()).toMatchObject({ open: false, reason: 'band_quota' });
		const refused = await post(`${server.url}/api/tickets`, { matterId: 'residence-permit' });
		expect(refused.status).toBeGreaterThanOrEqual(400);
		expect(JSON.stringify(refused.body)).toContain('本时段的号已经取完');
		const audit = dayFile().audit.filter((e: { action: string }) => e.action === 'hours_updated');
		expect(audit.at(-1)).toMatchObject({ staffId: 'admin', note: expect.stringContaining('补打时限 10→5') });

		// Back to always open for the rest.
		const open = await send('PUT', '', {
			hours: { alwaysOpen: true, weekdays: [1, 2, 3, 4, 5], bands: [] },
			reprintMinutes: 10,
			dispatch
		});
		expect(open.status).toBe(400); // no band at all is refused
		expect(open.body.error.message).toBe('请至少设置一个取号时段');
		const reopened = await send('PUT', '', {
			hours: { alwaysOpen: true, weekdays: [1, 2, 3, 4, 5], bands: [{ from: '08:30', to: '17:00' }] },
			reprintMinutes: 10,
			dispatch
		});
		expect(reopened.status).toBe(200);
		expect(await status()).toMatchObject({ open: true });
	});
});

describe('a pasted notice', () => {
	it('is refused when unreadable, and once imported a 承诺件 accepted today skips its days off', async () => {
		const unreadable = await send('POST', '/notice', { year: 2027, text: '春节：2月30日放假。' });
		expect(unreadable.status).toBe(400);
		expect(unreadable.body.error.message).toContain('通知无法导入');

		const today = dayKey(Date.now(), TZ);
		const off = [1, 2, 3, 4, 5].map((n) => plusDays(today, n));
		const zh = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`;
		const text = `国务院办公厅关于测试的通知\n一、测试节：${zh(off[0])}至${zh(off[4])}放假，共5天。`;
		const { body: before } = await send('GET', '');
		const imported = await send('POST', '/notice', { year: Number(off[0].slice(0, 4)), text });
		expect(imported.status).toBe(200);
		expect(imported.body.parsed.allHolidays).toEqual(off);
		expect(imported.body.calendar.holidays).toEqual(expect.arrayContaining(off));
		expect(dayFile().audit.at(-1)).toMatchObject({ action: 'calendar_updated', note: expect.stringContaining('放假5天') });

		const catalogue = await (await fetch(`${server.url}/api/catalogue`)).json();
		const days = catalogue.matters.find((m: { id: string }) => m.id === 'residence-permit').promisedDays;
		const w5 = await login(server.url, 'w5');
		const act = (body: object) => post(`${server.url}/api/windows/win-5/actions`, body, w5);
		await post(`${server.url}/api/tickets`, { matterId: 'residence-permit' });
		// Earlier tests left two tickets for this matter: finish whatever win-5 calls until one is a case.
		let dueDay: string | undefined;
		for (let i = 0; i < 3 && !dueDay; i++) {
			expect((await act({ action: 'call' })).status).toBe(200);
			const done = await act({ action: 'finish' });
			expect(done.status).toBe(200);
			dueDay = done.body.ticket.outcome?.dueDay;
		}
		expect(dueDay).toBe(addWorkingDays(today, days, imported.body.calendar.holidays, imported.body.calendar.workdays));
		expect(off).not.toContain(dueDay);
		const without = addWorkingDays(today, days, before.calendar.holidays, before.calendar.workdays);
		if (off.some((d) => !before.calendar.holidays.includes(d) && ![0, 6].includes(new Date(d).getUTCDay())))
			expect(dueDay! > without).toBe(true);
	});
});
