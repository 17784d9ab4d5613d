/**
 * Backups of the data folder (issue 10): taken on demand (admin 立即备份) and nightly, kept for
 * BACKUP_KEEP_DAYS, one file each in BACKUP_DIR (bundle.ts is the format).
 *
 * Consistent: the files are read under the hall's lock, so no change of the hall is half-written
 * (a command writes its day and cases before it lets go of the lock). Only the reads happen
 * there (a few ms on the demo hall); hashing, compressing and writing happen after. The print
 * queue keeps its own lock; its file is replaced by rename, so the read sees one whole version.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { dayKey, formatTime } from '../../domain/day';
import { Mutex } from '../mutex';
import { BackupError, packBundle, readDataFiles } from './bundle';
import { exists, syncDirIfPossible } from '../store/fs-util';

/** `yizhan-backup-2026-03-02-0230.json.gz` (hall time), `-2`, `-3`… when a minute has several. */
export const BACKUP_NAME = /^yizhan-backup-\d{4}-\d{2}-\d{2}-\d{4}(?:-\d{1,3})?\.json\.gz$/;

export interface BackupInfo {
	name: string;
	size: number;
	/** When it was written (ms). */
	createdAt: number;
}

export interface BackupsDeps {
	dataDir: string;
	dir: string;
	keepDays: number;
	/** Runs `fn` under the hall's lock. */
	exclusive: <T>(fn: () => Promise<T>) => Promise<T>;
	timeZone: () => string;
	clock?: () => number;
	log?: (message: string) => void;
}

const DAY_MS = 86_400_000;

export class Backups {
	/** One backup at a time: two presses of 立即备份 make two files, one after the other. */
	private running = new Mutex();
	private clock: () => number;
	private log: (message: string) => void;

	constructor(private deps: BackupsDeps) {
		this.clock = deps.clock ?? Date.now;
		this.log = deps.log ?? ((m) => console.log(m));
	}

	get dir() {
		return this.deps.dir;
	}

	get keepDays() {
		return this.deps.keepDays;
	}

	/** Takes a backup now, then prunes; `lockMs` is how long the hall was held. */
	create(): Promise<BackupInfo & { lockMs: number; files: number; pruned: string[] }> {
		return this.running.run(async () => {
			const { dataDir, dir } = this.deps;
			let lockMs = 0;
			const files = await this.deps.exclusive(async () => {
				const started = performance.now();
				try {
					return await readDataFiles(dataDir);
				} finally {
					lockMs = performance.now() - started;
				}
			});
			const now = this.clock();
			const gz = await packBundle(files, now, dataDir);
			await fs.mkdir(dir, { recursive: true });
			const name = await this.freeName(now);
			const file = path.join(dir, name);
			const tmp = path.join(dir, `.${name}.tmp`);
			const handle = await fs.open(tmp, 'w', 0o600);
			try {
				await handle.writeFile(gz);
				await handle.sync();
			} finally {
				await handle.close();
			}
			await fs.rename(tmp, file);
			await syncDirIfPossible(dir);
			const pruned = await this.prune();
			this.log(
				`[yizhan] backup ${file}: ${files.length} files, ${gz.length} bytes, hall held ${lockMs.toFixed(1)} ms` +
					(pruned.length ? `; removed ${pruned.length} older than ${this.deps.keepDays} days` : '')
			);
			return { name, size: gz.length, createdAt: now, lockMs, files: files.length, pruned };
		});
	}

	/** Every backup in BACKUP_DIR, newest first. */
	async list(): Promise<BackupInfo[]> {
		const names = await fs.readdir(this.deps.dir).catch(() => [] as string[]);
		const out: BackupInfo[] = [];
		for (const name of names.filter((n) => BACKUP_NAME.test(n))) {
			const stat = await fs.stat(path.join(this.deps.dir, name)).catch(() => null);
			if (stat?.isFile()) out.push({ name, size: stat.size, createdAt: stat.mtimeMs });
		}
		return out.sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name));
	}

	/** The path of a backup by its name, or null if the name is not a backup's (no paths, no `..`). */
	file(name: string): string | null {
		return BACKUP_NAME.test(name) ? path.join(this.deps.dir, name) : null;
	}

	/** Deletes backups older than keepDays; the newest one is always kept. Returns their names. */
	async prune(): Promise<string[]> {
		const cutoff = this.clock() - this.deps.keepDays * DAY_MS;
		const [, ...older] = await this.list();
		const gone: string[] = [];
		for (const b of older) {
			if (b.createdAt >= cutoff) continue;
			await fs.rm(path.join(this.deps.dir, b.name), { force: true });
			gone.push(b.name);
		}
		return gone;
	}

	private async freeName(now: number): Promise<string> {
		const base = `yizhan-backup-${dayKey(now, this.deps.timeZone())}-${formatTime(now, this.deps.timeZone()).replace(':', '')}`;
		for (let n = 1; n < 1000; n++) {
			const name = `${base}${n === 1 ? '' : `-${n}`}.json.gz`;
			if (!(await exists(path.join(this.deps.dir, name)))) return name;
		}
		throw new BackupError(`too many backups in one minute in ${this.deps.dir}`);
	}
}

/**
 * The first minute after `now` whose hall time is `at` (`HH:mm`). Stepping by minutes (at most two
 * days' worth) keeps daylight-saving zones right without arithmetic; a time a clock change skips
 * that day is found the next day.
 */
export function nextBackupTime(now: number, at: string, timeZone: string): number {
	let t = Math.floor(now / 60_000) * 60_000 + 60_000;
	for (let i = 0; i < 2 * 24 * 60 + 120; i++, t += 60_000) {
		if (formatTime(t, timeZone) === at) return t;
	}
	return now + DAY_MS;
}

/** The longest the timer sleeps, so a clock that jumps is noticed within a minute. */
export const BACKUP_CHECK_MS = 60_000;
/** After a start, the first backup (if the last is older than a day) waits this long: a restart's load comes first. */
export const STARTUP_BACKUP_DELAY_MS = 60_000;

/**
 * Takes a backup daily at `at` (hall time), and once soon after start if the newest one is older
 * than a day (or there is none). Timers are unref'd. Returns the function that stops them.
 */
export function followBackups(
	backups: Backups,
	opts: { at: string | null; timeZone: () => string; clock?: () => number; startupDelayMs?: number }
): () => void {
	const clock = opts.clock ?? Date.now;
	let stopped = false;
	const timers = new Set<ReturnType<typeof setTimeout>>();
	const later = (fn: () => void, ms: number) => {
		const t = setTimeout(() => {
			timers.delete(t);
			if (!stopped) fn();
		}, ms);
		t.unref?.();
		timers.add(t);
	};
	const take = async (why: string) => {
		try {
			await backups.create();
		} catch (err) {
			console.error(`[yizhan] ${why} backup failed:`, err);
		}
	};

	void backups.list().then(
		([newest]) => {
			if (!newest || clock() - newest.createdAt > DAY_MS)
				later(() => void take('start-up'), opts.startupDelayMs ?? STARTUP_BACKUP_DELAY_MS);
		},
		() => {}
	);

	if (opts.at) {
		const at = opts.at;
		let due = nextBackupTime(clock(), at, opts.timeZone());
		const arm = () => later(tick, Math.min(Math.max(due - clock(), 0), BACKUP_CHECK_MS));
		const tick = async () => {
			if (clock() >= due) {
				await take('nightly');
				due = nextBackupTime(Math.max(clock(), due), at, opts.timeZone());
			}
			if (!stopped) arm();
		};
		arm();
	}
	return () => {
		stopped = true;
		for (const t of timers) clearTimeout(t);
		timers.clear();
	};
}
