/**
 * The hall's state as records: its configuration (config.json), one business day (days/*.json)
 * and the cases followed after the visit (cases.json), with the defaults a new hall starts with.
 * Browser-safe: the server persists these, the views and rules read them, the pages never import
 * the server to know their shape.
 */
import { effectiveCalendar, type Calendar } from '$lib/domain/calendar';
import type { OpeningHours } from '$lib/domain/hours';
import type { CallRecord, Case, Category, Matter, ServiceWindow, Site, Staff, Ticket } from '$lib/domain/types';

export interface VoiceSettings {
	/** How many times each call is spoken. */
	repeats: number;
	/** Pause between repeats and between calls, ms. */
	gapMs: number;
	/** 0..1 */
	volume: number;
	/** Speech rate, 0.5..1.5 (1 is normal). */
	rate: number;
}

export interface HallSettings {
	timeZone: string;
	/**
	 * The hall's own days off (YYYY-MM-DD) added to the shipped State Council list (imported
	 * notices, local days); skipped in promised dates, closed for tickets. Read the whole calendar
	 * with `hallCalendar(settings)`.
	 */
	holidays: string[];
	/** Shipped days off and 调休 days this hall does not keep (domain/calendar.ts). */
	calendarRemoved?: { holidays: string[]; workdays: string[] };
	/** Scrolling notice on lobby displays. */
	notice?: string;
	voice?: VoiceSettings;
	/** Weekend days declared working (调休上班), YYYY-MM-DD, added to the shipped list. */
	workdays?: string[];
	/** Window console and dispatch (issue 5); defaults in DEFAULT_DISPATCH. */
	dispatch?: DispatchSettings;
	/** When tickets are issued, with daily and per-band quotas; absent: always open. */
	hours?: OpeningHours;
	/** Minutes after issue during which the kiosk may reprint (补打) a ticket; default 10. */
	reprintMinutes?: number;
	/**
	 * Who may take numbers and print notices: 'open' (default) lets any browser do it at a limited
	 * rate per address; 'paired' only paired kiosks (others get 403).
	 */
	issuing?: 'open' | 'paired';
}

export interface DispatchSettings {
	/** Priority (绿色通道) calls in a row at a window before a waiting normal ticket goes next; 0: strict. */
	priorityRatio: number;
	/** After this many 重呼 with nobody coming, the console suggests 过号. */
	recallLimit: number;
}

/** The calendar the hall keeps: shipped list + its own additions − its removals. */
export function hallCalendar(settings: HallSettings): Calendar {
	return effectiveCalendar(settings);
}

export const DEFAULT_DISPATCH: DispatchSettings = { priorityRatio: 2, recallLimit: 3 };

export const DEFAULT_NOTICE = '取号后请在休息区等候，留意大屏和语音叫号。过号请重新取号。';
export const DEFAULT_VOICE: VoiceSettings = { repeats: 2, gapMs: 800, volume: 1, rate: 0.9 };

/** A window's state for the day: open, paused with a reason (暂停服务), or closed. */
export interface WindowState {
	status: 'open' | 'paused' | 'closed';
	reason?: string;
	since: number;
	staffId?: string;
	/** Priority calls this window made in a row (dispatch.ts nextPriorityStreak). */
	priorityStreak?: number;
}

/** A staff action that is not a step of a ticket (those are in the ticket's events). */
export interface AuditEntry {
	at: number;
	staffId: string;
	action:
		| 'login'
		| 'logout'
		| 'pause'
		| 'resume'
		| 'case_done'
		| 'staff_created'
		| 'password_changed'
		// Hall administration (admin pages): `subject` is the staff or window id, `note` before -> after.
		| 'staff_updated'
		| 'staff_disabled'
		| 'staff_enabled'
		| 'password_reset'
		| 'window_created'
		| 'window_updated'
		| 'window_retired'
		| 'catalogue_updated'
		// A wrong password or refused account: `note` is the user name tried (never the password).
		| 'login_failed'
		// Lobby notice, voice and issuing settings; the calendar: `note` before -> after.
		| 'settings_updated'
		// `subject`: the device id, `note` its name and kind.
		| 'device_paired'
		| 'device_unpaired'
		| 'audit_exported'
		// Hours admin (/admin/hours): `note` says what changed.
		| 'hours_updated'
		| 'calendar_updated';
	windowId?: string;
	note?: string;
	caseNo?: string;
	/** For staff_* and password_reset: the account's staff id; for window_*: the window id; for catalogue_updated: the category or matter id. */
	subject?: string;
	/** For login: the session id it started (sessions.ts), so a restart keeps only the newest. */
	session?: string;
	/** The hash chain (server/audit-chain.ts), filled when the day is committed: the previous entry's hash. */
	prev?: string;
	/** sha256 of `prev` + the canonical JSON of this entry without `hash`. */
	hash?: string;
}

/** Everything a hall is configured with: `DATA_DIR/config.json`. */
export interface HallConfig {
	version: 1;
	/** Seeded as the demo hall: demo accounts exist. */
	demo: boolean;
	/** Key that signs staff session cookies (random per hall). */
	secret: string;
	settings: HallSettings;
	sites: Site[];
	categories: Category[];
	matters: Matter[];
	windows: ServiceWindow[];
	/**
	 * Windows taken out of service (撤销窗口). Kept, not deleted, so past tickets, calls and cases
	 * still name them; kept out of `windows` so no live reader (dispatch, screens, consoles,
	 * routing of new tickets) can forget to skip them.
	 */
	retiredWindows?: ServiceWindow[];
	staff: Staff[];
	/** Paired kiosks and lobby displays. */
	devices?: Device[];
}

/** A paired kiosk or display. Its browser holds a signed `yz_device` cookie naming it. */
export interface Device {
	id: string;
	kind: 'kiosk' | 'display';
	siteId: string;
	name: string;
	/** Display only: window ids shown (absent: all of the site). */
	windows?: string[];
	/** Display only: category ids shown (absent: all). */
	categories?: string[];
	pairedAt: number;
	pairedBy: string;
}

/** One business day of every site: `DATA_DIR/days/YYYY-MM-DD.json`, the audit trail of the queue. */
export interface DayRecord {
	version: 1;
	day: string;
	/** Push sequence per site; survives a restart so displays never see it go backwards. */
	seq: Record<string, number>;
	tickets: Ticket[];
	/** Calls per site, newest last. */
	calls: CallRecord[];
	/** Window states by window id; a window not listed is open. */
	windows?: Record<string, WindowState>;
	/** Who paused, resumed, logged in, closed a case: the audit trail beside the tickets' events. */
	audit?: AuditEntry[];
}

/** 承诺件 and 上报件 followed after the visit: `DATA_DIR/cases.json`. */
export interface CaseRecord {
	version: 1;
	cases: Case[];
}

/** A business day with nothing in it yet. */
export function emptyDay(day: string): DayRecord {
	return { version: 1, day, seq: {}, tickets: [], calls: [] };
}
