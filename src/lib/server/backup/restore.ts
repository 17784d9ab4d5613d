/**
 * Restoring a backup into a data folder (`npm run restore`, scripts/restore.ts). The backup is
 * checked whole first (bundle.ts: hashes, every record's shape); nothing is written unless all of
 * it checks out. The files are written into a new folder beside the target and renamed into place,
 * so a restore cut short leaves no half-restored DATA_DIR. A folder that holds anything is refused
 * unless `force`, and then moved aside (`<dir>.before-restore-<time>`), never deleted; a folder a
 * live server owns (`owner.pid`) is always refused.
 *
 * Relative imports only: this runs under tsx, outside SvelteKit.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BackupError, readBundle, type Bundle } from './bundle';
import { isAlive, syncDirIfPossible } from '../store/fs-util';

export interface RestoreReport {
	target: string;
	createdAt: number;
	files: number;
	bytes: number;
	days: string[];
	tickets: number;
	cases: number;
	sites: string[];
	/** Where the folder that was there went (with `force`). */
	movedAside?: string;
}

export async function restoreBackup(backupFile: string, targetDir: string, opts: { force?: boolean; now?: number } = {}) {
	const target = path.resolve(targetDir);
	const gz = await fs.readFile(backupFile).catch((err: NodeJS.ErrnoException) => {
		throw new BackupError(`cannot read ${backupFile}: ${err.code ?? err.message}`);
	});
	const bundle = readBundle(gz);

	const existing = await fs.readdir(target).catch((err: NodeJS.ErrnoException) => {
		if (err.code === 'ENOENT') return null;
		if (err.code === 'ENOTDIR') throw new BackupError(`${target} is a file, not a folder`);
		throw err;
	});
	const owner = await ownerPid(target);
	if (owner) throw new BackupError(`${target} is in use by a running Yizhan server (process ${owner}): stop it first`);
	let movedAside: string | undefined;
	if (existing && existing.length) {
		if (!opts.force) {
			throw new BackupError(
				`${target} is not empty (${existing.length} entries): restore into a new folder, or add --force to move it aside`
			);
		}
		movedAside = `${target}.before-restore-${stamp(opts.now ?? Date.now())}`;
	}

	const staging = `${target}.restoring-${process.pid}`;
	await fs.rm(staging, { recursive: true, force: true });
	try {
		await writeFiles(staging, bundle);
		if (movedAside) await fs.rename(target, movedAside);
		else if (existing) await fs.rmdir(target);
		await fs.rename(staging, target);
		await syncDirIfPossible(path.dirname(target));
	} catch (err) {
		await fs.rm(staging, { recursive: true, force: true }).catch(() => {});
		throw err;
	}
	return report(target, bundle, movedAside);
}

async function writeFiles(dir: string, bundle: Bundle) {
	await fs.mkdir(path.join(dir, 'days'), { recursive: true });
	for (const f of bundle.files) {
		const file = path.join(dir, ...f.path.split('/'));
		const handle = await fs.open(file, 'wx', f.mode || 0o644);
		try {
			await handle.writeFile(f.data);
			await handle.sync();
		} finally {
			await handle.close();
		}
	}
	await syncDirIfPossible(path.join(dir, 'days'));
	await syncDirIfPossible(dir);
}

function report(target: string, bundle: Bundle, movedAside?: string): RestoreReport {
	const json = (rel: string) => {
		const f = bundle.files.find((x) => x.path === rel);
		return f ? JSON.parse(f.data.toString('utf8')) : null;
	};
	const days = bundle.files.filter((f) => f.path.startsWith('days/')).map((f) => f.path.slice(5, 15));
	const tickets = days.reduce((n, d) => n + (json(`days/${d}.json`)?.tickets?.length ?? 0), 0);
	const config = json('config.json') as { sites: { name: string }[] };
	return {
		target,
		createdAt: bundle.createdAt,
		files: bundle.files.length,
		bytes: bundle.files.reduce((n, f) => n + f.data.length, 0),
		days,
		tickets,
		cases: json('cases.json')?.cases?.length ?? 0,
		sites: config.sites.map((s) => s.name),
		...(movedAside ? { movedAside } : {})
	};
}

async function ownerPid(dir: string): Promise<number | null> {
	const pid = Number((await fs.readFile(path.join(dir, 'owner.pid'), 'utf8').catch(() => '')).trim());
	if (!pid || pid === process.pid) return null;
	return isAlive(pid) ? pid : null;
}

function stamp(now: number) {
	return new Date(now).toISOString().replace(/[:.]/g, '-');
}
