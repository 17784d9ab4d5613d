import { describe, expect, it } from 'vitest';
import type { CallRecord } from '$lib/domain/types';
import { SeenCalls, takeFreshCalls } from './fresh-calls';

const call = (id: string, at: number): CallRecord => ({
	ticketId: id,
	number: id,
	windowId: 'win-1',
	windowNumber: 1,
	windowName: '1号窗口',
	at,
	recall: false
});

describe('takeFreshCalls', () => {
	it('returns the unseen calls oldest first, once', () => {
		const seen = new SeenCalls();
		seen.add(call('A001', 1));
		const snapshot = [call('A004', 4), call('A003', 3), call('A002', 3), call('A001', 1)];
		expect(takeFreshCalls(snapshot, seen).map((c) => c.number)).toEqual(['A002', 'A003', 'A004']);
		expect(takeFreshCalls(snapshot, seen)).toEqual([]);
	});

	it('treats a recall of the same ticket as a new call', () => {
		const seen = new SeenCalls();
		takeFreshCalls([call('A001', 1)], seen);
		expect(takeFreshCalls([call('A001', 9), call('A001', 1)], seen).map((c) => c.at)).toEqual([9]);
	});

	it('remembers a bounded number of calls', () => {
		const seen = new SeenCalls(100);
		for (let i = 0; i < 10_000; i++) seen.add(call(`t${i}`, i));
		expect(seen.size).toBe(100);
		expect(seen.has(call('t9999', 9999))).toBe(true);
	});
});
