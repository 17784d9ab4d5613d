/**
 * Issue 10, Backups: a backup taken through the admin API, downloaded, restored with
 * `npm run restore` into an empty folder, serves the same hall on a second server: the same
 * tickets by token, the same config secret, the same admin password.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { login, post, startServer, type RunningServer } from './server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const running: RunningServer[] = [];
afterAll(() => Promise.all(running.map((s) => s.stop())));

async function restore(...args: string[]): Promise<{ code: number; out: string }> {
	try {
		const { stdout, stderr } = await promisify(execFile)(
			path.join(ROOT, 'node_modules/.bin/tsx'),
			['scripts/restore.ts', ...args],
			{
				cwd: ROOT
			}
		);
		return { code: 0, out: stdout + stderr };
	} catch (err) {
		const e = err as { code: number; stdout: string; stderr: string };
		return { code: e.code, out: e.stdout + e.stderr };
	}
}

describe('backup and restore', () => {
	it('restores a downloaded backup into an empty folder and serves the same hall', async () => {
		const first = await startServer();
		running.push(first);
		const tokens: { token: string; number: string }[] = [];
		for (const matterId of ['residence-permit', 'dibao', 'id-card']) {
			const { ticket } = (await post(`${first.url}/api/tickets`, { matterId })).body;
			tokens.push({ token: ticket.token ?? ticket.statusPath.slice(3), number: ticket.number });
		}
		const admin = await login(first.url, 'admin');

		const made = await fetch(`${first.url}/api/admin/backups`, { method: 'POST', headers: { cookie: admin } });
		expect(made.status).toBe(201);
		const { backup, lockMs, files } = (await made.json()) as {
			backup: { name: string; size: number };
			lockMs: number;
			files: number;
		};
		console.log(`backup ${backup.name}: ${files} files, ${backup.size} bytes, hall lock held ${lockMs.toFixed(2)} ms`);
		expect(backup.name).toMatch(/^yizhan-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json\.gz$/);
		expect(lockMs).toBeLessThan(200);

		const listed = await fetch(`${first.url}/api/admin/backups`, { headers: { cookie: admin } }).then((r) => r.json());
		expect(listed.backups.map((b: { name: string }) => b.name)).toContain(backup.name);
		expect(listed.dir).toBe(`${first.dataDir}-backups`);

		const clerk = await login(first.url, 'w1');
		expect((await fetch(`${first.url}/api/admin/backups/${backup.name}`, { headers: { cookie: clerk } })).status).toBe(403);
		for (const bad of ['..%2Fconfig.json', '..%2F..%2Fetc%2Fpasswd', 'config.json']) {
			expect((await fetch(`${first.url}/api/admin/backups/${bad}`, { headers: { cookie: admin } })).status).toBe(404);
		}
		const res = await fetch(`${first.url}/api/admin/backups/${backup.name}`, { headers: { cookie: admin } });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-disposition')).toContain(backup.name);
		const bytes = Buffer.from(await res.arrayBuffer());
		expect(bytes.equals(readFileSync(path.join(`${first.dataDir}-backups`, backup.name)))).toBe(true);

		const work = mkdtempSync(path.join(os.tmpdir(), 'yizhan-restore-'));
		const downloaded = path.join(work, backup.name);
		writeFileSync(downloaded, bytes);
		const target = path.join(work, 'restored');

		// The live server's own folder is refused, even with --force.
		const owned = await restore(downloaded, first.dataDir, '--force');
		expect(owned.code).toBe(1);
		expect(owned.out).toMatch(/in use by a running Yizhan server/);

		const done = await restore(downloaded, target);
		expect(done.code, done.out).toBe(0);
		expect(done.out).toMatch(/3 tickets/);
		// Not twice into the same folder.
		const again = await restore(downloaded, target);
		expect(again.code).toBe(1);
		expect(again.out).toMatch(/not empty/);

		const second = await startServer({ dataDir: target });
		running.push(second);
		for (const t of tokens) {
			const seen = await fetch(`${second.url}/api/tickets/${t.token}`).then((r) => r.json());
			expect(seen.ticket?.number ?? seen.number).toBe(t.number);
		}
		const secret = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8')).secret;
		expect(secret(target)).toBe(secret(first.dataDir));
		await login(second.url, 'admin');
		// The next number continues the restored day.
		const next = (await post(`${second.url}/api/tickets`, { matterId: 'residence-permit' })).body.ticket.number;
		expect(next).not.toBe(tokens[0].number);
	}, 60_000);
});
