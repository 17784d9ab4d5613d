import { describe, expect, it } from 'vitest';
import { baseCalendar, calendarOwnFor, effectiveCalendar } from './calendar';
import { parseHolidayNotice } from './holiday-notice';
import { addWorkingDays, isWorkingDay } from './workdays';

const shipped = effectiveCalendar({ holidays: [] });
const due = (start: string, days: number, cal = shipped) => addWorkingDays(start, days, cal.holidays, cal.workdays);

describe('due dates over the shipped calendar', () => {
	it('春节 2026: a 5-day 承诺件 accepted Friday 2026-02-13 counts 2月14日 (调休上班) and skips 2月15-23日', () => {
		// 2/14 (Sat, working) 1, then 2/24 2, 2/25 3, 2/26 4, 2/27 5.
		expect(due('2026-02-13', 5)).toBe('2026-02-27');
		expect(due('2026-02-13', 5, { holidays: [], workdays: [] })).toBe('2026-02-20');
	});

	it('元旦 2026: accepted 2025-12-31, one working day later is 1月4日 (Sunday, 调休上班)', () => {
		expect(due('2025-12-31', 1)).toBe('2026-01-04');
		expect(due('2025-12-31', 2)).toBe('2026-01-05');
	});

	it('春节 2025: 1月26日 (Sunday) works, 1月28日-2月4日 off, 2月8日 (Saturday) works', () => {
		expect(due('2025-01-24', 1)).toBe('2025-01-26');
		expect(due('2025-01-27', 1)).toBe('2025-02-05');
		expect(isWorkingDay('2025-02-08', shipped.holidays, shipped.workdays)).toBe(true);
	});

	it('the issue: a 25-day 承诺件 accepted 2026-11-28 is not promised for 元旦 2027, even before the notice', () => {
		expect(due('2026-11-28', 25, { holidays: [], workdays: [] })).toBe('2027-01-01');
		expect(due('2026-11-28', 25)).toBe('2027-01-04');
	});

	it('after importing a 2027 notice with 1月1-3日 off, the same case is due on 2027-01-04', () => {
		const notice = parseHolidayNotice('元旦：1月1日（周五）至3日（周日）放假调休，共3天。', 2027);
		const cal = effectiveCalendar({ holidays: notice.allHolidays, workdays: notice.allWorkdays });
		expect(due('2026-11-28', 25, cal)).toBe('2027-01-04');
		expect(due('2026-11-28', 26, cal)).toBe('2027-01-05');
	});
});

describe("a hall's own calendar", () => {
	it('additions and removals round-trip through calendarOwnFor', () => {
		const desired = {
			holidays: [...shipped.holidays.filter((d) => d !== '2026-06-19'), '2026-12-24'],
			workdays: [...shipped.workdays, '2026-12-26']
		};
		const own = calendarOwnFor(desired);
		expect(own.holidays).toEqual(['2026-12-24']);
		expect(own.workdays).toEqual(['2026-12-26']);
		expect(own.calendarRemoved).toEqual({ holidays: ['2026-06-19'], workdays: [] });
		const back = effectiveCalendar(own);
		expect(back.holidays).toEqual([...desired.holidays].sort());
		expect(back.workdays).toEqual([...desired.workdays].sort());
	});

	it('starts from the shipped list plus 元旦/劳动节/国庆 of the years without a notice', () => {
		const base = baseCalendar();
		expect(base.holidays).toContain('2026-02-17');
		expect(base.holidays).toContain('2027-01-01');
		expect(base.holidays).toContain('2028-10-03');
		expect(base.holidays).not.toContain('2027-02-06');
	});

	it('a holiday wins over a 调休 day of the same date', () => {
		expect(effectiveCalendar({ holidays: ['2026-02-14'] }).workdays).not.toContain('2026-02-14');
	});
});
