/**
 * The catalogue from the admin API against the real server: a new category and matter offered at
 * once (a ticket taken for it), an edit of its materials reaching a kiosk's socket, retiring it
 * with a resident waiting (refused, then forced) while their ticket still names it, and a bad
 * field refused with its Chinese message. Each change is audited in the day file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Matter } from '../../src/lib/domain/types';
import { connectSocket, connected, login, nextEvent, post, snapshot, startServer, type RunningServer } from './server';

let server: RunningServer;
let admin = '';

beforeAll(async () => {
	server = await startServer();
	admin = await login(server.url, 'admin');
});
afterAll(() => server?.stop());

async function send(method: 'POST' | 'PUT', route: string, body: unknown, cookie = admin) {
	const res = await fetch(`${server.url}/api/admin/catalogue${route}`, {
		method,
		headers: { 'content-type': 'application/json', cookie },
		body: JSON.stringify(body)
	});
	return { status: res.status, body: await res.json() };
}

const materials = [
	{ name: '居民身份证', form: 'original', copies: 1 },
	{ name: '户口簿', form: 'copy', copies: 1 },
	{ name: '近期一寸照片', form: 'original', copies: 2, note: '白底' }
];

function matterBody(categoryId: string, patch: Record<string, unknown> = {}) {
	return {
		name: '农村建房资格审查',
		code: '320000-TEST-001',
		categoryId,
		kind: 'promised',
		promisedDays: 10,
		legalDays: 20,
		conditions: ['本村村民'],
		materials,
		fee: '不收费',
		enquiry: '综合窗口 0512-00000000',
		complaint: '12345',
		steps: ['申请', '受理', '审查', '办结'],
		onlineBooking: false,
		windowIds: ['win-1'],
		...patch
	};
}

describe('the catalogue from the admin API', () => {
	let categoryId = '';
	let matter: Matter;
	let token = '';

	it('creates a category and a matter with three materials, offered at once', async () => {
		const cat = await send('POST', '/categories', { name: '自然资源', prefix: 'F', color: '#2e7d32' });
		expect(cat.status).toBe(201);
		categoryId = cat.body.category.id;
		const created = await send('POST', '/matters', matterBody(categoryId));
		expect(created.status).toBe(201);
		matter = created.body.matter;
		expect(matter.materials.map((m) => m.name)).toEqual(['居民身份证', '户口簿', '近期一寸照片']);

		const ticket = await post(`${server.url}/api/tickets`, { matterId: matter.id });
		expect(ticket.status).toBe(201);
		expect(ticket.body.ticket.number).toBe('F001');
		token = ticket.body.ticket.token;
	});

	it('pushes the edited materials to a kiosk socket, and the snapshot carries them too', async () => {
		const kiosk = connectSocket(server.url, { role: 'kiosk', siteId: 'demo' });
		await connected(kiosk);
		const pushed = nextEvent(kiosk, 'catalogue');
		const edited = [...materials.slice(0, 2), { name: '宅基地申请表', form: 'original', copies: 3 }];
		const saved = await send('PUT', `/matters/${matter.id}`, matterBody(categoryId, { materials: edited }));
		expect(saved.status).toBe(200);
		const update = await pushed;
		const offered = update.catalogue.matters.find((m) => m.id === matter.id);
		expect(offered?.materials.map((m) => m.name)).toEqual(['居民身份证', '户口簿', '宅基地申请表']);
		expect(update.searchKeys.find((k) => k.matterId === matter.id)?.initials).toBe('ncjfzgsc');
		const snap = await snapshot(kiosk);
		expect(snap.ok && snap.catalogue?.catalogue.matters.some((m) => m.id === matter.id)).toBe(true);
		kiosk.close();
	});

	it('refuses to retire a matter with a resident waiting unless forced; their ticket keeps its name', async () => {
		const refused = await send('POST', `/matters/${matter.id}/retire`, { retired: true });
		expect(refused.status).toBe(409);
		expect(refused.body.error.message).toContain('还有 1 人持号等候或正在办理');

		const forced = await send('POST', `/matters/${matter.id}/retire`, { retired: true, force: true });
		expect(forced.status).toBe(200);
		expect(forced.body.matter.retired).toBe(true);

		const status = await fetch(`${server.url}/api/tickets/${token}`).then((r) => r.json());
		expect(status.matterName).toBe('农村建房资格审查');
		const page = await fetch(`${server.url}/t/${token}`).then((r) => r.text());
		expect(page).toContain('农村建房资格审查');

		const catalogue = await fetch(`${server.url}/api/catalogue`).then((r) => r.json());
		expect(catalogue.matters.some((m: Matter) => m.id === matter.id)).toBe(false);
		const again = await post(`${server.url}/api/tickets`, { matterId: matter.id });
		expect(again.status).toBe(409);
		expect((await fetch(`${server.url}/guide/${matter.id}`)).status).toBe(410);
	});

	it('refuses a bad field with its Chinese message, changing nothing', async () => {
		const zero = await send('PUT', `/matters/${matter.id}`, matterBody(categoryId, { promisedDays: 0 }));
		expect(zero.status).toBe(400);
		expect(zero.body.error.message).toBe('承诺件"农村建房资格审查"的承诺时限应为正整数个工作日');
		const prefix = await send('POST', '/categories', { name: '重复', prefix: 'F' });
		expect(prefix.body.error.message).toBe('号码前缀"F"被多个分类使用：自然资源、重复');
		const material = await send(
			'PUT',
			`/matters/${matter.id}`,
			matterBody(categoryId, { materials: [...materials, { name: '户口簿', form: 'original', copies: 1 }] })
		);
		expect(material.body.error.message).toBe('事项"农村建房资格审查"的材料"户口簿"重复');
		const unknown = await send('PUT', `/matters/${matter.id}`, matterBody('no-such-category'));
		expect(unknown.body.error.message).toBe('事项"农村建房资格审查"所属分类"no-such-category"不存在');
		const copies = await send(
			'PUT',
			`/matters/${matter.id}`,
			matterBody(categoryId, { materials: [{ ...materials[0], copies: 0 }] })
		);
		expect(copies.body.error.message).toBe('材料份数应为正整数');
	});

	it('lets clerks do none of it', async () => {
		const clerk = await login(server.url, 'w1');
		const res = await send('POST', '/categories', { name: '某类', prefix: 'G' }, clerk);
		expect(res.status).toBe(403);
	});

	it('records every change in the day file with who and what', () => {
		const dir = path.join(server.dataDir, 'days');
		const day = JSON.parse(
			readFileSync(
				path.join(
					dir,
					readdirSync(dir)
						.filter((f) => f.endsWith('.json'))
						.sort()
						.at(-1)!
				),
				'utf8'
			)
		);
		const notes = day.audit
			.filter((a: { action: string }) => a.action === 'catalogue_updated')
			.map((a: { note: string }) => a.note);
		expect(notes).toEqual([
			'新增分类"自然资源"（前缀 F）',
			'新增事项"农村建房资格审查"',
			'修改事项"农村建房资格审查"：申请材料',
			'停用事项"农村建房资格审查"（仍有 1 人持号，照常办理）'
		]);
	});
});
