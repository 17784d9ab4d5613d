/** Issue 9 finding 7: valid JSON of the wrong shape is a corrupt file, never an empty hall. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoConfig } from '../seed';
import { StoreFileError } from './durable-json-file';
import { LowdbStore } from './lowdb-store';
import { validateConfig, validateDay } from './records';
import type { DayRecord } from './store';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'yizhan-records-'));
const DAY = '2025-03-04';

function dayWith(n: number): DayRecord {
	const tickets = Array.from({ length: n }, (_, i) => ({
		id: `t${i}`,
		token: `20250304tok${i}xxxxxxxx`,
		siteId: 's1',
		day: DAY,
		prefix: 'A',
		seq: i + 1,
		number: `A${String(i + 1).padStart(3, '0')}`,
		categoryId: 'c',
		matterId: 'm',
		priority: false,
		state: 'waiting' as const,
		issuedAt: 1,
		queuedAt: 1,
		recalls: 0,
		missing: [],
		events: [{ action: 'issue' as const, at: 1 }]
	}));
	return { version: 1, day: DAY, seq: { s1: n }, tickets, calls: [] };
}

async function storeWithGoodBackup(bad: string) {
	const dir = tmp();
	const store = new LowdbStore(dir, () => {});
	await store.writeDay(dayWith(189));
	await store.writeDay(dayWith(190));
	const file = path.join(dir, 'days', `${DAY}.json`);
	writeFileSync(file, bad);
	return { dir, file };
}

describe('records: the shapes the data files must have', () => {
	it('accept the demo hall and a day as the code writes them', () => {
		expect(validateConfig(demoConfig({ secret: 'x'.repeat(64), timeZone: 'Asia/Shanghai', password: 'yizhan-demo' }))).toBeNull();
		expect(validateDay(DAY)(dayWith(3))).toBeNull();
		// Unknown fields and absent optional ones are fine (older and newer files).
		expect(validateDay(DAY)({ ...dayWith(1), extra: true, windows: undefined })).toBeNull();
	});

	it('refuse null, {}, a list, a ticket without its number, and a day file holding another day', () => {
		const v = validateDay(DAY);
		expect(v(null)).toMatch(/wrong shape/);
		expect(v({})).toMatch(/wrong shape/);
		expect(v([])).toMatch(/wrong shape/);
		const noNumber = dayWith(1) as unknown as { tickets: Record<string, unknown>[] };
		delete noNumber.tickets[0].number;
		expect(v(noNumber)).toMatch(/tickets\.0\.number/);
		expect(v({ ...dayWith(1), day: '2025-03-05' })).toMatch(/holds day 2025-03-05/);
		expect(validateConfig(null)).toMatch(/wrong shape/);
	});
});

describe('a day file of the wrong shape', () => {
	for (const bad of ['null', '{}', '[]', '{"version":1,"day":"2025-03-04","seq":{},"tickets":null,"calls":[]}']) {
		it(`holding ${bad} is restored from its good backup, and the backup is not overwritten`, async () => {
			const { dir, file } = await storeWithGoodBackup(bad);
			const store = new LowdbStore(dir, () => {});
			const day = await store.readDay(DAY);
			expect(day?.tickets).toHaveLength(189);
			// The bad file is kept aside for a person to look at.
			expect(readdirSync(path.join(dir, 'days')).some((f) => f.startsWith(`${DAY}.json.corrupt-`))).toBe(true);
			await store.writeDay(dayWith(191));
			expect(JSON.parse(readFileSync(`${file}.bak`, 'utf8')).tickets).toHaveLength(189);
		});
	}

	it('with no good backup, refuses with the file name instead of starting empty', async () => {
		const { dir, file } = await storeWithGoodBackup('{}');
		writeFileSync(`${file}.bak`, 'null');
		const err = await new LowdbStore(dir, () => {}).readDay(DAY).catch((e) => e);
		expect(err).toBeInstanceOf(StoreFileError);
		expect(err.message).toContain(file);
	});

	it('a bad file this process never read does not become the backup on the next write', async () => {
		const { dir, file } = await storeWithGoodBackup('null');
		// Written without reading first (e.g. a second adapter): the good .bak must survive.
		await new LowdbStore(dir, () => {}).writeDay(dayWith(5));
		expect(JSON.parse(readFileSync(`${file}.bak`, 'utf8')).tickets).toHaveLength(189);
		expect(JSON.parse(readFileSync(file, 'utf8')).tickets).toHaveLength(5);
	});

	it('config.json holding null is restored from its backup (same secret), not re-seeded', async () => {
		const dir = tmp();
		const store = new LowdbStore(dir, () => {});
		const config = demoConfig({ secret: 's'.repeat(64), timeZone: 'Asia/Shanghai', password: 'yizhan-demo' });
		await store.writeConfig(config);
		await store.writeConfig({ ...config, settings: { ...config.settings, notice: 'n' } });
		writeFileSync(path.join(dir, 'config.json'), 'null');
		expect((await new LowdbStore(dir, () => {}).readConfig())?.secret).toBe('s'.repeat(64));
	});
});
