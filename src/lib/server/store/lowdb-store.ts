/**
 * The embedded store: lowdb over DurableJsonFile, and this process is the only writer (see
 * single-writer.ts). Day files are opened on demand and kept in a small LRU cache: a lookup of a
 * day that has no file creates nothing (no `Low`, no cache entry, no file), so input from the
 * network can never make the store grow.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { isRealDay } from '$lib/domain/day';
import { DurableJsonFile, type StoreLogger } from './durable-json-file';
import { validateCases, validateConfig, validateDay, validatePrintJobs } from './records';
import type { CaseRecord, DayRecord, HallConfig, PrintJobsRecord, Store } from './store';
import { exists } from './fs-util';

/** Past day files kept open besides the one written last (today): past days are rarely read. */
export const DAY_CACHE_SIZE = 8;

export class LowdbStore implements Store {
	private config: Low<HallConfig | null>;
	/** Insertion order is recency order (LRU): a hit is moved to the end. */
	private days = new Map<string, Low<DayRecord | null>>();
	/** The day written last stays open: its file's writes are queued on its adapter. */
	private writtenDay: string | null = null;
	private cases: Low<CaseRecord | null>;
	private printJobs: Low<PrintJobsRecord | null>;

	constructor(
		readonly dataDir: string,
		private log?: StoreLogger
	) {
		const file = <T>(name: string, validate: (v: unknown) => string | null) =>
			new Low(new DurableJsonFile<T | null>(path.join(dataDir, name), log, validate), null);
		this.config = file<HallConfig>('config.json', validateConfig);
		this.cases = file<CaseRecord>('cases.json', validateCases);
		this.printJobs = file<PrintJobsRecord>('print-jobs.json', validatePrintJobs);
	}

	/** How many day files are open (tests: the cache stays bounded). */
	get openDays() {
		return this.days.size;
	}

	async readCases() {
		await this.cases.read();
		return this.cases.data;
	}

	async writeCases(record: CaseRecord) {
		this.cases.data = record;
		await this.cases.write();
	}

	async readPrintJobs() {
		await this.printJobs.read();
		return this.printJobs.data;
	}

	async writePrintJobs(record: PrintJobsRecord) {
		this.printJobs.data = record;
		await this.printJobs.write();
	}

	async readConfig() {
		await this.config.read();
		return this.config.data;
	}

	/** Whether DATA_DIR already holds a hall's days (then a missing config must not be re-seeded). */
	async hasDays(): Promise<boolean> {
		const names = await fs.readdir(path.join(this.dataDir, 'days')).catch(() => [] as string[]);
		return names.some((n) => /^\d{4}-\d{2}-\d{2}\.json(\.bak)?$/.test(n));
	}

	async listDays(): Promise<string[]> {
		const names = await fs.readdir(path.join(this.dataDir, 'days')).catch(() => [] as string[]);
		const days = names.map((n) => /^(\d{4}-\d{2}-\d{2})\.json(\.bak)?$/.exec(n)?.[1]).filter((d): d is string => !!d);
		return [...new Set(days)].filter(isRealDay).sort();
	}

	async writeConfig(config: HallConfig) {
		this.config.data = config;
		await this.config.write();
	}

	private dayFile(day: string) {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`bad day key ${day}`);
		return path.join(this.dataDir, 'days', `${day}.json`);
	}

	private cached(day: string) {
		const db = this.days.get(day);
		if (db) {
			this.days.delete(day);
			this.days.set(day, db);
		}
		return db;
	}

	private open(day: string) {
		const db = new Low(new DurableJsonFile<DayRecord | null>(this.dayFile(day), this.log, validateDay(day)), null);
		this.days.set(day, db);
		// Oldest first; never the day being written (today) nor the one just opened.
		for (const key of this.days.keys()) {
			if (this.days.size <= DAY_CACHE_SIZE + 1) break;
			if (key !== this.writtenDay && key !== day) this.days.delete(key);
		}
		return db;
	}

	async readDay(day: string) {
		const file = this.dayFile(day);
		if (!isRealDay(day)) return null;
		let db = this.cached(day);
		if (!db) {
			// Nothing on disk (nor a backup to restore from): nothing to open, nothing to remember.
			if (!(await exists(file)) && !(await exists(`${file}.bak`))) return null;
			db = this.open(day);
		}
		await db.read();
		return db.data;
	}

	async writeDay(record: DayRecord) {
		if (!isRealDay(record.day)) throw new Error(`bad day key ${record.day}`);
		const db = this.cached(record.day) ?? this.open(record.day);
		this.writtenDay = record.day;
		db.data = record;
		await db.write();
	}
}
