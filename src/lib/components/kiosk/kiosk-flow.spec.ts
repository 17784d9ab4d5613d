import { describe, expect, it, vi } from 'vitest';
import type { Category, Matter } from '$lib/domain/types';
import type { TicketView } from '$lib/realtime/events';
import type { KioskApi } from './kiosk-api';
import {
	back,
	IDLE_RESET_MS,
	idleTimeout,
	KioskFlow,
	missingOf,
	onTake,
	openCategory,
	openNotice,
	start,
	stillOn,
	TICKET_RESET_MS,
	toggleHave,
	togglePriority,
	type Screen,
	type Visit,
	withCatalogue
} from './kiosk-flow.svelte';

const category: Category = { id: 'civil', name: '民生服务', prefix: 'C', order: 1 };
const matter: Matter = {
	id: 'm-1',
	categoryId: 'civil',
	name: '居住证办理',
	kind: 'instant',
	promisedDays: 0,
	legalDays: 0,
	materials: [
		{ name: '居民身份证', form: 'original', copies: 1 },
		{ name: '户口簿', form: 'copy', copies: 1 }
	],
	conditions: [],
	fee: '不收费',
	enquiry: '',
	order: 1
};
const notice = openNotice(category, matter, 'req-1');

describe('kiosk flow transitions', () => {
	it('opens a notice with nothing ticked and no priority', () => {
		expect(notice).toEqual({ name: 'notice', category, matter, requestId: 'req-1', have: [], priority: false });
	});

	it('goes back: notice -> category, missing -> the same notice, else the start', () => {
		expect(back(notice)).toEqual(openCategory(category));
		const ticked = toggleHave(notice, '居民身份证');
		const step = onTake(ticked);
		expect(step).toHaveProperty('ask');
		expect(back((step as { ask: Screen }).ask)).toEqual(ticked);
		expect(back(openCategory(category))).toEqual(start());
		expect(back({ name: 'search' })).toEqual(start());
	});

	it('ticks and unticks materials, and the priority lane, only on the notice', () => {
		const once = toggleHave(notice, '户口簿');
		expect(once).toMatchObject({ have: ['户口簿'] });
		expect(toggleHave(once, '户口簿')).toMatchObject({ have: [] });
		expect(togglePriority(notice)).toMatchObject({ priority: true });
		const other = openCategory(category);
		expect(toggleHave(other, '户口簿')).toBe(other);
		expect(togglePriority(other)).toBe(other);
		expect(notice.have).toEqual([]); // transitions return new screens
	});

	it('取号: nothing ticked or everything ticked takes a ticket; part ticked asks first', () => {
		expect(onTake(notice)).toEqual({ take: [] });
		const all = toggleHave(toggleHave(notice, '居民身份证'), '户口簿');
		expect(onTake(all)).toEqual({ take: [] });
		const part = toggleHave(notice, '户口簿');
		expect(onTake(part)).toEqual({ ask: { ...part, name: 'missing', missing: ['居民身份证'] } });
		expect(missingOf(part as Visit)).toEqual(['居民身份证']);
		expect(onTake(start())).toBeNull();
	});

	it('knows whether the resident is still on the visit that asked', () => {
		expect(stillOn(notice, 'req-1')).toBe(true);
		expect(stillOn(notice, 'req-2')).toBe(false);
		expect(stillOn(start(), 'req-1')).toBe(false);
	});

	it('resets after 90 s on a working screen, 60 s on the ticket, never from the start', () => {
		expect(idleTimeout('categories')).toBeNull();
		expect(idleTimeout('notice')).toBe(IDLE_RESET_MS);
		expect(idleTimeout('matters')).toBe(IDLE_RESET_MS);
		expect(idleTimeout('ticket')).toBe(TICKET_RESET_MS);
		expect(idleTimeout('printed')).toBe(TICKET_RESET_MS);
	});
});

const ticket = { token: 'tok', number: 'C001', ahead: 0, etaMinutes: 0 } as TicketView;

function fakeApi(over: Partial<KioskApi> = {}): KioskApi {
	return {
		takeTicket: vi.fn(async () => ({
			ok: true as const,
			body: { ticket, print: { ok: true as const }, statusUrl: 'http://x/t/tok' }
		})),
		printNotice: vi.fn(async () => ({ ok: true as const, body: { print: { ok: true as const }, serial: 'N1', lines: [] } })),
		reprint: vi.fn(async () => ({ ok: true as const, body: { print: { ok: true as const } } })),
		status: vi.fn(async () => null),
		...over
	};
}

function makeFlow(api: KioskApi, closed = vi.fn()) {
	let n = 0;
	return new KioskFlow({
		api,
		newRequestId: () => `req-${++n}`,
		text: {
			failed: (s) => `失败 ${s}`,
			offline: () => '网络中断',
			announceTicket: (num, a) => `${num} ${a}`,
			reprinted: () => '已补打'
		},
		closed
	});
}

describe('KioskFlow', () => {
	it('walks category -> matter -> 取号 -> ticket with one request id per visit', async () => {
		const api = fakeApi();
		const flow = makeFlow(api);
		await flow.pickCategory(category);
		await flow.pickMatter(category, matter);
		flow.togglePriority();
		await flow.take();
		expect(api.takeTicket).toHaveBeenCalledWith({ matterId: 'm-1', requestId: 'req-1', priority: true, missing: [] });
		expect(flow.screen).toMatchObject({ name: 'ticket', ticket, statusUrl: 'http://x/t/tok' });
		expect(flow.announcement).toBe('C001 0');
		expect(flow.busy).toBe(false);
	});

	it('asks about missing papers, then queues with them', async () => {
		const api = fakeApi();
		const flow = makeFlow(api);
		await flow.pickMatter(category, matter);
		flow.toggleHave('居民身份证');
		await flow.take();
		expect(flow.screen).toMatchObject({ name: 'missing', missing: ['户口簿'] });
		expect(api.takeTicket).not.toHaveBeenCalled();
		await flow.takeTicket(['户口簿']);
		expect(api.takeTicket).toHaveBeenCalledWith(expect.objectContaining({ missing: ['户口簿'] }));
		expect(flow.screen.name).toBe('ticket');
	});

	it('prints the checklist alone with the missing marks', async () => {
		const api = fakeApi();
		const flow = makeFlow(api);
		await flow.pickMatter(category, matter);
		flow.toggleHave('户口簿');
		await flow.take();
		await flow.printChecklist();
		expect(api.printNotice).toHaveBeenCalledWith({ matterId: 'm-1', missing: ['居民身份证'] });
		expect(flow.screen).toMatchObject({ name: 'printed', matter, serial: 'N1' });
	});

	it('says the server’s words when refused, and asks for the status when closed', async () => {
		const closed = vi.fn();
		const api = fakeApi({
			takeTicket: vi.fn(async () => ({ ok: false as const, status: 409, message: '已停止取号', code: 'closed' }))
		});
		const flow = makeFlow(api, closed);
		await flow.pickMatter(category, matter);
		await flow.take();
		expect(flow.failure).toBe('已停止取号');
		expect(closed).toHaveBeenCalled();
		expect(flow.screen.name).toBe('notice');
	});

	it('falls back to the status code, and says so when the network is down', async () => {
		const flow = makeFlow(fakeApi({ takeTicket: vi.fn(async () => ({ ok: false as const, status: 500 })) }));
		await flow.pickMatter(category, matter);
		await flow.take();
		expect(flow.failure).toBe('失败 500');
		const offline = makeFlow(fakeApi({ takeTicket: vi.fn(async () => Promise.reject(new TypeError('fetch'))) }));
		await offline.pickMatter(category, matter);
		await offline.take();
		expect(offline.failure).toBe('网络中断');
		expect(offline.busy).toBe(false);
	});

	it('does not jump to a stale ticket when the resident left while it was issued', async () => {
		let release!: () => void;
		const api = fakeApi({
			takeTicket: vi.fn(async () => {
				await new Promise<void>((r) => (release = r));
				return { ok: true as const, body: { ticket, print: { ok: true as const }, statusUrl: '' } };
			})
		});
		const flow = makeFlow(api);
		await flow.pickMatter(category, matter);
		const taking = flow.take();
		expect(flow.busy).toBe(true);
		await flow.take(); // a double press while busy does nothing
		await flow.home();
		release();
		await taking;
		expect(api.takeTicket).toHaveBeenCalledTimes(1);
		expect(flow.screen.name).toBe('categories');
	});

	it('reprints the ticket', async () => {
		const flow = makeFlow(fakeApi());
		await flow.pickMatter(category, matter);
		await flow.take();
		await flow.reprint();
		expect(flow.screen).toMatchObject({ name: 'ticket', reprinted: '已补打' });
	});
});

describe('a catalogue pushed while a resident is at the kiosk', () => {
	const edited: Matter = { ...matter, materials: [matter.materials[0], { name: '近期照片', form: 'original', copies: 2 }] };

	it('shows an open notice with the new materials, keeping the ticks that still apply', () => {
		const ticked = toggleHave(toggleHave(notice, '居民身份证'), '户口簿');
		const next = withCatalogue(ticked, { categories: [category], matters: [edited] });
		expect(next).toMatchObject({ name: 'notice', matter: edited, have: ['居民身份证'], requestId: 'req-1' });
	});

	it('sends the resident back to the start when their matter is no longer offered', () => {
		expect(withCatalogue(notice, { categories: [category], matters: [] })).toEqual(start());
		expect(withCatalogue(openCategory(category), { categories: [], matters: [] })).toEqual(start());
	});

	it('leaves a ticket already taken as it is', () => {
		const ticket = { name: 'ticket', ticket: {} as TicketView, print: { ok: true }, statusUrl: '/t/x' } as Screen;
		expect(withCatalogue(ticket, { categories: [], matters: [] })).toBe(ticket);
	});
});

describe('KioskFlow.catalogueChanged', () => {
	it('leaves the screen object alone when the catalogue is the same (the idle timer keeps running)', () => {
		const flow = new KioskFlow({ api: {} as KioskApi, text: {} as never, newRequestId: () => 'req-1' });
		flow.screen = openCategory(category);
		const before = flow.screen;
		flow.catalogueChanged({ categories: [{ ...category }], matters: [matter] });
		expect(flow.screen).toBe(before);
	});
});
