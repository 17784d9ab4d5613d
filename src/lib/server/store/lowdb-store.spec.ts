/**
 * Issue 9 finding 1: ticket lookups with made-up dates must not make the server grow. A day that
 * has no file creates nothing, the open-day cache is bounded, and 50,000 lookups with distinct
 * dates through the Hall leave the heap within 20 MB.
 */
import { mkdtempSync, readdirSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { Hall } from '../hall';
import { Gateway } from '../realtime/gateway';
import { demoConfig } from '../seed';
import { DAY_CACHE_SIZE, LowdbStore } from './lowdb-store';
import type { DayRecord } from './store';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'yizhan-store-'));
const day = (i: number) => new Date(Date.UTC(2025, 0, 1) - i * 86_400_000).toISOString().slice(0, 10);
const record = (d: string): DayRecord => ({ version: 1, day: d, seq: {}, tickets: [], calls: [] });

function gc(): () => void {
	v8.setFlagsFromString('--expose-gc');
	return vm.runInNewContext('gc') as () => void;
}

describe('LowdbStore day files', () => {
	it('reading a day that has no file creates no file, no folder and no cache entry', async () => {
		const dir = tmp();
		const store = new LowdbStore(dir);
		for (let i = 0; i < 2000; i++) expect(await store.readDay(day(i))).toBeNull();
		expect(store.openDays).toBe(0);
		expect(existsSync(path.join(dir, 'days'))).toBe(false);
		expect(await store.readDay('2025-02-30')).toBeNull();
		expect(store.openDays).toBe(0);
	});

	it('keeps at most DAY_CACHE_SIZE past days open besides the day being written', async () => {
		const dir = tmp();
		const store = new LowdbStore(dir);
		for (let i = 1; i <= 30; i++) await store.writeDay(record(day(i)));
		await store.writeDay(record(day(0)));
		for (let i = 1; i <= 30; i++) expect((await store.readDay(day(i)))?.day).toBe(day(i));
		expect(store.openDays).toBeLessThanOrEqual(DAY_CACHE_SIZE + 1);
		expect(readdirSync(path.join(dir, 'days')).filter((f) => f.endsWith('.json'))).toHaveLength(31);
		// The day being written stays open and keeps being written after many reads.
		await store.writeDay({ ...record(day(0)), seq: { s: 3 } });
		expect((await new LowdbStore(dir).readDay(day(0)))?.seq).toEqual({ s: 3 });
	});
});

describe('Hall.ticket with made-up tokens', () => {
	it('50,000 lookups with distinct dates: no day opened, heap grows by less than 20 MB', async () => {
		const collect = gc();
		const dir = tmp();
		const store = new LowdbStore(dir);
		const config = demoConfig({ secret: 'x'.repeat(64), timeZone: 'Asia/Shanghai', password: 'yizhan-demo' });
		await store.writeConfig(config);
		const hall = await Hall.open({ store, gateway: new Gateway(), demo: true }, config);
		// Warm up whatever is lazily created once.
		for (let i = 0; i < 200; i++) await hall.ticket(`${day(i).replaceAll('-', '')}AAAAAAAAAAAA`);
		collect();
		const before = process.memoryUsage().heapUsed;
		const start = Date.UTC(2030, 0, 1);
		for (let i = 0; i < 50_000; i++) {
			// Past days (back to 1893), future days and impossible ones, all distinct.
			const d =
				i % 5 === 0
					? `2099${String(1 + (i % 12)).padStart(2, '0')}${String(32 + (i % 60)).padStart(2, '0')}`
					: new Date(start - i * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
			expect(await hall.ticket(`${d}AAAAAAAAAAAA${i}`)).toBeNull();
		}
		collect();
		const grown = process.memoryUsage().heapUsed - before;
		expect(store.openDays).toBeLessThanOrEqual(1);
		expect(readdirSync(dir).includes('days') ? readdirSync(path.join(dir, 'days')).length : 0).toBeLessThanOrEqual(2);
		expect(grown).toBeLessThan(20 * 1024 * 1024);
	}, 120_000);
});
