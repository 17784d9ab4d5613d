import { mkdtempSync, promises as fs, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { DurableJsonFile, StoreFileError } from './durable-json-file';

function tmp() {
	return mkdtempSync(path.join(os.tmpdir(), 'yizhan-store-'));
}

describe('DurableJsonFile', () => {
	it('writes through lowdb to disk and keeps the previous version as the backup', async () => {
		const dir = tmp();
		const file = path.join(dir, 'day.json');
		// Built by hand: lowdb's JSONFilePreset keeps data in memory under NODE_ENV=test.
		const db = new Low(new DurableJsonFile<{ n: number }>(file), { n: 0 });
		db.data = { n: 1 };
		await db.write();
		db.data = { n: 2 };
		await db.write();
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ n: 2 });
		expect(JSON.parse(readFileSync(`${file}.bak`, 'utf8'))).toEqual({ n: 1 });
		expect(readdirSync(dir).sort()).toEqual(['day.json', 'day.json.bak']);
	});

	it('keeps writes in the order they were made, even when not awaited one by one', async () => {
		const file = path.join(tmp(), 'order.json');
		const adapter = new DurableJsonFile<number[]>(file);
		await Promise.all(Array.from({ length: 20 }, (_, i) => adapter.write(Array.from({ length: i + 1 }, (_, k) => k))));
		expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveLength(20);
	});

	it('restores a truncated file from its backup, naming the file, and sets the bad one aside', async () => {
		const dir = tmp();
		const file = path.join(dir, 'config.json');
		const logs: string[] = [];
		const adapter = new DurableJsonFile<{ tickets: string[] }>(file, (m) => logs.push(m));
		await adapter.write({ tickets: ['A001'] });
		await adapter.write({ tickets: ['A001', 'A002'] });
		writeFileSync(file, '{"tickets":["A001","A0'); // a crash mid-write of an old-style writer
		const read = await new DurableJsonFile<{ tickets: string[] }>(file, (m) => logs.push(m)).read();
		expect(read).toEqual({ tickets: ['A001'] });
		expect(logs[0]).toContain(file);
		expect(logs[0]).toContain('restored from');
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ tickets: ['A001'] });
		expect(readdirSync(dir).some((f) => f.startsWith('config.json.corrupt-'))).toBe(true);
	});

	it('refuses to start empty when the file and its backup are both unreadable', async () => {
		const file = path.join(tmp(), 'config.json');
		writeFileSync(file, '');
		writeFileSync(`${file}.bak`, 'not json');
		const read = new DurableJsonFile(file, () => {}).read();
		await expect(read).rejects.toBeInstanceOf(StoreFileError);
		await expect(new DurableJsonFile(file, () => {}).read()).rejects.toThrow(file);
		// Nothing was overwritten.
		expect(readFileSync(file, 'utf8')).toBe('');
	});

	it('reads null for a file that was never written', async () => {
		const file = path.join(tmp(), 'none.json');
		expect(await new DurableJsonFile(file).read()).toBeNull();
		expect(existsSync(file)).toBe(false);
	});

	it('leaves the last good file in place when a write fails', async () => {
		const dir = tmp();
		const file = path.join(dir, 'day.json');
		const adapter = new DurableJsonFile<unknown>(file);
		await adapter.write({ ok: 1 });
		await fs.mkdir(`${file}.tmp`); // the temp path is blocked: the write cannot happen
		await expect(adapter.write({ ok: 2 })).rejects.toThrow();
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ ok: 1 });
		await fs.rmdir(`${file}.tmp`);
		await adapter.write({ ok: 3 });
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ ok: 3 });
	});
});
