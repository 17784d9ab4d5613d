/**
 * The embedded store: lowdb over DurableJsonFile. One `Low` per file, created once, and this
 * process is the only writer (see single-writer.ts).
 */
import path from 'node:path';
import { Low } from 'lowdb';
import { DurableJsonFile, type StoreLogger } from './durable-json-file';
import type { CaseRecord, DayRecord, HallConfig, PrintJobsRecord, Store } from './store';

export class LowdbStore implements Store {
	private config: Low<HallConfig | null>;
	private days = new Map<string, Low<DayRecord | null>>();
	private cases: Low<CaseRecord | null>;
	private printJobs: Low<PrintJobsRecord | null>;

	constructor(
		readonly dataDir: string,
		private log?: StoreLogger
	) {
		this.config = new Low(new DurableJsonFile<HallConfig | null>(path.join(dataDir, 'config.json'), log), null);
		this.cases = new Low(new DurableJsonFile<CaseRecord | null>(path.join(dataDir, 'cases.json'), log), null);
		this.printJobs = new Low(new DurableJsonFile<PrintJobsRecord | null>(path.join(dataDir, 'print-jobs.json'), log), null);
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

	async writeConfig(config: HallConfig) {
		this.config.data = config;
		await this.config.write();
	}

	private dayDb(day: string) {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`bad day key ${day}`);
		let db = this.days.get(day);
		if (!db) {
			db = new Low(new DurableJsonFile<DayRecord | null>(path.join(this.dataDir, 'days', `${day}.json`), this.log), null);
			this.days.set(day, db);
		}
		return db;
	}

	async readDay(day: string) {
		const db = this.dayDb(day);
		await db.read();
		return db.data;
	}

	async writeDay(record: DayRecord) {
		const db = this.dayDb(record.day);
		db.data = record;
		await db.write();
	}
}
