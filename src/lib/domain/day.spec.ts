import { describe, expect, it } from 'vitest';
import { dayKey, formatDateTime, formatTime, isRealDay, nextDayStart } from './day';

const SH = 'Asia/Shanghai';

describe('day', () => {
	it('keys the business day in the hall zone, not UTC', () => {
		const t = Date.UTC(2026, 2, 1, 16, 30); // 2026-03-01 16:30 UTC = 2026-03-02 00:30 Beijing
		expect(dayKey(t, SH)).toBe('2026-03-02');
		expect(dayKey(t, 'UTC')).toBe('2026-03-01');
	});

	it('formats 24-hour time with midnight as 00, not 24', () => {
		expect(formatTime(Date.UTC(2026, 2, 1, 16, 0), SH)).toBe('00:00');
		expect(formatTime(Date.UTC(2026, 2, 2, 7, 5), SH)).toBe('15:05');
	});

	it('formats date and time as printed on a receipt', () => {
		expect(formatDateTime(Date.UTC(2026, 11, 31, 15, 59), SH)).toBe('2026-12-31 23:59');
		expect(formatDateTime(Date.UTC(2026, 11, 31, 16, 0), SH)).toBe('2027-01-01 00:00');
	});

	it('finds the next local midnight in the hall zone, not the server zone', () => {
		const midnight = Date.UTC(2026, 2, 2, 16, 0); // 2026-03-03 00:00 Beijing
		expect(nextDayStart(Date.UTC(2026, 2, 2, 15, 59, 59, 999), SH)).toBe(midnight);
		expect(nextDayStart(Date.UTC(2026, 2, 2, 1, 0), SH)).toBe(midnight);
		expect(nextDayStart(midnight - 1, SH)).toBe(midnight);
		expect(nextDayStart(midnight, SH)).toBe(midnight + 24 * 3_600_000);
		expect(nextDayStart(Date.UTC(2026, 2, 2, 1, 0), 'UTC')).toBe(Date.UTC(2026, 2, 3));
	});

	it('handles a 23-hour day where clocks go forward', () => {
		// Berlin, 2026-03-29: 02:00 becomes 03:00; the day starts at 23:00 UTC the evening before.
		const start = nextDayStart(Date.UTC(2026, 2, 28, 12), 'Europe/Berlin');
		expect(start).toBe(Date.UTC(2026, 2, 28, 23));
		expect(nextDayStart(start, 'Europe/Berlin') - start).toBe(23 * 3_600_000);
	});
});

describe('isRealDay', () => {
	it('accepts calendar days and refuses impossible ones', () => {
		expect(isRealDay('2024-02-29')).toBe(true);
		expect(isRealDay('2025-12-31')).toBe(true);
		for (const bad of ['2025-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '0000-01-01', '20250101', '2025-1-01']) {
			expect(isRealDay(bad), bad).toBe(false);
		}
	});
});
