import { describe, expect, it } from 'vitest';
import { SHIPPED_NOTICES, statutoryFixedDays } from './holidays-cn';
import { parseHolidayNotice } from './holiday-notice';

const real = (day: string) => new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

describe('the shipped State Council list', () => {
	it('covers 2025 and 2026, one notice a year', () => {
		expect(SHIPPED_NOTICES.map((n) => n.year)).toEqual([2025, 2026]);
		for (const n of SHIPPED_NOTICES) {
			expect(n.title).toBe(`国务院办公厅关于${n.year}年部分节假日安排的通知`);
			expect(real(n.issued) && n.issued < `${n.year}-01-01`).toBe(true);
		}
	});

	for (const n of SHIPPED_NOTICES) {
		describe(`${n.year}`, () => {
			const days = n.holidays.flatMap((h) => h.days);
			it('every day off is a real date of the year, consecutive within a holiday, listed once', () => {
				for (const day of days) expect(real(day) && day.startsWith(`${n.year}-`), day).toBe(true);
				expect(new Set(days).size).toBe(days.length);
				for (const h of n.holidays) {
					for (let i = 1; i < h.days.length; i++) {
						expect(Date.parse(h.days[i]) - Date.parse(h.days[i - 1]), `${h.name} ${h.days[i]}`).toBe(86_400_000);
					}
				}
			});
			it('every 调休上班 day is a real Saturday or Sunday and not a day off', () => {
				for (const day of n.workdays) {
					expect(real(day), day).toBe(true);
					expect([0, 6], day).toContain(weekday(day));
					expect(days, day).not.toContain(day);
				}
			});
			it('includes the days off by law (元旦, 劳动节 5月1-2日, 国庆节 10月1-3日)', () => {
				for (const day of statutoryFixedDays(n.year)) expect(days).toContain(day);
			});
			it("is what the notice's own lines say (the parser reads them to the same days, no warnings)", () => {
				const parsed = parseHolidayNotice(n.lines.join('\n'), n.year);
				expect(parsed.errors).toEqual([]);
				expect(parsed.warnings).toEqual([]);
				expect(parsed.holidays.map((h) => ({ name: h.name, days: h.days }))).toEqual(n.holidays);
				expect(parsed.allWorkdays).toEqual([...n.workdays].sort());
			});
		});
	}

	it('the totals match the notices: 2025 has 8 days of 春节 and 国庆; 2026 has 9 days of 春节', () => {
		const [y25, y26] = SHIPPED_NOTICES;
		expect(y25.holidays.find((h) => h.name === '春节')?.days.length).toBe(8);
		expect(y25.holidays.find((h) => h.name === '国庆节、中秋节')?.days.length).toBe(8);
		expect(y26.holidays.find((h) => h.name === '春节')?.days.length).toBe(9);
		expect(y26.holidays.find((h) => h.name === '国庆节')?.days.length).toBe(7);
	});
});
