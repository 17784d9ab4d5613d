/**
 * The backup format: one gzip file holding one JSON object, every data file's content and a
 * manifest with each file's size and sha256 (issue 10, Backups).
 *
 * Why a JSON bundle and not a tar: the data folder is a handful of small JSON files, so one JSON
 * object needs nothing beyond node:zlib and node:crypto (no new dependency), it is read whole in
 * one step, and a restore can check every hash and every record before it writes a byte.
 *
 * Only the hall's own files are taken, by name: `config.json`, `cases.json`, `print-jobs.json`,
 * `demo-password.txt` and `days/YYYY-MM-DD.json`. Never `*.bak`, `*.tmp`, `*.corrupt-*`,
 * `owner.pid`, nor anything else in the folder (older backups included, wherever BACKUP_DIR is).
 *
 * Relative imports only: the restore script (scripts/restore.ts) runs this file under tsx.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { validateCases, validateConfig, validateDay, validatePrintJobs, type Validate } from '../store/records';

export const BUNDLE_FORMAT = 'yizhan-backup';

export class BackupError extends Error {}

/** One data file: its path relative to DATA_DIR (always with `/`), bytes and permission bits. */
export interface DataFile {
	path: string;
	data: Buffer;
	mode: number;
}

export interface ManifestEntry {
	path: string;
	size: number;
	sha256: string;
	mode: number;
	/** Set when the file itself was unreadable and its `.bak` (good) was taken instead. */
	from?: 'bak';
}

interface BundleJson {
	format: typeof BUNDLE_FORMAT;
	version: 1;
	createdAt: number;
	manifest: ManifestEntry[];
	/** Content by path: utf8 text, or `base64:` + base64 for bytes that are not valid utf8. */
	files: Record<string, string>;
}

export interface Bundle {
	createdAt: number;
	manifest: ManifestEntry[];
	files: DataFile[];
}

const TOP_FILES = ['config.json', 'cases.json', 'print-jobs.json', 'demo-password.txt'];
const DAY_FILE = /^days\/(\d{4}-\d{2}-\d{2})\.json$/;

/** How a data file is checked, or null if `rel` is not one of the hall's files. */
export function validatorFor(rel: string): Validate | null {
	if (rel === 'config.json') return validateConfig;
	if (rel === 'cases.json') return validateCases;
	if (rel === 'print-jobs.json') return validatePrintJobs;
	if (rel === 'demo-password.txt') return () => null;
	const day = DAY_FILE.exec(rel);
	return day ? validateDay(day[1]) : null;
}

/** Null when `data` is a good `rel`, else why not. */
export function checkFile(rel: string, data: Buffer): string | null {
	const validate = validatorFor(rel);
	if (!validate) return 'not a data file of the hall';
	if (rel === 'demo-password.txt') return data.toString('utf8').trim().length >= 8 ? null : 'empty or too short';
	let value: unknown;
	try {
		value = JSON.parse(data.toString('utf8'));
	} catch (err) {
		return `not JSON (${(err as Error).message})`;
	}
	return validate(value);
}

export function sha256(data: Buffer): string {
	return createHash('sha256').update(data).digest('hex');
}

/**
 * Reads the hall's files from `dataDir` (call it under the hall's lock: the reads are all it does
 * there). Missing optional files are skipped; `config.json` must be there.
 */
export async function readDataFiles(dataDir: string): Promise<DataFile[]> {
	const days = await fs.readdir(path.join(dataDir, 'days')).catch(() => [] as string[]);
	const names = [...TOP_FILES, ...days.map((d) => `days/${d}`).filter((n) => DAY_FILE.test(n))].sort();
	const out: DataFile[] = [];
	for (const rel of names) {
		const file = path.join(dataDir, rel);
		try {
			const [data, stat] = await Promise.all([fs.readFile(file), fs.stat(file)]);
			out.push({ path: rel, data, mode: stat.mode & 0o777 });
		} catch (err) {
			if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
			// Never written, but a backup may be all there is (the server restores it on its next read).
			const bak = await fs.readFile(`${file}.bak`).catch(() => null);
			if (bak) out.push({ path: rel, data: bak, mode: 0o644 });
		}
	}
	if (!out.some((f) => f.path === 'config.json')) throw new BackupError(`${dataDir} holds no config.json: nothing to back up`);
	return out;
}

/**
 * Packs files into the gzip bundle. A file that does not check out is replaced by its `.bak`
 * if that one does (the server would do the same on its next read); if neither, the backup fails
 * naming the file, rather than keep a backup that the restore would refuse.
 */
export async function packBundle(files: DataFile[], createdAt: number, dataDir?: string): Promise<Buffer> {
	const manifest: ManifestEntry[] = [];
	const contents: Record<string, string> = {};
	for (const f of files) {
		let { data } = f;
		let from: 'bak' | undefined;
		const problem = checkFile(f.path, data);
		if (problem) {
			const bak = dataDir ? await fs.readFile(path.join(dataDir, `${f.path}.bak`)).catch(() => null) : null;
			if (!bak || checkFile(f.path, bak)) throw new BackupError(`${f.path}: ${problem}, and no good .bak to take instead`);
			[data, from] = [bak, 'bak'];
		}
		const text = data.toString('utf8');
		contents[f.path] = Buffer.from(text, 'utf8').equals(data) ? text : `base64:${data.toString('base64')}`;
		manifest.push({ path: f.path, size: data.length, sha256: sha256(data), mode: f.mode, ...(from ? { from } : {}) });
	}
	const bundle: BundleJson = { format: BUNDLE_FORMAT, version: 1, createdAt, manifest, files: contents };
	return gzipSync(JSON.stringify(bundle));
}

/**
 * Reads and checks a bundle: gzip, format, every file listed once with its hash and size, no
 * file unlisted, every record of the right shape (records.ts), a config present. Throws a
 * BackupError listing every problem found; returns the files only if there is none.
 */
export function readBundle(gz: Buffer): Bundle {
	let raw: unknown;
	try {
		raw = JSON.parse(gunzipSync(gz).toString('utf8'));
	} catch (err) {
		throw new BackupError(`not a Yizhan backup (not gzip-compressed JSON: ${(err as Error).message})`);
	}
	const b = raw as Partial<BundleJson> | null;
	if (
		!b ||
		b.format !== BUNDLE_FORMAT ||
		b.version !== 1 ||
		!Array.isArray(b.manifest) ||
		!b.files ||
		typeof b.files !== 'object'
	) {
		throw new BackupError(`not a Yizhan backup (format ${JSON.stringify(b?.format)}, version ${JSON.stringify(b?.version)})`);
	}
	const problems: string[] = [];
	const files: DataFile[] = [];
	const seen = new Set<string>();
	for (const entry of b.manifest as ManifestEntry[]) {
		const rel = entry?.path;
		if (typeof rel !== 'string' || !validatorFor(rel)) {
			problems.push(`manifest names ${JSON.stringify(rel)}, which is not a data file of the hall`);
			continue;
		}
		if (seen.has(rel)) problems.push(`${rel}: listed twice`);
		seen.add(rel);
		const content = Object.hasOwn(b.files, rel) ? b.files[rel] : undefined;
		if (typeof content !== 'string') {
			problems.push(`${rel}: in the manifest but not in the backup`);
			continue;
		}
		const data = content.startsWith('base64:') ? Buffer.from(content.slice(7), 'base64') : Buffer.from(content, 'utf8');
		if (data.length !== entry.size || sha256(data) !== entry.sha256) {
			problems.push(`${rel}: sha256 or size does not match the manifest (damaged or edited)`);
			continue;
		}
		const bad = checkFile(rel, data);
		if (bad) problems.push(`${rel}: ${bad}`);
		const mode = Number.isInteger(entry.mode) ? entry.mode & 0o777 : 0o644;
		files.push({ path: rel, data, mode });
	}
	for (const rel of Object.keys(b.files)) if (!seen.has(rel)) problems.push(`${rel}: in the backup but not in its manifest`);
	if (!seen.has('config.json')) problems.push('config.json is missing');
	if (problems.length) throw new BackupError(`the backup does not check out:\n  - ${problems.join('\n  - ')}`);
	return { createdAt: Number(b.createdAt) || 0, manifest: b.manifest as ManifestEntry[], files };
}
