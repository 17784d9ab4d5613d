/**
 * A lowdb adapter that survives a crash. lowdb's own JSONFile writes temp-file + rename with
 * no fsync, so a power cut can leave an empty or truncated file. Here each write:
 *   1. writes `<file>.tmp` and fsyncs it,
 *   2. hard-links the current file to `<file>.bak` (the previous good version, no copy),
 *   3. renames the temp file over the file and fsyncs the folder.
 * Reading a file that is truncated or unparsable, or valid JSON of the wrong shape (`validate`,
 * records.ts), names the file and falls back to the backup (and puts the backup back in place)
 * instead of silently starting empty. A file that was never read or written by this adapter is
 * checked before it becomes the backup, so a bad file never replaces a good backup.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import type { Validate } from './records';
import { exists, syncDir } from './fs-util';

export class StoreFileError extends Error {
	constructor(
		message: string,
		public file: string
	) {
		super(message);
	}
}

export type StoreLogger = (message: string) => void;

export class DurableJsonFile<T> implements Adapter<T> {
	private queue: Promise<void> = Promise.resolve();
	/** The file on disk is one this adapter read (and found good) or wrote. */
	private trusted = false;

	constructor(
		readonly file: string,
		private log: StoreLogger = (m) => console.error(m),
		private validate?: Validate
	) {}

	get backup() {
		return `${this.file}.bak`;
	}

	async read(): Promise<T | null> {
		const main = await readJson<T>(this.file, this.validate);
		if (main.ok) {
			this.trusted = true;
			return main.value;
		}
		const bak = await readJson<T>(this.backup, this.validate);
		if (main.missing && bak.missing) return null;
		if (main.missing && !bak.ok) {
			throw new StoreFileError(`${this.file} is missing and its backup ${this.backup} is unreadable: ${bak.error}`, this.file);
		}
		if (!bak.ok) {
			throw new StoreFileError(
				`${this.file} is unreadable (${main.error}) and so is its backup ${this.backup}` +
					(bak.missing ? ' (missing)' : ` (${bak.error})`) +
					'. Refusing to start empty: repair or move the file aside.',
				this.file
			);
		}
		this.log(`[store] ${this.file} is ${main.missing ? 'missing' : `unreadable (${main.error})`}; restored from ${this.backup}`);
		if (!main.missing) await fs.rename(this.file, `${this.file}.corrupt-${Date.now()}`).catch(() => {});
		await this.write(bak.value);
		this.trusted = true;
		return bak.value;
	}

	/** Writes are serialised per file and resolve only once the data is on disk. */
	write(data: T): Promise<void> {
		const text = JSON.stringify(data);
		const next = this.queue.then(() => this.writeNow(text));
		this.queue = next.catch(() => {});
		return next;
	}

	private async writeNow(text: string) {
		const dir = path.dirname(this.file);
		await fs.mkdir(dir, { recursive: true });
		const tmp = `${this.file}.tmp`;
		const handle = await fs.open(tmp, 'w');
		try {
			await handle.writeFile(text, 'utf8');
			await handle.sync();
		} finally {
			await handle.close();
		}
		if (await exists(this.file)) {
			// A file nobody here read or wrote may be bad: then keep the backup and set it aside.
			const current = this.trusted || !this.validate ? null : await readJson<T>(this.file, this.validate);
			if (current && !current.ok) {
				this.log(`[store] ${this.file} is unreadable (${current.error}); kept ${this.backup}, set the file aside`);
				await fs.rename(this.file, `${this.file}.corrupt-${Date.now()}`);
			} else {
				const bakTmp = `${this.backup}.tmp`;
				await fs.rm(bakTmp, { force: true });
				await fs.link(this.file, bakTmp);
				await fs.rename(bakTmp, this.backup);
			}
		}
		await fs.rename(tmp, this.file);
		await syncDir(dir);
		this.trusted = true;
	}
}

type ReadResult<T> = { ok: true; value: T } | { ok: false; missing: boolean; error: string };

async function readJson<T>(file: string, validate?: Validate): Promise<ReadResult<T> & { missing?: boolean }> {
	let text: string;
	try {
		text = await fs.readFile(file, 'utf8');
	} catch (err) {
		const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
		return { ok: false, missing, error: String(err) };
	}
	try {
		if (!text.trim()) return { ok: false, missing: false, error: 'empty file' };
		const value = JSON.parse(text) as T;
		const wrong = validate?.(value);
		if (wrong) return { ok: false, missing: false, error: wrong };
		return { ok: true, value };
	} catch (err) {
		return { ok: false, missing: false, error: `not valid JSON (${(err as Error).message})` };
	}
}
