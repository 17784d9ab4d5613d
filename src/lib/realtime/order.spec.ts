import { describe, expect, it } from 'vitest';
import { compareOrder } from './order';

describe('compareOrder', () => {
	it('orders pushes of one day by seq', () => {
		expect(compareOrder({ day: '2026-03-02', seq: 5 }, { day: '2026-03-02', seq: 4 })).toBeGreaterThan(0);
		expect(compareOrder({ day: '2026-03-02', seq: 5 }, { day: '2026-03-02', seq: 5 })).toBe(0);
		expect(compareOrder({ day: '2026-03-02', seq: 4 }, { day: '2026-03-02', seq: 5 })).toBeLessThan(0);
	});

	it('takes a new day as newer though its seq starts again, and never goes back to an earlier day', () => {
		expect(compareOrder({ day: '2026-03-03', seq: 0 }, { day: '2026-03-02', seq: 240 })).toBeGreaterThan(0);
		expect(compareOrder({ day: '2026-03-02', seq: 241 }, { day: '2026-03-03', seq: 0 })).toBeLessThan(0);
		expect(compareOrder({ day: '2026-12-31', seq: 9 }, { day: '2027-01-01', seq: 1 })).toBeLessThan(0);
	});
});
