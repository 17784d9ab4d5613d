/**
 * A 中心主任 runs the hall's staff and windows from the admin API, against the real server:
 * a new clerk logs in with the password shown once, a new window with its A and B clerk calls a
 * ticket of its matter, a window holding a ticket cannot be retired, disabling a clerk ends their
 * console at once, a reset password replaces the old one, and the last supervisor stays one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSocket, connected, login, nextEvent, post, startServer, type RunningServer } from './server';

let server: RunningServer;
let admin = '';

beforeAll(async () => {
	server = await startServer();
	admin = await login(server.url, 'admin');
});
afterAll(() => server?.stop());

const send = async (method: string, route: string, body?: unknown, cookie = admin) => {
	const res = await fetch(`${server.url}${route}`, {
		method,
		headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever JSON the API answers
	return { status: res.status, body: (await res.json()) as any };
};

const dayAudit = () => {
	const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
	return JSON.parse(readFileSync(path.join(server.dataDir, 'days', `${day}.json`), 'utf8')).audit as {
		action: string;
		subject?: string;
		note?: string;
	}[];
};

const clerks: Record<'a' | 'b', { id: string; password: string }> = {} as never;
let windowId = '';

describe('staff accounts', () => {
	it('creates a clerk whose shown password logs in; the password is stored hashed only', async () => {
		for (const [key, username, name, staffNo] of [
			['a', 'zhangsan', '张三', 'YZ201'],
			['b', 'lisi', '李四', 'YZ202']
		] as const) {
			const made = await send('POST', '/api/admin/staff', { username, name, staffNo, role: 'clerk' });
			expect(made.status).toBe(201);
			expect(made.body.staff).toMatchObject({ username, name, staffNo, role: 'clerk', disabled: false });
			expect(made.body.password).toMatch(/^[a-z2-9]{12}$/);
			expect(made.body.staff.passwordHash).toBeUndefined();
			clerks[key] = { id: made.body.staff.id, password: made.body.password };
			expect(await login(server.url, username, made.body.password)).toMatch(/^yz_session=/);
		}
		const config = readFileSync(path.join(server.dataDir, 'config.json'), 'utf8');
		expect(config).not.toContain(clerks.a.password);
		expect(dayAudit()).toContainEqual(expect.objectContaining({ action: 'staff_created', subject: clerks.a.id }));
	});

	it('refuses a taken user name or 工号 and a bad body, in Chinese', async () => {
		const taken = await send('POST', '/api/admin/staff', { username: 'zhangsan', name: '甲', staffNo: 'X1', role: 'clerk' });
		expect(taken).toMatchObject({ status: 409, body: { error: { message: '用户名“zhangsan”已被张三使用' } } });
		const no = await send('POST', '/api/admin/staff', { username: 'wangwu', name: '王五', staffNo: 'YZ201', role: 'clerk' });
		expect(no.body.error.message).toBe('工号“YZ201”已被张三使用');
		const bad = await send('POST', '/api/admin/staff', { username: 'wangwu', name: '', staffNo: 'YZ9', role: 'clerk' });
		expect(bad).toMatchObject({ status: 400, body: { error: { message: '请填写姓名' } } });
		const clerk = await login(server.url, 'w1');
		expect((await send('GET', '/api/admin/staff', undefined, clerk)).status).toBe(403);
	});

	it('edits name and 工号, audited before → after', async () => {
		const edited = await send('PUT', `/api/admin/staff/${clerks.b.id}`, { name: '李思', staffNo: 'YZ202', role: 'clerk' });
		expect(edited).toMatchObject({ status: 200, body: { staff: { name: '李思' } } });
		expect(dayAudit()).toContainEqual(
			expect.objectContaining({ action: 'staff_updated', subject: clerks.b.id, note: '姓名 李四→李思' })
		);
	});
});

describe('windows', () => {
	const body = () => ({
		siteId: 'demo',
		number: 7,
		name: '7号窗口',
		matterIds: ['residence-permit'],
		weights: { 'residence-permit': 2 },
		staffA: clerks.a.id,
		staffB: clerks.b.id
	});

	it('refuses the same clerk as A and B, and a number the site already uses', async () => {
		const same = await send('POST', '/api/admin/windows', { ...body(), staffB: clerks.a.id });
		expect(same).toMatchObject({ status: 400, body: { error: { message: 'A岗和B岗不能是同一人' } } });
		const taken = await send('POST', '/api/admin/windows', { ...body(), number: 3 });
		expect(taken).toMatchObject({ status: 409, body: { error: { message: '窗口号 3 已被“3号窗口”使用' } } });
	});

	it('creates a window whose A clerk calls a ticket of its matter; the lobby hears of the window', async () => {
		const display = connectSocket(server.url, { role: 'display', siteId: 'demo' });
		await connected(display);
		const hallPush = nextEvent(display, 'hall');
		const made = await send('POST', '/api/admin/windows', body());
		expect(made.status).toBe(201);
		windowId = made.body.window.id;
		expect(made.body.window).toMatchObject({ number: 7, weights: { 'residence-permit': 2 } });
		expect((await hallPush).windows.map((w: { number: number }) => w.number)).toContain(7);
		display.close();

		const cookie = await login(server.url, 'zhangsan', clerks.a.password);
		const me = await send('GET', '/api/session', undefined, cookie);
		expect(me.body.staff.windows).toEqual([expect.objectContaining({ id: windowId, role: 'A' })]);
		const issued = await post(`${server.url}/api/tickets`, { matterId: 'residence-permit' });
		const called = await send('POST', `/api/windows/${windowId}/actions`, { action: 'call' }, cookie);
		expect(called.status).toBe(200);
		expect(called.body.ticket).toMatchObject({ number: issued.body.ticket.number, state: 'called' });
	});

	it('refuses to retire a window holding a ticket, saying what to do; retires it once idle', async () => {
		const cookie = await login(server.url, 'zhangsan', clerks.a.password);
		const held = await send('DELETE', `/api/admin/windows/${windowId}`);
		expect(held.status).toBe(409);
		expect(held.body.error.message).toMatch(/请先办结或转移该窗口的 [A-Z]\d{3} 号/);
		await send('POST', `/api/windows/${windowId}/actions`, { action: 'start' }, cookie);
		const done = await send('POST', `/api/windows/${windowId}/actions`, { action: 'finish' }, cookie);
		expect(done.body.ticket.state).toBe('done');
		expect((await send('DELETE', `/api/admin/windows/${windowId}`)).status).toBe(200);
		const listed = await send('GET', '/api/admin/windows');
		expect(listed.body.windows.map((w: { id: string }) => w.id)).not.toContain(windowId);
		expect(listed.body.retired.map((w: { id: string }) => w.id)).toContain(windowId);
		// The number is free again for a new window; the retired one stays for history.
		expect((await send('POST', '/api/admin/windows', body())).status).toBe(201);
	});
});

describe('a window change that would strand the queue', () => {
	it('is refused while residents wait for a matter no other window serves', async () => {
		const windows = (await send('GET', '/api/admin/windows')).body.windows as {
			id: string;
			number: number;
			name: string;
			siteId: string;
			matterIds: string[];
			staffA: string;
			staffB: string;
		}[];
		const six = windows.find((w) => w.number === 6)!;
		const only = six.matterIds.find((m) => windows.every((w) => w.id === six.id || !w.matterIds.includes(m)))!;
		expect(only).toBeDefined();
		expect((await post(`${server.url}/api/tickets`, { matterId: only })).status).toBe(201);
		const { id, ...rest } = six;
		const narrowed = await send('PUT', `/api/admin/windows/${id}`, {
			...rest,
			matterIds: six.matterIds.filter((m) => m !== only)
		});
		expect(narrowed.status).toBe(409);
		expect(narrowed.body.error.message).toMatch(/还有群众在等候，改动后将没有窗口办理/);
		const retired = await send('DELETE', `/api/admin/windows/${id}`);
		expect(retired.status).toBe(409);
		expect(retired.body.error.message).toMatch(/还有群众在等候/);
		// Renaming it is fine, and the audit says what changed.
		expect((await send('PUT', `/api/admin/windows/${id}`, { ...rest, name: '6号窗口（税务）' })).status).toBe(200);
		expect(dayAudit()).toContainEqual(
			expect.objectContaining({ action: 'window_updated', subject: id, note: '名称 6号窗口→6号窗口（税务）' })
		);
	});
});

describe('disabling and resetting', () => {
	it('ends a disabled clerk’s live console at once and refuses their cookie and password', async () => {
		const windows = (await send('GET', '/api/admin/windows')).body.windows as { id: string; number: number }[];
		const win7 = windows.find((w) => w.number === 7)!.id;
		const cookie = await login(server.url, 'zhangsan', clerks.a.password);
		const socket = connectSocket(server.url, { role: 'staff', windowId: win7 }, cookie);
		await connected(socket);
		const ended = nextEvent(socket, 'session_ended');
		const res = await send('POST', `/api/admin/staff/${clerks.a.id}/disable`, {});
		expect(res.status).toBe(200);
		expect(res.body.staff.disabled).toBe(true);
		expect(res.body.warning).toContain('7号窗口A岗');
		expect((await ended).message).toContain('停用');
		socket.close();
		expect((await send('GET', '/api/session', undefined, cookie)).status).toBe(401);
		const again = await send('POST', '/api/session', { username: 'zhangsan', password: clerks.a.password }, '');
		expect(again).toMatchObject({ status: 401, body: { error: { message: '该账号已停用，请联系值班主任' } } });
		// A disabled clerk cannot be picked for a window.
		const pick = await send('PUT', `/api/admin/windows/${win7}`, {
			siteId: 'demo',
			number: 7,
			name: '7号窗口',
			matterIds: ['residence-permit'],
			staffA: clerks.a.id,
			staffB: clerks.b.id
		});
		expect(pick.body.error.message).toBe('张三的账号已停用，不能担任A岗');

		expect((await send('POST', `/api/admin/staff/${clerks.a.id}/enable`, {})).body.staff.disabled).toBe(false);
		expect(await login(server.url, 'zhangsan', clerks.a.password)).toMatch(/^yz_session=/);
	});

	it('resets a password: shown once, the old one stops working, demo accounts are the server’s', async () => {
		const reset = await send('POST', `/api/admin/staff/${clerks.b.id}/password`, {});
		expect(reset.status).toBe(200);
		expect(reset.body.password).not.toBe(clerks.b.password);
		expect((await send('POST', '/api/session', { username: 'lisi', password: clerks.b.password }, '')).status).toBe(401);
		expect(await login(server.url, 'lisi', reset.body.password)).toMatch(/^yz_session=/);
		const demo = await send('POST', '/api/admin/staff/w1/password', {});
		expect(demo.status).toBe(400);
		expect(demo.body.error.message).toContain('演示账号的密码由服务器设定');
	});
});

describe('the last supervisor', () => {
	it('cannot be disabled or made a clerk', async () => {
		const made = await send('POST', '/api/admin/staff', {
			username: 'zhuren',
			name: '赵主任',
			staffNo: 'ZR1',
			role: 'supervisor'
		});
		const boss = await login(server.url, 'zhuren', made.body.password);
		// Another supervisor may disable the demo admin; then 赵主任 is the last one.
		expect((await send('POST', '/api/admin/staff/admin/disable', {}, boss)).status).toBe(200);
		const self = await send('POST', `/api/admin/staff/${made.body.staff.id}/disable`, {}, boss);
		expect(self).toMatchObject({
			status: 409,
			body: { error: { message: '赵主任是本大厅最后一位可登录的值班主任，不能停用。请先新建或启用另一位值班主任' } }
		});
		const demote = await send(
			'PUT',
			`/api/admin/staff/${made.body.staff.id}`,
			{ name: '赵主任', staffNo: 'ZR1', role: 'clerk' },
			boss
		);
		expect(demote.status).toBe(409);
		expect(demote.body.error.message).toContain('不能改为窗口人员');
		expect((await send('POST', '/api/admin/staff/admin/enable', {}, boss)).status).toBe(200);
	});
});
