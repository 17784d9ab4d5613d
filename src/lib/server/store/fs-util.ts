/** Small file-system helpers shared by the store, backups and restore. */
import { promises as fs } from 'node:fs';

export async function exists(file: string): Promise<boolean> {
	try {
		await fs.access(file);
		return true;
	} catch {
		return false;
	}
}

/** fsync a folder, so a rename in it survives a power cut. Throws if the folder cannot be synced. */
export async function syncDir(dir: string): Promise<void> {
	const handle = await fs.open(dir, 'r');
	try {
		await handle.sync();
	} finally {
		await handle.close();
	}
}

/**
 * fsync a folder where the filesystem allows it: backups and restores write whole new files and
 * rename them, which stays atomic even where a folder cannot be synced.
 */
export async function syncDirIfPossible(dir: string): Promise<void> {
	await syncDir(dir).catch(() => {});
}

/** Is process `pid` alive (EPERM: alive, owned by another user)? */
export function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		return (err as NodeJS.ErrnoException).code === 'EPERM';
	}
}
