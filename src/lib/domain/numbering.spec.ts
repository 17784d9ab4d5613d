import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, nextNumber } from './numbering';
import type { Ticket } from './types';

function taken(seq: number, over: Partial<Ticket> = {}): Ticket {
	return { siteId: 'site-1', day: '2026-03-02', prefix: 'A', seq, number: formatNumber('A', seq), ...over } as Ticket;
}

describe('nextNumber', () => {
	it('starts each day at 001', () => {
		expect(nextNumber([], 'site-1', '2026-03-02', 'A')).toEqual({ seq: 1, number: 'A001' });
	});

	it('uses the highest seq plus one, not the count', () => {
		expect(nextNumber([taken(1), taken(7), taken(3)], 'site-1', '2026-03-02', 'A')).toEqual({ seq: 8, number: 'A008' });
	});

	it('counts per site, per day and per prefix', () => {
		const tickets = [
			taken(5, { siteId: 'site-2' }),
			taken(6, { day: '2026-03-01' }),
			taken(9, { prefix: 'B', number: 'B009' }),
			taken(2)
		];
		expect(nextNumber(tickets, 'site-1', '2026-03-02', 'A').number).toBe('A003');
		expect(nextNumber(tickets, 'site-1', '2026-03-02', 'B').number).toBe('B010');
		expect(nextNumber(tickets, 'site-2', '2026-03-02', 'A').number).toBe('A006');
		expect(nextNumber(tickets, 'site-1', '2026-03-03', 'A').number).toBe('A001');
	});

	it('grows past 999 to four digits', () => {
		expect(nextNumber([taken(998)], 'site-1', '2026-03-02', 'A').number).toBe('A999');
		expect(nextNumber([taken(999)], 'site-1', '2026-03-02', 'A').number).toBe('A1000');
	});

	it('refuses a prefix that is not one capital letter', () => {
		expect(() => nextNumber([], 's', 'd', 'ab')).toThrow(expect.objectContaining({ code: 'invalid', status: 400 }));
	});

	it('never repeats a number, whatever was taken before', () => {
		fc.assert(
			fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 1500 })), fc.integer({ min: 1, max: 30 }), (seqs, more) => {
				const tickets = seqs.map((s) => taken(s));
				for (let i = 0; i < more; i++) {
					const next = nextNumber(tickets, 'site-1', '2026-03-02', 'A');
					expect(tickets.some((t) => t.number === next.number || t.seq === next.seq)).toBe(false);
					expect(next.number).toMatch(/^A\d{3,}$/);
					tickets.push(taken(next.seq));
				}
			})
		);
	});
});
