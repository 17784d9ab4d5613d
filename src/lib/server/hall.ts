/**
 * The hall service: one per process, the single entry for every read and change. Each job lives
 * in a file of its own under hall/ (tickets, windows, login, cases, settings, publish), all taking
 * the one HallContext whose lock, durable write and push every change goes through.
 */
import type { WindowCommand } from '$lib/core/commands';
import type {
	CalendarInput,
	CreateStaffInput,
	HoursInput,
	NoticeImportInput,
	UpdateStaffInput,
	WindowInput
} from '$lib/core/requests';
import { emptyDay, type AuditEntry, type HallConfig } from '$lib/core/state';
import { hallSnapshot } from '$lib/core/hall-view';
import { dayKey } from '$lib/domain/day';
import { notFound } from '$lib/domain/errors';
import type { Admission } from '$lib/domain/hours';
import type { CategoryInput, MatterInput } from '$lib/core/requests';
import type { Direction } from '$lib/domain/catalogue-edit';
import type { HallSnapshot, KioskCatalogue } from '$lib/realtime/events';
import { SESSION_HOURS } from './auth';
import { kioskCatalogue } from './kiosk-catalogue';
import { appendAudit } from './hall/audit';
import { changePassword, createFirstAdmin, hasRealAdmin, newSetupCode, type FirstAdmin } from './hall/accounts';
import { moveCategory, moveMatter, saveCategory, saveMatter, setMatterRetired } from './hall/catalogue-admin';
import { completeCase, listCases, restoreCases } from './hall/cases';
import { HallContext, type HallDeps } from './hall/context';
import { followDayChange } from './hall/day-change';
import { importNotice, setHallCalendar, setHours } from './hall/hours-admin';
import { endSession, identity, login, startSession } from './hall/login';
import { pushWindow } from './hall/publish';
import { setCalendar, updateConfig, type ConfigAudit } from './hall/settings';
import { createStaff, listStaff, resetStaffPassword, setStaffDisabled, updateStaff } from './hall/staff-admin';
import { admissionAt, findTicket, issueTicket, type IssueInput } from './hall/tickets';
import { createWindow, retireWindow, updateWindow } from './hall/window-admin';
import { viewWindow, windowCommand } from './hall/windows';

export type { HallDeps } from './hall/context';
export type { StaffIdentity } from './hall/login';

export class Hall {
	private constructor(private ctx: HallContext) {}

	static async open(deps: HallDeps, config: HallConfig): Promise<Hall> {
		const now = (deps.clock ?? Date.now)();
		const day = dayKey(now, config.settings.timeZone);
		const today = (await deps.store.readDay(day)) ?? emptyDay(day);
		// A staff session lives 12 hours: one started yesterday evening may still be live.
		const sessionDay = dayKey(now - SESSION_HOURS * 3_600_000, config.settings.timeZone);
		const earlier = sessionDay !== day ? await deps.store.readDay(sessionDay) : null;
		const stored = (await deps.store.readCases())?.cases ?? [];
		const cases = restoreCases(stored, today, now);
		if (cases.length !== stored.length) await deps.store.writeCases({ version: 1, cases });
		return new Hall(new HallContext(deps, config, today, cases, earlier));
	}

	get config(): HallConfig {
		return this.ctx.config;
	}

	get sessions() {
		return this.ctx.sessions;
	}

	get timeZone() {
		return this.ctx.timeZone;
	}

	/** Runs `fn` under the hall's lock: no change is half-written while it runs (backups read the files so). */
	exclusive<T>(fn: () => Promise<T>): Promise<T> {
		return this.ctx.lock.run(fn);
	}

	site(siteId: string) {
		const site = this.ctx.site(siteId);
		if (!site) throw notFound('服务中心');
		return site;
	}

	defaultSiteId() {
		return this.config.sites[0]?.id ?? '';
	}

	// ---- reads -------------------------------------------------------------------------------

	async hall(siteId: string): Promise<HallSnapshot> {
		this.site(siteId);
		return hallSnapshot(this.config, await this.ctx.currentDay(), siteId);
	}

	/** What a kiosk of the site offers now (also pushed as `catalogue` after every change). */
	kioskCatalogue(siteId: string): KioskCatalogue {
		return kioskCatalogue(this.config, this.site(siteId));
	}

	ticket = (token: string) => findTicket(this.ctx, token);
	window = (windowId: string, staffId: string) => viewWindow(this.ctx, windowId, staffId);
	listCases = (siteId?: string) => listCases(this.ctx, siteId);

	/** A day's record for the audit page: today's from memory, an earlier one from the store. */
	async auditDay(day: string) {
		const today = await this.ctx.currentDay();
		return day === today.day ? today : this.ctx.store.readDay(day);
	}

	/** The newest audit hash this process wrote (null before its first), so removed newest entries show. */
	get auditHead() {
		return this.ctx.auditHead;
	}

	/** Records an action that changes nothing else (an export), sealed like every entry. */
	recordAudit = (entry: Omit<AuditEntry, 'at'>) =>
		this.ctx.lock.run(() => appendAudit(this.ctx, { ...entry, at: this.ctx.clock() }));

	/** Whether the site issues tickets now (opening hours, daily limit, band quota). */
	async admission(siteId: string): Promise<Admission> {
		this.site(siteId);
		return admissionAt(this.ctx, siteId, await this.ctx.currentDay(), this.ctx.clock());
	}

	/**
	 * Moves every screen, console and followed phone to the new business day at the hall's
	 * midnight (hall/day-change.ts). Started once by the app; returns the function that stops it.
	 */
	followDayChange(): () => void {
		return followDayChange(this.ctx);
	}

	/** A console connected to or left a window: the AB state of the others there may change. */
	presenceChanged(windowId: string) {
		if (this.config.windows.some((w) => w.id === windowId)) pushWindow(this.ctx, windowId);
	}

	// ---- staff -------------------------------------------------------------------------------

	login = (username: string, password: string, address?: string) => login(this.ctx, username, password, address);
	startSession = (username: string, password: string, address?: string) => startSession(this.ctx, username, password, address);
	endSession = (staffId: string, sessionId: string | null) => endSession(this.ctx, staffId, sessionId);
	identity = (staffId: string) => identity(this.ctx, staffId);
	changePassword = (staffId: string, current: string, next: string) => changePassword(this.ctx, staffId, current, next);

	/**
	 * The one-time code that lets the first administrator be created from a browser (a real hall
	 * started with DEMO=0 and no administrator yet); null when not needed.
	 */
	private setupCode: string | null = null;

	needsSetup(): boolean {
		return !this.ctx.deps.demo && !hasRealAdmin(this.config);
	}

	/** Makes the setup code (once per process) when the hall needs one. */
	issueSetupCode(): string | null {
		if (!this.needsSetup()) return (this.setupCode = null);
		return (this.setupCode ??= newSetupCode());
	}

	async createFirstAdmin(input: FirstAdmin & { code: string }, address: string) {
		const staff = await createFirstAdmin(this.ctx, this.setupCode, input, address);
		this.setupCode = null;
		return staff;
	}

	// ---- changes -----------------------------------------------------------------------------

	issueTicket = (input: IssueInput) => issueTicket(this.ctx, input);
	windowCommand = (input: { windowId: string; staffId: string; command: WindowCommand; requestId?: string }) =>
		windowCommand(this.ctx, input);
	completeCase = (caseNo: string, staffId: string) => completeCase(this.ctx, caseNo, staffId);
	setCalendar = (staffId: string, calendar: { holidays: string[]; workdays: string[] }) =>
		setCalendar(this.ctx, staffId, calendar);
	// The catalogue (办事指南), supervisors only: hall/catalogue-admin.ts.
	saveCategory = (staffId: string, input: CategoryInput, categoryId?: string) =>
		saveCategory(this.ctx, staffId, input, categoryId);
	moveCategory = (staffId: string, categoryId: string, direction: Direction) =>
		moveCategory(this.ctx, staffId, categoryId, direction);
	saveMatter = (staffId: string, input: MatterInput, matterId?: string) => saveMatter(this.ctx, staffId, input, matterId);
	moveMatter = (staffId: string, matterId: string, direction: Direction) => moveMatter(this.ctx, staffId, matterId, direction);
	setMatterRetired = (staffId: string, matterId: string, retired: boolean, force?: boolean) =>
		setMatterRetired(this.ctx, staffId, matterId, retired, force);
	/** A config change; `audit` says who changed what (settings, devices) for the audit log. */
	updateConfig = (change: (config: HallConfig) => HallConfig, audit?: ConfigAudit) => updateConfig(this.ctx, change, audit);

	// ---- hall administration (supervisors): staff and windows ---------------------------------

	listStaff = (staffId: string) => listStaff(this.ctx, staffId);
	createStaff = (staffId: string, input: CreateStaffInput) => createStaff(this.ctx, staffId, input);
	updateStaff = (staffId: string, targetId: string, input: UpdateStaffInput) => updateStaff(this.ctx, staffId, targetId, input);
	setStaffDisabled = (staffId: string, targetId: string, disabled: boolean) =>
		setStaffDisabled(this.ctx, staffId, targetId, disabled);
	resetStaffPassword = (staffId: string, targetId: string) => resetStaffPassword(this.ctx, staffId, targetId);
	createWindow = (staffId: string, input: WindowInput) => createWindow(this.ctx, staffId, input);
	updateWindow = (staffId: string, windowId: string, input: WindowInput) => updateWindow(this.ctx, staffId, windowId, input);
	retireWindow = (staffId: string, windowId: string) => retireWindow(this.ctx, staffId, windowId);

	// ---- hours, quotas and the calendar (supervisors): hall/hours-admin.ts ----------------------

	setHours = (staffId: string, input: HoursInput) => setHours(this.ctx, staffId, input);
	setHallCalendar = (staffId: string, input: CalendarInput) => setHallCalendar(this.ctx, staffId, input);
	importNotice = (staffId: string, input: NoticeImportInput) => importNotice(this.ctx, staffId, input);
}
