/**
 * The one typed event map shared by the server (`new Server<...>()`) and the pages (`io()`).
 * Also the public views the HTTP API returns, so a page and a socket push carry the same shape.
 */
import type { SiteCatalogue } from '$lib/domain/catalogue';
import type { CallRecord, MatterKind, OutcomeKind, TicketState } from '$lib/domain/types';

/** What the lobby display (and anyone in the site room) sees. Small: no personal data. */
export interface HallSnapshot {
	seq: number;
	siteId: string;
	siteName: string;
	day: string;
	categories: { id: string; name: string; prefix: string; waiting: number }[];
	windows: {
		id: string;
		number: number;
		name: string;
		/** Ticket at the window now (called or serving). */
		current: { number: string; state: 'called' | 'serving' } | null;
		staffName: string | null;
		staffNo: string | null;
		/** open, paused (暂停服务, with a reason) or closed. */
		status: 'open' | 'paused' | 'closed';
		pauseReason: string | null;
	}[];
	/** Newest first, at most 12. */
	calls: CallRecord[];
	/** Scrolling notice set by the hall. */
	notice: string;
	voice: { repeats: number; gapMs: number; volume: number; rate: number };
}

/** The resident's own ticket, as the status page and the kiosk show it. */
export interface TicketView {
	token: string;
	number: string;
	siteName: string;
	matterId: string;
	matterName: string;
	matterKind: MatterKind;
	categoryName: string;
	state: TicketState;
	/** The business day the ticket was taken ('YYYY-MM-DD'): numbers are valid on that day only. */
	day: string;
	/**
	 * Taken on an earlier day and never finished (waiting, called, serving or on hold when the
	 * hall's day changed): it will not be called. The page says so and what to do, never a queue.
	 */
	expired: boolean;
	priority: boolean;
	/** Waiting tickets that will be called before this one (0 when called or later). */
	ahead: number;
	/** Estimated minutes until called (0 when called or later). */
	etaMinutes: number;
	/** Windows that serve this matter, e.g. ["1号窗口", "2号窗口"]. */
	windowNames: string[];
	/** The window it was called to. */
	windowName: string | null;
	issuedAt: number;
	calledAt: number | null;
	missing: string[];
	/** Path of the status page, /t/[token]. */
	statusPath: string;
	/** How the visit ended (set at 办结); for 材料不全 / 不予受理 the one-time notice of what is missing. */
	outcome?: OutcomeView | null;
	/** The 承诺件 / 上报件 the visit opened, followed here after the visit. */
	case?: CaseView | null;
}

export interface OutcomeView {
	kind: OutcomeKind;
	label: string;
	caseNo: string | null;
	dueDay: string | null;
	missing: string[];
	reason: string | null;
}

export interface CaseView {
	caseNo: string;
	kind: 'accepted' | 'forwarded';
	kindLabel: string;
	matterName: string;
	state: 'open' | 'done';
	acceptedDay: string;
	dueDay: string | null;
	overdue: boolean;
	doneDay: string | null;
}

/** A step in a ticket's history that the next window should know: where it came from and why. */
export interface TransferNote {
	fromWindowName: string;
	fromMatterName: string;
	reason: string;
	at: number;
}

/** The clerk's console view of one window. */
export interface WindowView {
	seq: number;
	/** The business day the view is of: seq starts again in a new day, so a console orders by both. */
	day: string;
	window: { id: string; number: number; name: string; siteId: string };
	/** A or B clerk of the window (窗口人员AB角制), or S: a supervisor acting on it. */
	staff: { id: string; name: string; staffNo: string; role: 'A' | 'B' | 'S' };
	/** open, or paused (暂停服务) with a reason. */
	status: 'open' | 'paused' | 'closed';
	pauseReason: string | null;
	/** Why this clerk may not act here now (B while A works the window), or null. */
	blocked: string | null;
	/** After this many 重呼 the console suggests 过号. */
	recallLimit: number;
	/** Tickets this window put on hold (挂起), oldest first; 回呼 calls one back. */
	held: { id: string; number: string; matterName: string; heldAt: number; note: string | null }[];
	/** Waiting tickets sent to this window's matters by a transfer, with the reason. */
	incoming: { number: string; matterName: string; fromWindowName: string; reason: string }[];
	/** Waiting tickets this window could call now. */
	waiting: number;
	current: {
		id: string;
		number: string;
		matterName: string;
		state: 'called' | 'serving';
		priority: boolean;
		issuedAt: number;
		calledAt: number;
		recalls: number;
		missing: string[];
		matterId: string;
		matterKind: MatterKind;
		/** Outcomes the clerk may choose at 办结, the usual one first. */
		outcomes: OutcomeKind[];
		/** The matter's material names (to pick what is missing at 材料不全). */
		materials: string[];
		/** Earlier windows, if transferred, with the reasons. */
		transfers: TransferNote[];
		/** Recalled recallLimit times: suggest 过号. */
		suggestNoShow: boolean;
	} | null;
	/** Numbers finished at this window today. */
	servedToday: number;
}

/** Did it print? When not, `queued` says the job waits and prints once the printer is back. */
export type PrintStatus = { ok: true } | { ok: false; message: string; queued?: boolean };

/** A printer as admin and the kiosk see it. */
export interface PrinterStatus {
	id: string;
	/** tcp: network printer; sim: built-in simulator; agent: USB/serial via a print agent; none. */
	transport: 'tcp' | 'sim' | 'agent' | 'none';
	describe: string;
	/** unknown until the first attempt or probe. */
	state: 'online' | 'offline' | 'paper_low' | 'paper_out' | 'disabled' | 'unknown';
	/** Chinese, for the kiosk and admin. */
	message: string;
	checkedAt: number | null;
	/** Jobs waiting for this printer. */
	queued: number;
}

/** A job pushed to a print agent; it answers once the bytes are written to the device. */
export interface AgentJob {
	id: string;
	label: string;
	/** ESC/POS bytes, base64. */
	bytes: string;
}

export type AgentJobAck = { ok: true } | { ok: false; error: string };

/** What a print agent reports about its device (DLE EOT where the printer answers). */
export interface AgentReport {
	online: boolean;
	paper: 'ok' | 'low' | 'out' | 'unknown';
	error?: string;
}

export type SocketRole = 'display' | 'kiosk' | 'ticket' | 'staff' | 'printer';

/** `handshake.auth` each client sends; checked in `io.use()`. */
export type HandshakeAuth =
	| { role: 'display'; siteId: string }
	| { role: 'kiosk'; siteId: string }
	| { role: 'ticket'; token: string }
	| { role: 'staff'; windowId: string }
	/** A print agent on a kiosk PC, as printer `printerId`; `key` is PRINT_AGENT_KEY. */
	| { role: 'printer'; printerId: string; key: string };

/**
 * What a kiosk offers: the site's catalogue limited to what a window serves here, with the pinyin
 * keys of its search (made on the server). Loaded with the page, pushed after every catalogue
 * change and sent with a kiosk's snapshot on each (re)connect.
 */
export interface KioskCatalogue {
	catalogue: SiteCatalogue;
	searchKeys: { matterId: string; initials: string; full: string }[];
}

export type SnapshotAck =
	| { ok: true; hall?: HallSnapshot; ticket?: TicketView; window?: WindowView; catalogue?: KioskCatalogue }
	| { ok: false; message: string };

export interface ServerToClientEvents {
	/** Full hall state after every change, to the site room. */
	hall: (snapshot: HallSnapshot) => void;
	/** A call or recall, to the site room, the window room and the ticket room. */
	call: (call: CallRecord & { seq: number }) => void;
	/** The resident's ticket changed, to the ticket room. */
	ticket: (view: TicketView) => void;
	/** The window's console view changed, to the window room. */
	window: (view: WindowView) => void;
	/** The catalogue changed (admin): to the site room, so open kiosks offer the new one at once. */
	catalogue: (update: KioskCatalogue) => void;
	/** This staff session was ended by a login elsewhere; the console shows the message. */
	session_ended: (info: { message: string }) => void;
	/** A print job, to a print agent's room; the agent answers `print-done` once it is written. */
	'print-job': (job: AgentJob) => void;
}

export interface ClientToServerEvents {
	/** Ask for the full state of what this socket follows; sent on every (re)connect. */
	snapshot: (ack: (reply: SnapshotAck) => void) => void;
	/** A print agent's device status, on connect and whenever it changes. */
	'printer-status': (report: AgentReport) => void;
	/** A print agent's answer to `print-job`: written to the device, or why not. */
	'print-done': (reply: { id: string } & AgentJobAck) => void;
}

export interface InterServerEvents {
	ping: () => void;
}

export interface SocketData {
	auth: HandshakeAuth;
	staffId?: string;
	/** The login this socket belongs to (a newer login of the same staff ends it). */
	sessionId?: string;
}

export const rooms = {
	site: (siteId: string) => `site:${siteId}`,
	window: (windowId: string) => `window:${windowId}`,
	ticket: (token: string) => `ticket:${token}`,
	printer: (printerId: string) => `printer:${printerId}`
} as const;
