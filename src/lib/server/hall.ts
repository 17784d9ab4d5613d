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
	isRealDay,
	invalid,
	matterNotServed,
	mayServe,
	newTicket,
	nextNumber,
	notFound,
	type Admission
} from '$lib/domain';
import type { Case, CallRecord, Ticket } from '$lib/domain/types';
import { rooms, type HallSnapshot, type TicketView, type WindowView } from '$lib/realtime/events';
import { verifyPassword } from './auth';
import type { Gateway } from './realtime/gateway';
import { Mutex, RequestMemo } from './mutex';
import { SessionRegistry } from './sessions';
import type { AuditEntry, DayRecord, HallConfig, Store } from './store/store';
import { caseView, hallSnapshot, ticketView, windowView } from './views';
import { caseFrom, planWindowAction, type WindowAction } from './window-actions';

export interface HallDeps {
	store: Store;
	gateway: Gateway;
	clock?: () => number;
	demo: boolean;
}

export type { WindowAction, WindowCommand } from './window-actions';

export interface StaffIdentity {
	id: string;
	username: string;
	name: string;
	staffNo: string;
	role: 'clerk' | 'supervisor';
	/** A or B clerk; S: a supervisor, who may act on any window. */
	windows: { id: string; number: number; name: string; role: 'A' | 'B' | 'S' }[];
}

export class Hall {
	private lock = new Mutex();
	private memo = new RequestMemo();
	private clock: () => number;
	readonly sessions: SessionRegistry;

	private constructor(
		private deps: HallDeps,
		public config: HallConfig,
		private today: DayRecord,
		private cases: Case[]
	) {
		this.clock = deps.clock ?? Date.now;
		this.sessions = SessionRegistry.fromAudit(today.audit);
	}

	static async open(deps: HallDeps, config: HallConfig): Promise<Hall> {
		const now = (deps.clock ?? Date.now)();
		const day = dayKey(now, config.settings.timeZone);
		const today = (await deps.store.readDay(day)) ?? emptyDay(day);
		const stored = (await deps.store.readCases())?.cases ?? [];
		// 办结 writes the day first, then the cases file: a crash between the two left a ticket whose
		// outcome names a case that is not on file. Its outcome holds all it takes to restore it.
		const cases = [...stored];
		for (const t of today.tickets) {
			const o = t.outcome;
			if (!o?.caseNo || cases.some((c) => c.caseNo === o.caseNo)) continue;
			const finish = [...t.events].reverse().find((e) => e.action === 'finish');
			cases.push(
				caseFrom(t, o.caseNo, o.dueDay, today.day, t.windowId ?? '', finish?.staffId ?? t.staffId ?? '', finish?.at ?? now)
			);
		}
		if (cases.length !== stored.length) await deps.store.writeCases({ version: 1, cases });
		return new Hall(deps, config, today, cases);
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
		if (!isRealDay(day) || day > today.day) return null; // not a day a ticket could be from: touch no store
		const record = day === today.day ? today : await this.deps.store.readDay(day);
		const ticket = record?.tickets.find((t) => t.token === token);
		if (!record || !ticket) return null;
		return { ticket, view: ticketView(this.config, record, ticket, this.cases, today.day) };
	}

	async window(windowId: string, staffId: string): Promise<WindowView> {
		this.authorize(windowId, staffId);
		const day = await this.currentDay();
		const view = windowView(this.config, day, windowId, staffId, { blocked: this.blockedReason(windowId, staffId, day) });
		if (!view) throw notFound('窗口');
		return view;
	}

	/** Why `staffId` may not act at the window now (AB roles), or null. */
	private blockedReason(windowId: string, staffId: string, day: DayRecord): string | null {
		const window = this.config.windows.find((w) => w.id === windowId);
		const staff = this.config.staff.find((s) => s.id === staffId);
		if (!window || !staff) return '未找到该窗口';
		const state = day.windows?.[windowId];
		const decision = mayServe(
			window,
			staff,
			{
				status: state?.status ?? 'open',
				operator: state?.staffId,
				online: this.deps.gateway.staffIn(windowId).map((s) => s.staffId)
			},
			{ a: this.config.staff.find((s) => s.id === window.staffA)?.name }
		);
		return decision.ok ? null : decision.message;
	}

	/** A console connected to or left a window: the AB state of the others there may change. */
	presenceChanged(windowId: string) {
		const window = this.config.windows.find((w) => w.id === windowId);
		if (window) this.pushWindow(window.id);
	}

	/** The 承诺件 / 上报件 opened at this hall, newest first, for staff. */
	listCases(siteId?: string) {
		const today = this.today.day;
		return this.cases
			.filter((c) => !siteId || c.siteId === siteId)
			.map((c) => ({ ...caseView(this.config, c, today), number: c.number, windowId: c.windowId }))
			.reverse();
	}

	/**
	 * The hall calendar for promised dates: statutory holidays (法定节假日) and weekend days declared
	 * working (调休上班). Supervisors only; written to config.json before it applies.
	 */
	async setCalendar(staffId: string, calendar: { holidays: string[]; workdays: string[] }) {
		if (this.config.staff.find((s) => s.id === staffId)?.role !== 'supervisor') {
			throw new DomainError('invalid', '只有值班主任可以设置节假日', 403);
		}
		return this.lock.run(async () => {
			const clean = (days: string[]) => [...new Set(days)].sort();
			const next: HallConfig = {
				...this.config,
				settings: { ...this.config.settings, holidays: clean(calendar.holidays), workdays: clean(calendar.workdays) }
			};
			await this.deps.store.writeConfig(next);
			this.config = next;
			return { holidays: next.settings.holidays, workdays: next.settings.workdays ?? [] };
		});
	}

	/** Mark a case done (办结 after the visit); recorded with who and when, pushed to the resident. */
	completeCase(caseNo: string, staffId: string): Promise<Case> {
		return this.lock.run(async () => {
			const found = this.cases.find((c) => c.caseNo === caseNo);
			if (!found) throw notFound('办件');
			const staff = this.config.staff.find((s) => s.id === staffId);
			const window = this.config.windows.find((w) => w.id === found.windowId);
			const mayClose = staff?.role === 'supervisor' || (window && (window.staffA === staffId || window.staffB === staffId));
			if (!mayClose) throw new DomainError('invalid', '只有受理窗口的工作人员或值班主任可以办结该件', 403);
			if (found.state === 'done') throw new DomainError('illegal_transition', `办件${caseNo}已办结`, 409);
			const now = this.clock();
			const day = await this.currentDay();
			const done: Case = { ...found, state: 'done', doneAt: now, doneDay: day.day, doneBy: staffId };
			const cases = this.cases.map((c) => (c.caseNo === caseNo ? done : c));
			await this.deps.store.writeCases({ version: 1, cases });
			this.cases = cases;
			await this.commit({ ...day, audit: [...(day.audit ?? []), { at: now, staffId, action: 'case_done', caseNo }] });
			const followed = await this.ticket(done.token);
			if (followed) this.deps.gateway.toTicket(done.token, 'ticket', followed.view);
			return done;
		});
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

	/**
	 * Log in and start the staff member's only live session: a session elsewhere is ended (its
	 * cookie stops working, its consoles are told). Recorded in the day's audit trail.
	 */
	async startSession(username: string, password: string): Promise<{ staff: StaffIdentity; sessionId: string }> {
		const staff = this.login(username, password);
		const sessionId = this.sessions.newId();
		await this.lock.run(async () => {
			const day = await this.currentDay();
			const entry: AuditEntry = { at: this.clock(), staffId: staff.id, action: 'login', session: sessionId };
			await this.commit({ ...day, audit: [...(day.audit ?? []), entry] });
			const ended = this.sessions.start(staff.id, sessionId);
			if (ended)
				this.deps.gateway.endSession(staff.id, sessionId, '您的账号已在其他地方登录，本页已退出。如非本人操作，请联系值班主任。');
		});
		return { staff, sessionId };
	}

	async endSession(staffId: string, sessionId: string | null) {
		this.sessions.end(staffId, sessionId);
		await this.lock.run(async () => {
			const day = await this.currentDay();
			await this.commit({ ...day, audit: [...(day.audit ?? []), { at: this.clock(), staffId, action: 'logout' }] });
		});
	}

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
		const supervisor = staff.role === 'supervisor';
		const windows = this.config.windows
			.filter((w) => supervisor || w.staffA === staff.id || w.staffB === staff.id)
			.sort((a, b) => a.number - b.number)
			.map((w) => ({
				id: w.id,
				number: w.number,
				name: w.name,
				role: (w.staffA === staff.id ? 'A' : w.staffB === staff.id ? 'B' : 'S') as 'A' | 'B' | 'S'
			}));
		const { id, username, name, staffNo, role } = staff;
		return { id, username, name, staffNo, role, windows };
	}

	/** A clerk sees only windows they staff, as A or as B (窗口人员AB角制); a supervisor sees all. */
	private authorize(windowId: string, staffId: string) {
		const window = this.config.windows.find((w) => w.id === windowId);
		if (!window) throw notFound('窗口');
		const supervisor = this.config.staff.find((s) => s.id === staffId)?.role === 'supervisor';
		if (!supervisor && window.staffA !== staffId && window.staffB !== staffId) {
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

	/**
	 * A clerk's command at a window (window-actions.ts): authorised by AB role, applied, written
	 * durably (the day, then the cases file when a case was opened), then pushed. The same
	 * requestId twice acts once.
	 */
	windowCommand(input: {
		windowId: string;
		staffId: string;
		command: WindowAction;
		requestId?: string;
	}): Promise<{ view: WindowView; ticket: Ticket | null }> {
		const key = input.requestId && `window:${input.windowId}:${input.requestId}`;
		return this.memo
			.once(key, () =>
				this.lock.run(async () => {
					const window = this.authorize(input.windowId, input.staffId);
					const day = await this.currentDay();
					const blocked = this.blockedReason(window.id, input.staffId, day);
					if (blocked) throw new DomainError('invalid', blocked, 403);
					const plan = planWindowAction({
						config: this.config,
						day,
						cases: this.cases,
						window,
						staffId: input.staffId,
						now: this.clock(),
						command: input.command
					});
					await this.commit(plan.day);
					if (plan.cases) {
						await this.deps.store.writeCases({ version: 1, cases: plan.cases });
						this.cases = plan.cases;
					}
					this.publish(window.siteId, { call: plan.call, ticket: plan.ticket ?? undefined });
					return plan.ticket;
				})
			)
			.then(async (ticket) => ({ ticket, view: await this.window(input.windowId, input.staffId) }));
	}

	/**
	 * Changes the hall's configuration (devices, notice, voice ...) under the same lock as the
	 * queue, writes it durably, and pushes the new hall state to every site.
	 */
	updateConfig(change: (config: HallConfig) => HallConfig): Promise<HallConfig> {
		return this.lock.run(async () => {
			const next = change(structuredClone(this.config));
			await this.deps.store.writeConfig(next);
			this.config = next;
			for (const site of next.sites) this.publish(site.id, {});
			return next;
		});
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
				gateway.toTicket(t.token, 'ticket', ticketView(this.config, day, t, this.cases));
				if (change.call && t.id === change.call.ticketId)
					gateway.toTicket(t.token, 'call', { ...change.call, seq: snapshot.seq });
			}
		}
		for (const w of this.config.windows.filter((w) => w.siteId === siteId)) this.pushWindow(w.id);
	}

	/** Each console on the window gets a view with its own clerk (and AB state). */
	private pushWindow(windowId: string) {
		const { gateway } = this.deps;
		for (const { socketId, staffId } of gateway.staffIn(windowId)) {
			const view = windowView(this.config, this.today, windowId, staffId, {
				blocked: this.blockedReason(windowId, staffId, this.today)
			});
			if (view) gateway.toSocket(socketId, 'window', view);
		}
	}
}

function emptyDay(day: string): DayRecord {
	return { version: 1, day, seq: {}, tickets: [], calls: [] };
}

function bump(seq: Record<string, number>, siteId: string) {
	return { ...seq, [siteId]: (seq[siteId] ?? 0) + 1 };
}
