/**
 * The domain vocabulary of a service hall. Pure data: no IO, no clock.
 * Times are epoch milliseconds (numbers) so records serialise to JSON unchanged.
 */

/** 即办 on the spot / 承诺 within N working days / 上报 forwarded to a higher level as agent (代理代办). */
export type MatterKind = 'instant' | 'promised' | 'forwarded';

export interface Site {
	id: string;
	name: string; // e.g. 演示镇便民服务中心
	phone?: string; // printed on receipts for questions
}

export interface Category {
	id: string;
	name: string; // 民生服务
	/** Ticket number prefix, one capital letter, unique per site. */
	prefix: string;
	order: number;
	/** Colour of its button on the kiosk (#rrggbb); absent: the hall's brand colour. */
	color?: string;
}

export type MaterialForm = 'original' | 'copy' | 'original_and_copy';

export interface Material {
	name: string;
	form: MaterialForm;
	copies: number;
	note?: string;
}

export interface Matter {
	id: string;
	categoryId: string;
	name: string;
	kind: MatterKind;
	/** Promised working days (0 for 即办). */
	promisedDays: number;
	/** Statutory (legal) limit in working days (0 when not applicable). */
	legalDays: number;
	materials: Material[];
	conditions: string[];
	fee: string; // 不收费 or an amount written out, e.g. ￥10
	/** Where to ask: office and phone. */
	enquiry: string;
	order: number;
	/** Trips to the hall a resident should expect; default by kind (即办 1, 承诺 2, 上报 2). */
	trips?: number;
	/** 事项编码 of the province's 政务服务 catalogue. */
	code?: string;
	/** 设定依据: the laws and rules the matter rests on. */
	basis?: string;
	/** 办理对象: who may apply. */
	applicants?: string;
	/** 办理流程: the steps, in order. */
	steps?: string[];
	/** 办理地点 (where). */
	place?: string;
	/** 办理时间 (when). */
	hours?: string;
	/** 投诉电话 (监督投诉). */
	complaint?: string;
	/** 网上预约: whether the matter may be booked online. */
	onlineBooking?: boolean;
	/**
	 * 停用: no longer offered (kiosk, guide, transfer), but kept so old tickets and cases still
	 * name it; windows keep serving the tickets already taken for it.
	 */
	retired?: boolean;
}

export interface Catalogue {
	categories: Category[];
	matters: Matter[];
}

export type StaffRole = 'clerk' | 'supervisor';

export interface Staff {
	id: string;
	username: string;
	name: string;
	/** 工号, posted at the window for supervision. */
	staffNo: string;
	role: StaffRole;
	/** scrypt hash: `scrypt$N$r$p$saltHex$hashHex`. */
	passwordHash: string;
	/** A demo account: its password is accepted only while the hall runs in demo mode. */
	demo?: boolean;
	/**
	 * 停用: cannot log in and its sessions are ended. Staff are never deleted: tickets' events and
	 * cases name them by id, so disabling is how someone leaves.
	 */
	disabled?: boolean;
}

export interface ServiceWindow {
	id: string;
	siteId: string;
	/** Window number shown to residents, e.g. 3 -> "3号窗口". */
	number: number;
	name: string; // 3号窗口
	matterIds: string[];
	/** A staff (窗口人员AB角制): the usual clerk. */
	staffA: string;
	/** B staff: covers the window when A is away. */
	staffB: string;
	/**
	 * Optional weight per matter id (default 1): a heavier matter's wait counts for more when this
	 * window picks among tickets of one class, so its main matters come first without starving others.
	 */
	weights?: Record<string, number>;
}

/** `on_hold` (挂起): the resident went to fetch a paper; the window that held it calls it back (回呼). */
export type TicketState = 'waiting' | 'called' | 'serving' | 'done' | 'no_show' | 'on_hold';

export type TicketAction = 'issue' | 'call' | 'recall' | 'start' | 'finish' | 'no_show' | 'transfer' | 'hold' | 'callback';

/**
 * How a visit ended at 办结 (see outcomes.ts): 即办 done on the spot, 承诺件 accepted with a due
 * date, 上报件 forwarded, 不予受理 rejected, or 材料不全 with the one-time notice of what is missing.
 */
export type OutcomeKind = 'done' | 'accepted' | 'forwarded' | 'rejected' | 'incomplete';

export interface Outcome {
	kind: OutcomeKind;
	/** 承诺件 / 上报件: the case the resident follows afterwards. */
	caseNo?: string;
	/** 承诺件: promised day (YYYY-MM-DD), in working days from the visit. */
	dueDay?: string;
	/** 不予受理 / 材料不全: what the resident must bring (the one-time notice). */
	missing?: string[];
	/** Free text the resident sees, e.g. why it was refused. */
	reason?: string;
}

/** A 承诺件 or 上报件 after the visit: `DATA_DIR/cases.json`. */
export interface Case {
	caseNo: string;
	kind: 'accepted' | 'forwarded';
	state: 'open' | 'done';
	siteId: string;
	ticketId: string;
	/** Status token of the ticket, so the resident's page finds its case. */
	token: string;
	number: string;
	matterId: string;
	windowId: string;
	staffId: string;
	acceptedAt: number;
	/** Business day of the visit. */
	acceptedDay: string;
	dueDay?: string;
	doneAt?: number;
	doneDay?: string;
	doneBy?: string;
}

export interface TicketEvent {
	action: TicketAction;
	at: number;
	windowId?: string;
	staffId?: string;
	/** For transfer: the reason the clerk gave. */
	note?: string;
	/** For transfer: where the ticket went. */
	toWindowId?: string;
	toMatterId?: string;
	fromMatterId?: string;
	/** For finish: how the visit ended. */
	outcome?: Outcome;
}

export interface Ticket {
	id: string;
	/** Unguessable token for the resident's status page /t/[token]. */
	token: string;
	siteId: string;
	/** Local business day, YYYY-MM-DD. */
	day: string;
	prefix: string;
	seq: number;
	/** Prefix + 3 digits: A001. */
	number: string;
	categoryId: string;
	matterId: string;
	priority: boolean;
	state: TicketState;
	issuedAt: number;
	/** Queue order key: issue time, kept across transfers so a resident keeps their place. */
	queuedAt: number;
	calledAt?: number;
	servingAt?: number;
	doneAt?: number;
	/** Window currently holding the ticket (called/serving), or the last one that did. */
	windowId?: string;
	staffId?: string;
	/** After a transfer to a specific window only that window may call it. */
	targetWindowId?: string;
	recalls: number;
	/** Materials the resident said they lack at the kiosk (names). */
	missing: string[];
	events: TicketEvent[];
	/**
	 * The kiosk's idempotency key for the 取号 press that issued it: a retry after a lost answer,
	 * even across a server restart, gets this ticket back instead of a second number.
	 */
	requestId?: string;
	/** Set at 办结: how the visit ended. */
	outcome?: Outcome;
	heldAt?: number;
}

/** One call as the lobby sees it. */
export interface CallRecord {
	ticketId: string;
	number: string;
	windowId: string;
	windowNumber: number;
	windowName: string;
	at: number;
	recall: boolean;
}
