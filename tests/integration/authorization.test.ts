/**
 * Who may call what: every HTTP route (found on disk, so a new route without an entry here fails)
 * and every socket role, for every kind of caller on the hall's LAN: anonymous, a paired kiosk, a
 * paired display, a resident holding a ticket token, a clerk of this window, a clerk of another
 * window, a supervisor, and a logged-out (revoked) session.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSocket, connected, login, post, startServer, type RunningServer } from './server';
import type { HandshakeAuth } from '../../src/lib/realtime/events';

type Caller = 'anonymous' | 'kiosk' | 'display' | 'clerkHere' | 'clerkOther' | 'supervisor' | 'revoked';
const CALLERS: Caller[] = ['anonymous', 'kiosk', 'display', 'clerkHere', 'clerkOther', 'supervisor', 'revoked'];

/**
 * public: anyone, and no caller is refused; staff: a live staff session; supervisor: 值班主任
 * only (clerks 403); window: the window's own clerks or a supervisor (others 403); page: renders
 * for everyone (pages show their own login form).
 */
type Access = 'public' | 'staff' | 'supervisor' | 'window' | 'page';

const ROUTES_DIR = path.resolve(import.meta.dirname, '../../src/routes');
const TOKEN = '{token}';

const ADMIN_WINDOW = {
	siteId: 'nowhere',
	number: 99,
	name: '99号窗口',
	matterIds: ['residence-permit'],
	staffA: 'w1',
	staffB: 'w2'
};

/** What each route is, and a request that reaches its gate (params filled, a body that parses). */
const table: Record<string, { access: Access; path?: string; body?: unknown }> = {
	'GET /api/catalogue': { access: 'public' },
	'GET /api/kiosk/status': { access: 'public' },
	'GET /api/sites/[siteId]/hall': { access: 'public', path: '/api/sites/demo/hall' },
	'POST /api/tickets': { access: 'public', body: { matterId: 'residence-permit' } },
	'POST /api/notices': { access: 'public', body: { matterId: 'residence-permit' } },
	'GET /api/tickets/[token]': { access: 'public', path: `/api/tickets/${TOKEN}` },
	'POST /api/tickets/[token]/reprint': { access: 'public', path: `/api/tickets/${TOKEN}/reprint`, body: {} },
	'POST /api/pairing': { access: 'public', body: {} },
	'GET /api/pairing/[nonce]': { access: 'public', path: '/api/pairing/not-a-nonce' },
	// An empty body: reaches the route without counting as a wrong password (which 401s by design).
	'POST /api/session': { access: 'public', body: {} },
	'POST /api/session/form': { access: 'public' },
	'GET /api/session': { access: 'staff' },
	'PUT /api/session/password': { access: 'staff', body: { current: 'wrong-password', next: 'another-password' } },
	'POST /api/setup': {
		access: 'public',
		body: { code: '0000-0000', username: 'boss', name: '甲', staffNo: 'X1', password: 'long-enough' }
	},
	'GET /api/cases': { access: 'staff' },
	'POST /api/cases/[caseNo]': { access: 'staff', path: '/api/cases/20200101-001', body: { action: 'complete' } },
	'GET /api/settings/calendar': { access: 'staff' },
	'PUT /api/settings/calendar': { access: 'supervisor', body: { holidays: [], workdays: [] } },
	'GET /api/settings': { access: 'supervisor' },
	'PUT /api/settings': { access: 'supervisor', body: {} },
	'GET /api/devices': { access: 'supervisor' },
	'POST /api/devices': { access: 'supervisor', body: { code: '000000', kind: 'kiosk', siteId: 'demo', name: '测试' } },
	'DELETE /api/devices/[id]': { access: 'supervisor', path: '/api/devices/dev-none' },
	'GET /api/printers': { access: 'supervisor' },
	// Catalogue admin: bodies that reach the gate; for the supervisor they fail validation (400), changing nothing.
	'GET /api/admin/catalogue': { access: 'supervisor' },
	'POST /api/admin/catalogue/categories': { access: 'supervisor', body: { name: '测试', prefix: 'A' } },
	'PUT /api/admin/catalogue/categories/[id]': {
		access: 'supervisor',
		path: '/api/admin/catalogue/categories/no-such-category',
		body: { name: '测试', prefix: 'Z' }
	},
	'POST /api/admin/catalogue/categories/[id]/move': {
		access: 'supervisor',
		path: '/api/admin/catalogue/categories/no-such-category/move',
		body: { direction: 'up' }
	},
	'POST /api/admin/catalogue/matters': { access: 'supervisor', body: { name: '' } },
	'PUT /api/admin/catalogue/matters/[id]': {
		access: 'supervisor',
		path: '/api/admin/catalogue/matters/residence-permit',
		body: { name: '' }
	},
	'POST /api/admin/catalogue/matters/[id]/move': {
		access: 'supervisor',
		path: '/api/admin/catalogue/matters/no-such-matter/move',
		body: { direction: 'up' }
	},
	'POST /api/admin/catalogue/matters/[id]/retire': {
		access: 'supervisor',
		path: '/api/admin/catalogue/matters/no-such-matter/retire',
		body: { retired: true }
	},
	'GET /api/admin/audit': { access: 'supervisor' },
	'GET /api/admin/audit/export': { access: 'supervisor' },
	'GET /api/admin/staff': { access: 'supervisor' },
	'POST /api/admin/staff': {
		access: 'supervisor',
		body: { username: 'authz-probe', name: '测试', staffNo: 'AZ1', role: 'clerk' }
	},
	'PUT /api/admin/staff/[id]': {
		access: 'supervisor',
		path: '/api/admin/staff/staff-none',
		body: { name: '测试', staffNo: 'AZ2', role: 'clerk' }
	},
	'POST /api/admin/staff/[id]/disable': { access: 'supervisor', path: '/api/admin/staff/staff-none/disable', body: {} },
	'POST /api/admin/staff/[id]/enable': { access: 'supervisor', path: '/api/admin/staff/staff-none/enable', body: {} },
	'POST /api/admin/staff/[id]/password': { access: 'supervisor', path: '/api/admin/staff/staff-none/password', body: {} },
	// Taking a backup changes nothing in the hall; downloading an unknown name is 404 for a supervisor.
	'GET /api/admin/backups': { access: 'supervisor' },
	'POST /api/admin/backups': { access: 'supervisor' },
	'GET /api/admin/backups/[name]': { access: 'supervisor', path: '/api/admin/backups/yizhan-backup-2000-01-01-0000.json.gz' },
	'GET /api/admin/windows': { access: 'supervisor' },
	// An unknown site: reaches the hall (404) without adding a window to the demo hall.
	'POST /api/admin/windows': { access: 'supervisor', body: ADMIN_WINDOW },
	'PUT /api/admin/windows/[id]': { access: 'supervisor', path: '/api/admin/windows/win-none', body: ADMIN_WINDOW },
	'DELETE /api/admin/windows/[id]': { access: 'supervisor', path: '/api/admin/windows/win-none' },
	// Hours admin: bodies that fail validation for the supervisor (400), changing nothing.
	'GET /api/admin/hours': { access: 'supervisor' },
	'PUT /api/admin/hours': { access: 'supervisor', body: {} },
	'PUT /api/admin/hours/calendar': { access: 'supervisor', body: { holidays: ['not-a-day'], workdays: [] } },
	'POST /api/admin/hours/notice': { access: 'supervisor', body: { year: 2027, text: '' } },
	'GET /api/windows/[id]': { access: 'window', path: '/api/windows/win-1' },
	'POST /api/windows/[id]/actions': { access: 'window', path: '/api/windows/win-1/actions', body: { action: 'resume' } },
	'GET /voice/[...file]': { access: 'public', path: '/voice/manifest.json' },
	// Logging out ends the caller's session: it runs last (see the ordering below).
	'DELETE /api/session': { access: 'public' },
	'GET /': { access: 'page' },
	'GET /account': { access: 'page' },
	'GET /admin': { access: 'page' },
	'GET /admin/audit': { access: 'page' },
	'GET /admin/backups': { access: 'page' },
	'GET /admin/catalogue': { access: 'page' },
	'GET /admin/catalogue/[matterId]': { access: 'page', path: '/admin/catalogue/residence-permit' },
	'GET /admin/devices': { access: 'page' },
	'GET /admin/hours': { access: 'page' },
	'GET /admin/printers': { access: 'page' },
	'GET /admin/settings': { access: 'page' },
	'GET /admin/staff': { access: 'page' },
	'GET /admin/windows': { access: 'page' },
	'GET /display': { access: 'page' },
	'GET /display/window/[id]': { access: 'page', path: '/display/window/win-1' },
	'GET /guide': { access: 'page' },
	'GET /guide/[matterId]': { access: 'page', path: '/guide/residence-permit' },
	'GET /kiosk': { access: 'page' },
	'GET /pair': { access: 'page' },
	'GET /printer': { access: 'page' },
	'GET /printer/preview': { access: 'page' },
	'GET /setup': { access: 'page' },
	'GET /t/[token]': { access: 'page', path: `/t/${TOKEN}` },
	'GET /window': { access: 'page' }
};

/** Every route on disk as "METHOD /path": +server.ts exports, and each +page.svelte as GET. */
function routesOnDisk(dir = ROUTES_DIR): string[] {
	const found: string[] = [];
	for (const name of readdirSync(dir)) {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) {
			found.push(...routesOnDisk(full));
			continue;
		}
		const route = '/' + path.relative(ROUTES_DIR, dir).split(path.sep).filter(Boolean).join('/');
		if (name === '+server.ts') {
			for (const m of readFileSync(full, 'utf8').matchAll(/export const (GET|POST|PUT|DELETE|PATCH)\b/g)) {
				found.push(`${m[1]} ${route}`);
			}
		}
		if (name === '+page.svelte') found.push(`GET ${route}`);
	}
	return found.sort();
}

let server: RunningServer;
const cookies = {} as Record<Caller, string | undefined>;
let token = '';

async function pairDevice(kind: 'kiosk' | 'display', admin: string): Promise<string> {
	const started = await post(`${server.url}/api/pairing`, {});
	await post(`${server.url}/api/devices`, { code: started.body.code, kind, siteId: 'demo', name: `测试${kind}` }, admin);
	const polled = await fetch(`${server.url}/api/pairing/${started.body.nonce}`);
	const cookie = (polled.headers.get('set-cookie') ?? '').split(';')[0];
	expect(cookie).toMatch(/^yz_device=/);
	return cookie;
}

beforeAll(async () => {
	server = await startServer();
	const admin = await login(server.url, 'admin');
	cookies.supervisor = admin;
	cookies.clerkHere = await login(server.url, 'w1'); // A of win-1
	cookies.clerkOther = await login(server.url, 'w3'); // A of win-3, B of win-4
	const revoked = await login(server.url, 'w5');
	await fetch(`${server.url}/api/session`, { method: 'DELETE', headers: { cookie: revoked } });
	cookies.revoked = revoked;
	cookies.kiosk = await pairDevice('kiosk', admin);
	cookies.display = await pairDevice('display', admin);
	token = (await post(`${server.url}/api/tickets`, { matterId: 'residence-permit' })).body.ticket.token;
});
afterAll(() => server?.stop());

async function call(key: string, caller: Caller): Promise<number> {
	const [method, route] = key.split(' ');
	const entry = table[key];
	const target = (entry.path ?? route).replace(TOKEN, token);
	const headers: Record<string, string> = {};
	if (cookies[caller]) headers.cookie = cookies[caller]!;
	let body: string | FormData | undefined;
	if (key === 'POST /api/session/form') {
		headers.origin = server.url; // a same-origin form post, as the login page sends it
		body = new FormData();
		body.set('username', 'nobody');
		body.set('password', 'wrong-password');
	} else if (entry.body !== undefined) {
		headers['content-type'] = 'application/json';
		body = JSON.stringify(entry.body);
	}
	const res = await fetch(`${server.url}${target}`, { method, headers, body, redirect: 'manual' });
	await res.arrayBuffer();
	return res.status;
}

const outsiders: Caller[] = ['anonymous', 'kiosk', 'display', 'revoked'];

function expected(access: Access, caller: Caller): 'allowed' | 401 | 403 {
	if (access === 'public' || access === 'page') return 'allowed';
	if (outsiders.includes(caller)) return 401;
	if (access === 'supervisor' && caller !== 'supervisor') return 403;
	if (access === 'window' && caller === 'clerkOther') return 403;
	return 'allowed';
}

// Sockets first: the table's last row logs every caller out.
describe('socket roles', () => {
	const cases: { auth: HandshakeAuth | Record<string, unknown>; allowed: Caller[] }[] = [
		{ auth: { role: 'display', siteId: 'demo' }, allowed: CALLERS },
		{ auth: { role: 'kiosk', siteId: 'demo' }, allowed: CALLERS },
		{ auth: { role: 'display', siteId: 'elsewhere' }, allowed: [] },
		{ auth: { role: 'ticket', token: TOKEN }, allowed: CALLERS },
		{ auth: { role: 'ticket', token: '20200101AAAAAAAAAAAAAAAA' }, allowed: [] },
		{ auth: { role: 'staff', windowId: 'win-1' }, allowed: ['clerkHere', 'supervisor'] },
		{ auth: { role: 'staff', windowId: 'win-3' }, allowed: ['clerkOther', 'supervisor'] },
		{ auth: { role: 'printer', printerId: 'kiosk-1', key: 'not-the-key-at-all' }, allowed: [] },
		{ auth: { role: 'root' }, allowed: [] }
	];
	for (const c of cases) {
		it(`${JSON.stringify(c.auth)} is accepted for ${c.allowed.length ? c.allowed.join(', ') : 'nobody'}`, async () => {
			for (const caller of CALLERS) {
				const auth = JSON.parse(JSON.stringify(c.auth).replace(TOKEN, token)) as HandshakeAuth;
				const socket = connectSocket(server.url, auth, cookies[caller]);
				const ok = await connected(socket).then(
					() => true,
					() => false
				);
				socket.close();
				expect(ok, `${JSON.stringify(c.auth)} as ${caller}`).toBe(c.allowed.includes(caller));
			}
		});
	}
});

describe('the authorization table', () => {
	it('has an entry for every route on disk, and no entry for a route that is gone', () => {
		expect(routesOnDisk()).toEqual(Object.keys(table).sort());
	});

	// Logging out last, so the sessions stay live for every other row.
	const keys = Object.keys(table).sort((a, b) => Number(a === 'DELETE /api/session') - Number(b === 'DELETE /api/session'));
	for (const key of keys) {
		it(`${key}: ${table[key].access}`, async () => {
			for (const caller of CALLERS) {
				const status = await call(key, caller);
				const want = expected(table[key].access, caller);
				const seen = status === 401 || status === 403 ? status : status >= 500 ? `error ${status}` : 'allowed';
				expect(seen, `${key} as ${caller} answered ${status}`).toBe(want);
			}
		});
	}
});
