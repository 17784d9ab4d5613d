import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, admission, describeOpening, nextOpening, type OpeningHours } from './hours';

const TZ = 'Asia/Shanghai';
const at = (local: string) => Date.parse(`${local}:00+08:00`);
const hours: OpeningHours = {
	alwaysOpen: false,
	weekdays: [1, 2, 3, 4, 5],
	bands: [
		{ from: '13:30', to: '17:00', quota: 2 },
		{ from: '08:30', to: '12:00' }
	],
	dailyLimit: 5
};
const check = (local: string, issuedToday = 0, inBand = 0, h: OpeningHours | undefined = hours, holidays: string[] = []) =>
	admission({ hours: h, now: at(local), timeZone: TZ, holidays, issuedToday, issuedInBand: () => inBand });

describe('admission', () => {
	it('is always open without hours or with alwaysOpen', () => {
		expect(
			admission({ hours: undefined, now: at('2025-03-09 03:00'), timeZone: TZ, issuedToday: 9, issuedInBand: () => 9 }).open
		).toBe(true);
		expect(check('2025-03-09 03:00', 999, 999, ALWAYS_OPEN).open).toBe(true);
	});

	it('opens inside a band on an open weekday (2025-03-04 is a Tuesday)', () => {
		const a = check('2025-03-04 09:00');
		expect(a).toEqual({ open: true, band: { from: '08:30', to: '12:00' } });
	});

	it('before opening says today at the first band', () => {
		const a = check('2025-03-04 07:10');
		expect(a.open).toBe(false);
		if (a.open) return;
		expect(a.reason).toBe('before_open');
		expect(a.next).toEqual({ day: '2025-03-04', time: '08:30' });
		expect(a.message).toBe('现在还未到取号时间，请于今天 08:30以后再来。');
	});

	it('the lunch break points at the afternoon band', () => {
		const a = check('2025-03-04 12:30');
		expect(a.open || a.reason).toBe('break');
		expect(a.open || a.next).toEqual({ day: '2025-03-04', time: '13:30' });
	});

	it('after closing on Friday points at Monday, skipping the weekend', () => {
		const a = check('2025-03-07 17:00');
		expect(a.open).toBe(false);
		if (a.open) return;
		expect(a.reason).toBe('after_close');
		expect(a.next).toEqual({ day: '2025-03-10', time: '08:30' });
		expect(a.message).toContain('3月10日（周一）08:30');
	});

	it('a holiday is closed all day and the next day is named 明天', () => {
		const a = check('2025-03-04 10:00', 0, 0, hours, ['2025-03-04']);
		expect(a.open).toBe(false);
		if (a.open) return;
		expect(a.reason).toBe('closed_day');
		expect(a.message).toContain('明天（3月5日 周三）08:30');
	});

	it('the daily limit and a band quota refuse before anything is numbered', () => {
		const daily = check('2025-03-04 09:00', 5);
		expect(daily.open || daily.reason).toBe('daily_limit');
		expect(daily.open || daily.next).toEqual({ day: '2025-03-05', time: '08:30' });
		const band = check('2025-03-04 14:00', 3, 2);
		expect(band.open || band.reason).toBe('band_quota');
		expect(band.open || band.message).toContain('本时段的号已经取完');
		expect(check('2025-03-04 14:00', 3, 1).open).toBe(true);
	});

	it('finds nothing when no day is ever open', () => {
		expect(nextOpening({ weekdays: [], bands: [{ from: '08:00', to: '09:00' }] }, '2025-03-04', 0)).toBeNull();
		expect(describeOpening({ day: '2025-03-20', time: '08:30' }, '2025-03-04')).toBe('3月20日（周四）08:30');
	});
});

describe('调休上班 days', () => {
	it('a Saturday declared working opens like a Monday; a holiday on a weekday stays closed', async () => {
		const { admission } = await import('./hours');
		const hours = { weekdays: [1, 2, 3, 4, 5], bands: [{ from: '08:30', to: '17:00' }] };
		const at = (iso: string) => Date.parse(iso);
		const base = { hours, timeZone: 'Asia/Shanghai', issuedToday: 0, issuedInBand: () => 0 };
		// 2026-02-14 is a Saturday, 调休上班; 10:00 in Beijing is 02:00 UTC.
		expect(admission({ ...base, now: at('2026-02-14T02:00:00Z') }).open).toBe(false);
		expect(admission({ ...base, now: at('2026-02-14T02:00:00Z'), workdays: ['2026-02-14'] }).open).toBe(true);
		const closed = admission({
			...base,
			now: at('2026-02-16T02:00:00Z'),
			holidays: ['2026-02-16', '2026-02-17'],
			workdays: ['2026-02-28']
		});
		expect(closed).toMatchObject({ open: false, reason: 'closed_day', next: { day: '2026-02-18', time: '08:30' } });
	});
});
