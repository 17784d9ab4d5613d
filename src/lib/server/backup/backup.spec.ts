/**
 * Backups (issue 10): pack and verify the bundle, the names, pruning by age, the nightly time,
 * and restore's refusals. The integration test (tests/integration/backups.test.ts) restores a
 * real server's backup and serves the same hall from it.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Mutex } from '../mutex';
import { demoConfig } from '../seed';
import { LowdbStore } from '../store/lowdb-store';
import { Backups, BACKUP_NAME, followBackups, nextBackupTime } from './backups';
import { BackupError, packBundle, readBundle, readDataFiles, sha256 } from './bundle';
import { restoreBackup } from './restore';

const tmp = (name = 'data') => path.join(mkdtempSync(path.join(os.tmpdir(), 'yizhan-backup-')), name);
const config = demoConfig({ secret: 's'.repeat(64), timeZone: 'Asia/Shanghai', password: 'yizhan-demo' });

async function hallFolder(): Promise<string> {
	const dir = tmp();
	const store = new LowdbStore(dir, () => {});
	await store.writeConfig(config);
	await store.writeConfig(config); // a .bak beside it
	await store.writeDay({ version: 1, day: '2026-03-02', seq: {}, tickets: [], calls: [] });
	await store.writeCases({ version: 1, cases: [] });
	writeFileSync(path.join(dir, 'demo-password.txt'), 'yizhan-demo\n', { mode: 0o600 });
	writeFileSync(path.join(dir, 'owner.pid'), '1');
	writeFileSync(path.join(dir, 'notes.txt'), 'not the hall');
	mkdirSync(path.join(dir, 'backups'));
	writeFileSync(path.join(dir, 'backups', 'yizhan-backup-2026-03-01-0230.json.gz'), 'old');
	return dir;
}

function backupsOf(dataDir: string, clock = () => Date.UTC(2026, 2, 2, 18, 30), keepDays = 30) {
	const lock = new Mutex();
	const dir = path.join(path.dirname(dataDir), 'data-backups');
	return {
		lock,
		dir,
		backups: new Backups({
			dataDir,
			dir,
			keepDays,
			exclusive: (fn) => lock.run(fn),
			timeZone: () => 'Asia/Shanghai',
			clock,
			log: () => {}
		})
	};
}

describe('the backup bundle', () => {
	it('takes the hall files only, and reads back what it packed', async () => {
		const dir = await hallFolder();
		const files = await readDataFiles(dir);
		expect(files.map((f) => f.path)).toEqual(['cases.json', 'config.json', 'days/2026-03-02.json', 'demo-password.txt']);
		const bundle = readBundle(await packBundle(files, 1234, dir));
		expect(bundle.createdAt).toBe(1234);
		expect(bundle.files.map((f) => [f.path, f.data.toString()])).toEqual(files.map((f) => [f.path, f.data.toString()]));
		expect(bundle.files.find((f) => f.path === 'demo-password.txt')!.mode).toBe(0o600);
		expect(bundle.manifest.every((m) => /^[0-9a-f]{64}$/.test(m.sha256))).toBe(true);
	});

	it('refuses a bundle with an edited file, a file not in the manifest, a bad record or no config', async () => {
		const dir = await hallFolder();
		const gz = await packBundle(await readDataFiles(dir), 1, dir);
		const edit = (fn: (b: { manifest: { path: string }[]; files: Record<string, string> }) => void) => {
			const b = JSON.parse(gunzipSync(gz).toString());
			fn(b);
			return gzipSync(JSON.stringify(b));
		};
		expect(() => readBundle(edit((b) => (b.files['cases.json'] = '{"version":1,"cases":[{}]}')))).toThrow(/cases.json: sha256/);
		expect(() => readBundle(edit((b) => (b.files['days/2026-03-03.json'] = '{}')))).toThrow(/not in its manifest/);
		expect(() => readBundle(edit((b) => (b.manifest = b.manifest.filter((m) => m.path !== 'config.json'))))).toThrow(
			/config.json is missing/
		);
		expect(() => readBundle(edit((b) => b.manifest.push({ path: '../etc/passwd' })))).toThrow(/not a data file/);
		expect(() => readBundle(Buffer.from('hello'))).toThrow(BackupError);
		// A record of the wrong shape with a matching hash is refused too.
		const bad = Buffer.from('{"version":1,"day":"2026-03-04","seq":{},"tickets":[{}],"calls":[]}');
		const forged = await packBundle([{ path: 'config.json', data: Buffer.from(JSON.stringify(config)), mode: 0o644 }], 1).then(
			(g) => {
				const b = JSON.parse(gunzipSync(g).toString());
				b.files['days/2026-03-04.json'] = bad.toString();
				b.manifest.push({ path: 'days/2026-03-04.json', size: bad.length, sha256: sha256(bad), mode: 420 });
				return gzipSync(JSON.stringify(b));
			}
		);
		expect(() => readBundle(forged)).toThrow(/days\/2026-03-04.json: wrong shape/);
	});

	it('takes the .bak of a file that is unreadable, and fails naming a file that has no good one', async () => {
		const dir = await hallFolder();
		writeFileSync(path.join(dir, 'config.json'), '{"trunc');
		const bundle = readBundle(await packBundle(await readDataFiles(dir), 1, dir));
		expect(bundle.manifest.find((m) => m.path === 'config.json')!.from).toBe('bak');
		writeFileSync(path.join(dir, 'days', '2026-03-02.json'), 'null');
		await expect(packBundle(await readDataFiles(dir), 1, dir)).rejects.toThrow(/days\/2026-03-02.json/);
	});
});

describe('Backups', () => {
	it('writes one file named by hall time beside the data folder, under the lock, and lists it', async () => {
		const data = await hallFolder();
		const { backups, dir, lock } = backupsOf(data);
		// A change that holds the lock is waited for: the backup never reads a half-done change.
		let release!: () => void;
		const held = lock.run(() => new Promise<void>((r) => (release = r)));
		const made = backups.create();
		await new Promise((r) => setTimeout(r, 50));
		expect(existsSync(dir)).toBe(false);
		release();
		await held;
		const b = await made;
		expect(b.name).toBe('yizhan-backup-2026-03-03-0230.json.gz');
		expect(b.lockMs).toBeLessThan(1000);
		const second = await backups.create();
		expect(second.name).toBe('yizhan-backup-2026-03-03-0230-2.json.gz');
		expect((await backups.list()).map((x) => x.name).sort()).toEqual([b.name, second.name].sort());
		expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
		expect(readBundle(readFileSync(path.join(dir, b.name))).files).toHaveLength(4);
	});

	it('accepts only backup names: no paths, no ..', () => {
		const { backups } = backupsOf(tmp());
		for (const bad of [
			'../config.json',
			'yizhan-backup-2026-03-03-0230.json.gz/../x',
			'..',
			'config.json',
			'yizhan-backup-2026-03-03-0230.json.gz.tmp'
		]) {
			expect(backups.file(bad)).toBeNull();
		}
		expect(BACKUP_NAME.test('yizhan-backup-2026-03-03-0230-12.json.gz')).toBe(true);
	});

	it('prunes backups older than keepDays, never the newest', async () => {
		const data = await hallFolder();
		let now = Date.UTC(2026, 2, 2, 18, 30);
		const { backups, dir } = backupsOf(data, () => now, 7);
		const first = await backups.create();
		const old = (days: number) => {
			const name = `yizhan-backup-2026-01-${String(days).padStart(2, '0')}-0230.json.gz`;
			writeFileSync(path.join(dir, name), 'x');
			const t = (now - days * 86_400_000) / 1000;
			utimesSync(path.join(dir, name), t, t);
			return name;
		};
		const [six, eight, forty] = [old(6), old(8), old(40)];
		writeFileSync(path.join(dir, 'keep-me.txt'), 'not a backup');
		expect((await backups.prune()).sort()).toEqual([eight, forty].sort());
		expect(readdirSync(dir).sort()).toEqual([first.name, six, 'keep-me.txt'].sort());
		// A server down for a month: everything is old, the newest stays.
		now += 60 * 86_400_000;
		await backups.prune();
		expect(readdirSync(dir).sort()).toEqual([first.name, 'keep-me.txt'].sort());
	});
});

describe('nextBackupTime', () => {
	it('is the next minute whose hall time is the one set', () => {
		// 02:30 Shanghai is 18:30 UTC the day before.
		expect(nextBackupTime(Date.UTC(2026, 2, 2, 12, 0), '02:30', 'Asia/Shanghai')).toBe(Date.UTC(2026, 2, 2, 18, 30));
		expect(nextBackupTime(Date.UTC(2026, 2, 2, 18, 30), '02:30', 'Asia/Shanghai')).toBe(Date.UTC(2026, 2, 3, 18, 30));
		// A time a clock change skips (New York, 2026-03-08 02:30 does not exist) is taken the next day.
		expect(nextBackupTime(Date.UTC(2026, 2, 8, 5, 0), '02:30', 'America/New_York')).toBe(Date.UTC(2026, 2, 9, 6, 30));
	});
});

describe('followBackups', () => {
	it('takes one backup at start when there is none from the last day, and none when there is', async () => {
		const data = await hallFolder();
		const { backups, dir } = backupsOf(data, Date.now);
		const settle = () => new Promise((r) => setTimeout(r, 300));
		let stop = followBackups(backups, { at: null, timeZone: () => 'Asia/Shanghai', startupDelayMs: 0 });
		await settle();
		stop();
		expect(readdirSync(dir)).toHaveLength(1);
		stop = followBackups(backups, { at: null, timeZone: () => 'Asia/Shanghai', startupDelayMs: 0 });
		await settle();
		stop();
		expect(readdirSync(dir)).toHaveLength(1);
	});
});

describe('restoreBackup', () => {
	async function aBackup() {
		const data = await hallFolder();
		const { backups, dir } = backupsOf(data);
		return path.join(dir, (await backups.create()).name);
	}

	it('restores into a new folder and reports it', async () => {
		const file = await aBackup();
		const target = tmp('restored');
		const r = await restoreBackup(file, target);
		expect(r).toMatchObject({ files: 4, days: ['2026-03-02'], tickets: 0, cases: 0 });
		expect(readdirSync(target).sort()).toEqual(['cases.json', 'config.json', 'days', 'demo-password.txt']);
		expect(JSON.parse(readFileSync(path.join(target, 'config.json'), 'utf8')).secret).toBe(config.secret);
		expect(readdirSync(path.dirname(target)).filter((n) => n.includes('restoring'))).toEqual([]);
	});

	it('refuses a non-empty folder unless forced, and then moves it aside', async () => {
		const file = await aBackup();
		const target = tmp('busy');
		mkdirSync(target);
		writeFileSync(path.join(target, 'config.json'), 'mine');
		await expect(restoreBackup(file, target)).rejects.toThrow(/not empty/);
		expect(readFileSync(path.join(target, 'config.json'), 'utf8')).toBe('mine');
		const r = await restoreBackup(file, target, { force: true });
		expect(readFileSync(path.join(r.movedAside!, 'config.json'), 'utf8')).toBe('mine');
		expect(JSON.parse(readFileSync(path.join(target, 'config.json'), 'utf8')).version).toBe(1);
	});

	it('refuses a folder a live server owns, even forced, and a damaged backup before writing anything', async () => {
		const file = await aBackup();
		const target = tmp('owned');
		mkdirSync(target);
		writeFileSync(path.join(target, 'owner.pid'), String(process.ppid));
		await expect(restoreBackup(file, target, { force: true })).rejects.toThrow(/in use by a running Yizhan server/);
		const damaged = path.join(path.dirname(file), 'damaged.json.gz');
		const b = JSON.parse(gunzipSync(readFileSync(file)).toString());
		b.files['config.json'] = b.files['config.json'].replace('"demo":true', '"demo":false');
		writeFileSync(damaged, gzipSync(JSON.stringify(b)));
		const fresh = tmp('fresh');
		await expect(restoreBackup(damaged, fresh)).rejects.toThrow(/config.json: sha256/);
		expect(existsSync(fresh)).toBe(false);
	});
});
