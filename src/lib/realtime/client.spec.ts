import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOST_AFTER_MS, lostSignal } from './client';

describe('lostSignal (the 正在重新连接 grace timer)', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('says lost only once the link has been down for the whole grace period', () => {
		const seen: boolean[] = [];
		const lost = lostSignal((l) => seen.push(l));
		lost.down();
		vi.advanceTimersByTime(LOST_AFTER_MS - 1);
		expect(seen).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(seen).toEqual([true]);
	});

	it('says nothing about a blip shorter than the grace period', () => {
		const seen: boolean[] = [];
		const lost = lostSignal((l) => seen.push(l));
		lost.down();
		vi.advanceTimersByTime(LOST_AFTER_MS - 100);
		lost.up();
		vi.advanceTimersByTime(LOST_AFTER_MS * 2);
		expect(seen).toEqual([]);
	});

	it('does not restart the clock on every failed attempt while down', () => {
		const seen: boolean[] = [];
		const lost = lostSignal((l) => seen.push(l));
		lost.down();
		vi.advanceTimersByTime(1000);
		lost.down();
		vi.advanceTimersByTime(500);
		expect(seen).toEqual([true]);
		lost.down();
		vi.advanceTimersByTime(LOST_AFTER_MS);
		expect(seen).toEqual([true]);
	});

	it('says back once on reconnect, and can be lost again', () => {
		const seen: boolean[] = [];
		const lost = lostSignal((l) => seen.push(l));
		lost.down();
		vi.advanceTimersByTime(LOST_AFTER_MS);
		lost.up();
		lost.up();
		lost.down();
		vi.advanceTimersByTime(LOST_AFTER_MS);
		expect(seen).toEqual([true, false, true]);
	});

	it('says nothing after stop()', () => {
		const seen: boolean[] = [];
		const lost = lostSignal((l) => seen.push(l));
		lost.down();
		lost.stop();
		vi.advanceTimersByTime(LOST_AFTER_MS * 2);
		expect(seen).toEqual([]);
	});
});
