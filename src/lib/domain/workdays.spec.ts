import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay } from './workdays';

// National Day 2026: 10-01 (Thu) .. 10-07 off, Saturday 10-10 declared a working day (test data).
const holidays = ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'];
const workdays = ['2026-10-10'];

describe('addWorkingDays', () => {
	it('returns the start day for zero days', () => {
		expect(addWorkingDays('2026-03-06', 0)).toBe('2026-03-06');
	});

	it('skips a weekend', () => {
		expect(addWorkingDays('2026-03-05', 1)).toBe('2026-03-06'); // Thu -> Fri
		expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09'); // Fri -> Mon
		expect(addWorkingDays('2026-03-06', 5)).toBe('2026-03-13');
		expect(addWorkingDays('2026-03-07', 1)).toBe('2026-03-09'); // from a Saturday
	});

	it('crosses months and years', () => {
		expect(addWorkingDays('2026-12-30', 3)).toBe('2027-01-04');
		expect(addWorkingDays('2028-02-28', 1)).toBe('2028-02-29'); // leap day
	});

	it('skips the National Day holiday block', () => {
		// Wed 09-30 + 1: 10-01..07 off, 10-08 Thu.
		expect(addWorkingDays('2026-09-30', 1, holidays)).toBe('2026-10-08');
		expect(addWorkingDays('2026-09-29', 3, holidays)).toBe('2026-10-09');
	});

	it('counts a declared working Saturday (调休上班)', () => {
		// 10-08 Thu, 10-09 Fri, 10-10 Sat (working), 10-12 Mon.
		expect(addWorkingDays('2026-09-30', 3, holidays, workdays)).toBe('2026-10-10');
		expect(addWorkingDays('2026-09-30', 4, holidays, workdays)).toBe('2026-10-12');
		expect(addWorkingDays('2026-09-30', 3, holidays)).toBe('2026-10-12');
	});

	it('refuses malformed input', () => {
		expect(() => addWorkingDays('2026-2-30', 1)).toThrow(expect.objectContaining({ code: 'invalid' }));
		expect(() => addWorkingDays('2026-02-30', 1)).toThrow(expect.objectContaining({ code: 'invalid' }));
		expect(() => addWorkingDays('2026-03-02', -1)).toThrow(expect.objectContaining({ code: 'invalid' }));
		expect(() => addWorkingDays('2026-03-02', 1.5)).toThrow(expect.objectContaining({ code: 'invalid' }));
	});
});

describe('isWorkingDay', () => {
	it('knows weekends, holidays and 调休 days', () => {
		expect(isWorkingDay('2026-10-09')).toBe(true);
		expect(isWorkingDay('2026-10-10')).toBe(false);
		expect(isWorkingDay('2026-10-10', holidays, workdays)).toBe(true);
		expect(isWorkingDay('2026-10-05', holidays, workdays)).toBe(false);
	});
});
