/**
 * One process owns DATA_DIR. A second server on the same folder would interleave whole-file
 * writes and lose tickets, so the owner holds `DATA_DIR/owner.pid` and a second one refuses
 * to start with a clear message. A stale file (its process is gone) is taken over.
 */
import { promises as fs, rmSync } from 'node:fs';
import path from 'node:path';
import { isAlive } from './fs-util';

export async function claimDataDir(dataDir: string): Promise<() => Promise<void>> {
	await fs.mkdir(dataDir, { recursive: true });
	const file = path.join(dataDir, 'owner.pid');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			await fs.writeFile(file, String(process.pid), { flag: 'wx' });
			// Let the next server start at once after a normal exit.
			process.once('exit', () => rmSync(file, { force: true }));
			return () => fs.rm(file, { force: true });
		} catch (err) {
			if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
			const pid = Number((await fs.readFile(file, 'utf8').catch(() => '')).trim());
			if (pid === process.pid) return () => fs.rm(file, { force: true });
			// A restart by a service manager may start us while the old process is still exiting.
			if (pid && isAlive(pid)) await waitForExit(pid, 5000);
			if (pid && isAlive(pid)) {
				throw new Error(`DATA_DIR ${dataDir} is already used by process ${pid}; only one Yizhan server may write it`, {
					cause: err
				});
			}
			await fs.rm(file, { force: true });
		}
	}
	throw new Error(`could not claim DATA_DIR ${dataDir}`);
}

async function waitForExit(pid: number, ms: number) {
	for (let waited = 0; waited < ms && isAlive(pid); waited += 100) {
		await new Promise((r) => setTimeout(r, 100));
	}
}
