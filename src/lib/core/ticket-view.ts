/**
 * The resident's own ticket as the phone page and the kiosk show it, and a case (承诺件 / 上报件)
 * as it is followed after the visit. Pure functions of config + day (+ cases).
 */
import { estimateWaitMinutes, placeInQueue, recentServiceMinutes } from '$lib/domain/estimate';
import { isOverdue } from '$lib/domain/outcomes';
import type { Case, Outcome, Ticket, TicketState } from '$lib/domain/types';
import type { CaseView, OutcomeView, TicketView } from '$lib/realtime/events';
import { caseKindLabel, outcomeLabel } from './labels';
import type { DayRecord, HallConfig } from './state';

/** States in which a ticket still expects something of the hall today. */
const UNFINISHED: readonly TicketState[] = ['waiting', 'called', 'serving', 'on_hold'];

/**
 * A ticket lives on the day it was taken: one of an earlier day that was not finished will never
 * be called (the new day's queue starts empty), so it is void, not waiting.
 */
export function isExpired(ticket: Pick<Ticket, 'day' | 'state'>, today: string): boolean {
	return ticket.day < today && UNFINISHED.includes(ticket.state);
}

/**
 * `today` is the hall's business day now: a ticket of an earlier day is read from its own day
 * record, its case's overdue state is judged against today, and if it was never finished it is
 * shown as expired, with nobody ahead and no wait.
 */
export function ticketView(config: HallConfig, day: DayRecord, ticket: Ticket, cases: Case[] = [], today = day.day): TicketView {
	const matter = config.matters.find((m) => m.id === ticket.matterId);
	const category = config.categories.find((c) => c.id === ticket.categoryId);
	const site = config.sites.find((s) => s.id === ticket.siteId);
	const windows = config.windows.filter((w) => w.siteId === ticket.siteId);
	const serving = windows.filter((w) => w.matterIds.includes(ticket.matterId));
	const siteTickets = day.tickets.filter((t) => t.siteId === ticket.siteId);
	const expired = isExpired(ticket, today);
	const ahead = expired ? 0 : placeInQueue(siteTickets, ticket, windows);
	const etaMinutes =
		ticket.state === 'waiting' && !expired
			? estimateWaitMinutes(ahead, recentServiceMinutes(siteTickets, ticket.matterId), serving.length)
			: 0;
	const calledTo = ticket.windowId ? windows.find((w) => w.id === ticket.windowId) : undefined;
	return {
		token: ticket.token,
		number: ticket.number,
		siteName: site?.name ?? '',
		matterId: ticket.matterId,
		matterName: matter?.name ?? ticket.matterId,
		matterKind: matter?.kind ?? 'instant',
		categoryName: category?.name ?? '',
		state: ticket.state,
		day: ticket.day,
		expired,
		priority: ticket.priority,
		ahead,
		etaMinutes,
		windowNames: serving.sort((a, b) => a.number - b.number).map((w) => w.name),
		windowName: calledTo?.name ?? null,
		issuedAt: ticket.issuedAt,
		calledAt: ticket.calledAt ?? null,
		missing: ticket.missing,
		statusPath: `/t/${ticket.token}`,
		outcome: ticket.outcome ? outcomeView(ticket.outcome) : null,
		case: caseOf(config, cases, ticket, today)
	};
}

export function outcomeView(o: Outcome): OutcomeView {
	return {
		kind: o.kind,
		label: outcomeLabel(o.kind),
		caseNo: o.caseNo ?? null,
		dueDay: o.dueDay ?? null,
		missing: o.missing ?? [],
		reason: o.reason ?? null
	};
}

function caseOf(config: HallConfig, cases: Case[], ticket: Ticket, today: string): CaseView | null {
	const caseNo = ticket.outcome?.caseNo;
	const c = caseNo ? cases.find((x) => x.caseNo === caseNo) : undefined;
	return c ? caseView(config, c, today) : null;
}

export function caseView(config: HallConfig, c: Case, today: string): CaseView {
	return {
		caseNo: c.caseNo,
		kind: c.kind,
		kindLabel: caseKindLabel(c.kind),
		matterName: config.matters.find((m) => m.id === c.matterId)?.name ?? c.matterId,
		state: c.state,
		acceptedDay: c.acceptedDay,
		dueDay: c.dueDay ?? null,
		overdue: isOverdue(c, today),
		doneDay: c.doneDay ?? null
	};
}
