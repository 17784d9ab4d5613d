import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
	it('allows `limit` uses per window per key, then again after the window', () => {
		const r = new RateLimiter(3, 60_000);
		expect([1, 2, 3, 4].map(() => r.take('10.0.0.5', 0))).toEqual([true, true, true, false]);
		expect(r.take('10.0.0.6', 1)).toBe(true);
		expect(r.take('10.0.0.5', 60_000)).toBe(true);
	});

	it('remembers at most maxKeys sources', () => {
		const r = new RateLimiter(1, 60_000, 100);
		for (let i = 0; i < 10_000; i++) r.take(`ip${i}`, 0);
		expect(r.size).toBe(100);
	});

	it('0 means no limit', () => {
		const r = new RateLimiter(0, 60_000);
		for (let i = 0; i < 100; i++) expect(r.take('a', 0)).toBe(true);
		expect(r.size).toBe(0);
	});
});
