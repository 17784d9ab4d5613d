/**
 * The hall's services: every command goes validate -> domain -> durable write -> push.
 * One Hall per process holds the configuration and today's record in memory; the store only
 * persists. All changes run through one lock (Mutex) so they are applied in a single order.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
	DomainError,
	admission,
	applyAction,
	hallClosed,
	inBand,
	dayKey,
	invalid,
	matterNotServed,
	newTicket,
	nextNumber,
	notFound,
	pickNext,
	queueEmpty,
	windowBusy,
	type ActiveAction,
	type Admission
} from '$lib/domain';
import type { CallRecord, Ticket } from '$lib/domain/types';
import { rooms, type HallSnapshot, type TicketView, type WindowView } from '$lib/realtime/events';
import { verifyPassword } from './auth';
import type { Gateway } from './realtime/gateway';
import { Mutex, RequestMemo } from './mutex';
import type { DayRecord, HallConfig, Store } from './store/store';
import { currentAt, hallSnapshot, ticketView, windowView } from './views';

/** Calls kept in the day record for the lobby's recent list (per site, newest last). */
const CALLS_KEPT = 50;

export interface HallDeps {
	store: Store;
	gateway: Gateway;
	clock?: () => number;
	demo: boolean;
}

export type WindowCommand = 'call' | 'recall' | 'start' | 'finish' | 'no_show';

export interface StaffIdentity {
	id: string;
	username: string;
	name: string;
	staffNo: string;
	role: 'clerk' | 'supervisor';
	windows: { id: string; number: number; name: string; role: 'A' | 'B' }[];
}

export class Hall {
	private lock = new Mutex();
	private memo = new RequestMemo();
	private clock: () => number;

	private constructor(
		private deps: HallDeps,
		public config: HallConfig,
		private today: DayRecord
	) {
		this.clock = deps.clock ?? Date.now;
	}

	static async open(deps: HallDeps, config: HallConfig): Promise<Hall> {
		const now = (deps.clock ?? Date.now)();
		const day = dayKey(now, config.settings.timeZone);
		const today = (await deps.store.readDay(day)) ?? emptyDay(day);
		return new Hall(deps, config, today);
	}

	get timeZone() {
		return this.config.settings.timeZone;
	}

	/** Today's record, rolled over to a new file when the business day changes. */
	private async currentDay(): Promise<DayRecord> {
		const day = dayKey(this.clock(), this.timeZone);
		if (day !== this.today.day) {
			this.today = (await this.deps.store.readDay(day)) ?? emptyDay(day);
		}
		return this.today;
	}

	site(siteId: string) {
		const site = this.config.sites.find((s) => s.id === siteId);
		if (!site) throw notFound('服务中心');
		return site;
	}

	defaultSiteId() {
		return this.config.sites[0]?.id ?? '';
	}

	// ---- reads -------------------------------------------------------------------------------

	async hall(siteId: string): Promise<HallSnapshot> {
		this.site(siteId);
		return hallSnapshot(this.config, await this.currentDay(), siteId);
	}

	/** A ticket by its status token; tokens start with their day so older days stay readable. */
	async ticket(token: string): Promise<{ ticket: Ticket; view: TicketView } | null> {
		const match = /^(\d{4})(\d{2})(\d{2})[A-Za-z0-9_-]{8,}$/.exec(token);
		if (!match) return null;
		const day = `${match[1]}-${match[2]}-${match[3]}`;
		const today = await this.currentDay();
		const record = day === today.day ? today : await this.deps.store.readDay(day);
		const ticket = record?.tickets.find((t) => t.token === token);
		if (!record || !ticket) return null;
		return { ticket, view: ticketView(this.config, record, ticket) };
	}

	async window(windowId: string, staffId: string): Promise<WindowView> {
		this.authorize(windowId, staffId);
		const view = windowView(this.config, await this.currentDay(), windowId, staffId);
		if (!view) throw notFound('窗口');
		return view;
	}

	/** Whether the site issues tickets now (opening hours, daily limit, band quota). */
	async admission(siteId: string): Promise<Admission> {
		this.site(siteId);
		return this.admissionAt(siteId, await this.currentDay(), this.clock());
	}

	private admissionAt(siteId: string, day: DayRecord, now: number): Admission {
		const issued = day.tickets.filter((t) => t.siteId === siteId);
		const { hours, holidays, timeZone } = this.config.settings;
		return admission({
			hours,
			now,
			timeZone,
			holidays,
			issuedToday: issued.length,
			issuedInBand: (band) => issued.filter((t) => inBand(band, t.issuedAt, timeZone)).length
		});
	}

	// ---- staff -------------------------------------------------------------------------------

	login(username: string, password: string): StaffIdentity {
		const staff = this.config.staff.find((s) => s.username === username);
		const refused = new DomainError('invalid', '用户名或密码不正确', 401);
		if (!staff) throw refused;
		if (staff.demo && !this.deps.demo) {
			throw new DomainError('invalid', '演示账号仅在演示模式下可用', 401);
		}
		if (!verifyPassword(password, staff.passwordHash)) throw refused;
		return this.identity(staff.id)!;
	}

	identity(staffId: string): StaffIdentity | null {
		const staff = this.config.staff.find((s) => s.id === staffId);
		if (!staff) return null;
		const windows = this.config.windows
			.filter((w) => w.staffA === staff.id || w.staffB === staff.id)
			.sort((a, b) => a.number - b.number)
			.map((w) => ({ id: w.id, number: w.number, name: w.name, role: (w.staffA === staff.id ? 'A' : 'B') as 'A' | 'B' }));
		const { id, username, name, staffNo, role } = staff;
		return { id, username, name, staffNo, role, windows };
	}

	/** A clerk acts only on windows they staff, as A or as B (窗口人员AB角制). */
	private authorize(windowId: string, staffId: string) {
		const window = this.config.windows.find((w) => w.id === windowId);
		if (!window) throw notFound('窗口');
		if (window.staffA !== staffId && window.staffB !== staffId) {
			throw new DomainError('invalid', `您不是${window.name}的工作人员，不能在此窗口操作`, 403);
		}
		return window;
	}

	// ---- commands ----------------------------------------------------------------------------

	issueTicket(input: {
		siteId: string;
		matterId: string;
		priority?: boolean;
		missing?: string[];
		requestId?: string;
	}): Promise<{ ticket: Ticket; view: TicketView; created: boolean }> {
		let created = false;
		return this.memo
			.once(input.requestId && `issue:${input.requestId}`, () =>
				this.lock.run(async () => {
					const site = this.site(input.siteId);
					const matter = this.config.matters.find((m) => m.id === input.matterId);
					if (!matter) throw notFound('事项');
					const category = this.config.categories.find((c) => c.id === matter.categoryId);
					if (!category) throw notFound('事项分类');
					const windows = this.config.windows.filter((w) => w.siteId === site.id && w.matterIds.includes(matter.id));
					if (windows.length === 0) throw matterNotServed(matter.name);
					const known = new Set(matter.materials.map((m) => m.name));
					const missing = [...new Set(input.missing ?? [])];
					const unknown = missing.filter((m) => !known.has(m));
					if (unknown.length) throw invalid(`"${unknown[0]}"不是该事项所需的材料`);

					const now = this.clock();
					const day = await this.currentDay();
					// Closed, outside the hours or over a quota: refuse before numbering, so no number is used.
					const open = this.admissionAt(site.id, day, now);
					if (!open.open) throw hallClosed(open.message);
					const { seq, number } = nextNumber(day.tickets, site.id, day.day, category.prefix);
					const ticket = newTicket({
						id: randomUUID(),
						token: day.day.replaceAll('-', '') + randomBytes(12).toString('base64url'),
						siteId: site.id,
						day: day.day,
						category,
						matter,
						priority: input.priority ?? false,
						missing,
						now,
						seq,
						number
					});
					const next: DayRecord = { ...day, tickets: [...day.tickets, ticket], seq: bump(day.seq, site.id) };
					await this.commit(next);
					created = true;
					return ticket;
				})
			)
			.then(async (ticket) => {
				if (created) this.publish(ticket.siteId, {});
				const day = await this.currentDay();
				const latest = day.tickets.find((t) => t.id === ticket.id) ?? ticket;
				return { ticket: latest, view: ticketView(this.config, day, latest), created };
			});
	}

	windowCommand(input: {
		windowId: string;
		staffId: string;
		command: WindowCommand;
		requestId?: string;
	}): Promise<{ view: WindowView; ticket: Ticket }> {
		const key = input.requestId && `window:${input.windowId}:${input.requestId}`;
		return this.memo
			.once(key, () =>
				this.lock.run(async () => {
					const window = this.authorize(input.windowId, input.staffId);
					const now = this.clock();
					const day = await this.currentDay();
					const siteTickets = day.tickets.filter((t) => t.siteId === window.siteId);
					const current = currentAt(siteTickets, window.id);
					let target: Ticket | undefined;
					if (input.command === 'call') {
						if (current) throw windowBusy(current.number);
						target = pickNext(siteTickets, window);
						if (!target) throw queueEmpty();
					} else {
						target = current;
						if (!target) throw new DomainError('illegal_transition', '本窗口当前没有正在办理的号', 409);
					}
					const action: ActiveAction = input.command;
					const changed = applyAction(target, action, { now, windowId: window.id, staffId: input.staffId });
					const tickets = day.tickets.map((t) => (t.id === changed.id ? changed : t));
					let calls = day.calls;
					let call: CallRecord | undefined;
					if (action === 'call' || action === 'recall') {
						call = {
							ticketId: changed.id,
							number: changed.number,
							windowId: window.id,
							windowNumber: window.number,
							windowName: window.name,
							at: now,
							recall: action === 'recall'
						};
						calls = [...day.calls, call].slice(-CALLS_KEPT * Math.max(1, this.config.sites.length));
					}
					await this.commit({ ...day, tickets, calls, seq: bump(day.seq, window.siteId) });
					this.publish(window.siteId, { call, ticket: changed });
					return changed;
				})
			)
			.then(async (ticket) => ({ ticket, view: await this.window(input.windowId, input.staffId) }));
	}

	private async commit(next: DayRecord) {
		await this.deps.store.writeDay(next);
		this.today = next;
	}

	/** Pushes what changed: the hall to the site, the call, every followed ticket and console. */
	private publish(siteId: string, change: { call?: CallRecord; ticket?: Ticket }) {
		const { gateway } = this.deps;
		const day = this.today;
		const snapshot = hallSnapshot(this.config, day, siteId);
		gateway.toSite(siteId, 'hall', snapshot);
		if (change.call) {
			const call = { ...change.call, seq: snapshot.seq };
			gateway.toSite(siteId, 'call', call);
			gateway.toWindow(change.call.windowId, 'call', call);
		}
		for (const t of day.tickets) {
			if (t.siteId !== siteId) continue;
			const followed = gateway.watched(rooms.ticket(t.token));
			const live = t.state === 'waiting' || t.id === change.ticket?.id;
			if (followed && live) {
				gateway.toTicket(t.token, 'ticket', ticketView(this.config, day, t));
				if (change.call && t.id === change.call.ticketId) gateway.toTicket(t.token, 'call', { ...change.call, seq: snapshot.seq });
			}
		}
		for (const w of this.config.windows.filter((w) => w.siteId === siteId)) {
			for (const { socketId, staffId } of gateway.staffIn(w.id)) {
				const view = windowView(this.config, day, w.id, staffId);
				if (view) gateway.toSocket(socketId, 'window', view);
			}
		}
	}
}

function emptyDay(day: string): DayRecord {
	return { version: 1, day, seq: {}, tickets: [], calls: [] };
}

function bump(seq: Record<string, number>, siteId: string) {
	return { ...seq, [siteId]: (seq[siteId] ?? 0) + 1 };
}
