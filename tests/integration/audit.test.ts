/**
 * The audit log against the real server: staff and admin actions (also a failed login, settings,
 * calendar, pairing and unpairing) land in the day file with a whole hash chain; an entry edited
 * while the hall is stopped is reported by `npm run audit:verify` (exit 1, file and index) and by
 * the admin API after a restart.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/lib/core/state';
import { freePort, login, post, startServer, tempDataDir, type RunningServer } from './server';

let server: RunningServer;
let dataDir: string;
let port: number;
/** The note of the entry the second test edits, put back by the third. */
let original: string;

beforeAll(async () => {
	dataDir = tempDataDir();
	port = await freePort();
	server = await startServer({ dataDir, port });
});
afterAll(() => server?.stop());

const ROOT = path.resolve(import.meta.dirname, '../..');
const verify = () =>
	spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/audit-verify.ts', dataDir], {
		cwd: ROOT,
		encoding: 'utf8'
	});
const dayFile = () => {
	const name = readdirSync(path.join(dataDir, 'days'))
		.filter((n) => n.endsWith('.json'))
		.sort()
		.at(-1)!;
	return path.join(dataDir, 'days', name);
};
const send = (method: string, url: string, body: unknown, cookie: string) =>
	fetch(url, { method, headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
const audit = async (cookie: string, query = '') => {
	const res = await fetch(`${server.url}/api/admin/audit${query}`, { headers: { cookie } });
	expect(res.status).toBe(200);
	return res.json();
};

describe('audit log', () => {
	it('records every admin action, a failed login without its password, in a whole chain', async () => {
		expect((await post(`${server.url}/api/session`, { username: 'w1', password: 'not-the-password' })).status).toBe(401);
		const admin = await login(server.url, 'admin');
		expect((await send('PUT', `${server.url}/api/settings`, { notice: '今日下午系统维护' }, admin)).status).toBe(200);
		expect(
			(await send('PUT', `${server.url}/api/settings/calendar`, { holidays: ['2026-10-01'], workdays: [] }, admin)).status
		).toBe(200);
		const started = await post(`${server.url}/api/pairing`, {});
		const paired = await post(
			`${server.url}/api/devices`,
			{ code: started.body.code, kind: 'kiosk', siteId: 'demo', name: '大厅入口取号机' },
			admin
		);
		expect(paired.status).toBe(201);
		expect((await send('DELETE', `${server.url}/api/devices/${paired.body.device.id}`, {}, admin)).status).toBe(200);

		const entries = JSON.parse(readFileSync(dayFile(), 'utf8')).audit as AuditEntry[];
		const actions = entries.map((e) => e.action);
		expect(actions).toEqual([
			'login_failed',
			'login',
			'settings_updated',
			'calendar_updated',
			'device_paired',
			'device_unpaired'
		]);
		expect(entries[0].note).toContain('w1');
		expect(JSON.stringify(entries)).not.toContain('not-the-password');
		expect(entries[2].note).toContain('今日下午系统维护');
		expect(entries[3].note).toContain('2026-10-01');
		expect(entries[4]).toMatchObject({ staffId: 'admin', subject: paired.body.device.id });
		expect(entries.every((e) => /^[0-9a-f]{64}$/.test(e.hash!))).toBe(true);
		expect(entries[1].prev).toBe(entries[0].hash);

		const body = await audit(admin);
		expect(body.chain.ok).toBe(true);
		expect(body.rows.map((r: { action: string }) => r.action)).toContain('配对设备');
		const byPerson = await audit(admin, '?person=w1');
		expect(byPerson.rows).toHaveLength(1);
		expect(byPerson.rows[0].action).toBe('登录失败');

		const csv = await fetch(`${server.url}/api/admin/audit/export`, { headers: { cookie: admin } });
		expect(csv.headers.get('content-type')).toContain('text/csv');
		const bytes = new Uint8Array(await csv.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder().decode(bytes)).toContain('取消设备配对');

		const ok = verify();
		expect(ok.status, ok.stdout + ok.stderr).toBe(0);
		expect(ok.stdout).toContain('完整');
	});

	it('an entry edited while the hall is stopped is reported by the command and the API', async () => {
		await server.stop();
		const file = dayFile();
		const record = JSON.parse(readFileSync(file, 'utf8'));
		original = record.audit[2].note;
		record.audit[2].note = '公告 无→改过了';
		writeFileSync(file, JSON.stringify(record));

		const broken = verify();
		expect(broken.status).toBe(1);
		expect(broken.stderr).toContain(file);
		expect(broken.stderr).toContain('audit[2]');
		expect(broken.stderr).toContain('第 3 条被修改');

		server = await startServer({ dataDir, port });
		const admin = await login(server.url, 'admin');
		const body = await audit(admin);
		expect(body.chain).toMatchObject({ ok: false, index: 2 });
		expect(body.chain.text).toContain('第 3 条被修改');
		// The page shows the same.
		const page = await fetch(`${server.url}/admin/audit`, { headers: { cookie: admin } }).then((r) => r.text());
		expect(page).toContain('第 3 条被修改');
	});

	it('a deleted entry is reported at the entry after it', async () => {
		await server.stop();
		const file = dayFile();
		const record = JSON.parse(readFileSync(file, 'utf8'));
		record.audit[2].note = original;
		writeFileSync(file, JSON.stringify(record));
		expect(verify().status).toBe(0);
		record.audit.splice(4, 1);
		writeFileSync(file, JSON.stringify(record));
		const broken = verify();
		expect(broken.status).toBe(1);
		expect(broken.stderr).toContain('audit[4]');
		expect(broken.stderr).toContain('第 5 条之前的记录被删除或改动');
	});
});
