/**
 * Builds the public views (events.ts) from the live state. Pure functions of config + day.
 */
import { estimateWaitMinutes, isOverdue, outcomeLabel, placeInQueue, recentServiceMinutes } from '$lib/domain';
import type { Case, Outcome, Ticket } from '$lib/domain/types';
import type { CaseView, HallSnapshot, OutcomeView, TicketView } from '$lib/realtime/events';
import { DEFAULT_NOTICE, DEFAULT_VOICE, type DayRecord, type HallConfig } from './store/store';

const RECENT_CALLS = 12;

export function hallSnapshot(config: HallConfig, day: DayRecord, siteId: string): HallSnapshot {
	const site = config.sites.find((s) => s.id === siteId);
	const tickets = day.tickets.filter((t) => t.siteId === siteId);
	const windows = config.windows.filter((w) => w.siteId === siteId).sort((a, b) => a.number - b.number);
	return {
		seq: day.seq[siteId] ?? 0,
		siteId,
		siteName: site?.name ?? siteId,
		day: day.day,
		categories: [...config.categories]
			.sort((a, b) => a.order - b.order)
			.map((c) => ({
				id: c.id,
				name: c.name,
				prefix: c.prefix,
				waiting: tickets.filter((t) => t.categoryId === c.id && t.state === 'waiting').length
			})),
		windows: windows.map((w) => {
			const current = currentAt(tickets, w.id);
			const staffId = current?.staffId ?? day.windows?.[w.id]?.staffId ?? lastClerkAt(tickets, w.id);
			const staff = staffId ? config.staff.find((s) => s.id === staffId) : undefined;
			return {
				id: w.id,
				number: w.number,
				name: w.name,
				current: current ? { number: current.number, state: current.state as 'called' | 'serving' } : null,
				staffName: staff?.name ?? null,
				staffNo: staff?.staffNo ?? null,
				status: day.windows?.[w.id]?.status ?? 'open',
				pauseReason: day.windows?.[w.id]?.reason ?? null
			};
		}),
		calls: day.calls
			.filter((c) => windows.some((w) => w.id === c.windowId))
			.slice(-RECENT_CALLS)
			.reverse(),
		notice: config.settings.notice ?? DEFAULT_NOTICE,
		voice: config.settings.voice ?? DEFAULT_VOICE
	};
}

/**
 * Who is at a window between residents, for the window screen's 工号 (posted for supervision):
 * the clerk who called its latest ticket today.
 */
function lastClerkAt(tickets: Ticket[], windowId: string): string | undefined {
	let latest: Ticket | undefined;
	for (const t of tickets) {
		if (t.windowId === windowId && t.staffId && (t.calledAt ?? 0) >= (latest?.calledAt ?? 0)) latest = t;
	}
	return latest?.staffId;
}

/** The ticket a window holds now (called or serving). */
export function currentAt(tickets: Ticket[], windowId: string): Ticket | undefined {
	return tickets.find((t) => t.windowId === windowId && (t.state === 'called' || t.state === 'serving'));
}

export function ticketView(config: HallConfig, day: DayRecord, ticket: Ticket, cases: Case[] = [], today = day.day): TicketView {
	const matter = config.matters.find((m) => m.id === ticket.matterId);
	const category = config.categories.find((c) => c.id === ticket.categoryId);
	const site = config.sites.find((s) => s.id === ticket.siteId);
	const windows = config.windows.filter((w) => w.siteId === ticket.siteId);
	const serving = windows.filter((w) => w.matterIds.includes(ticket.matterId));
	const siteTickets = day.tickets.filter((t) => t.siteId === ticket.siteId);
	const ahead = placeInQueue(siteTickets, ticket, windows);
	const etaMinutes =
		ticket.state === 'waiting'
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

function outcomeView(o: Outcome): OutcomeView {
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
	const c = ticket.outcome?.caseNo ? cases.find((x) => x.caseNo === ticket.outcome?.caseNo) : undefined;
	return c ? caseView(config, c, today) : null;
}

export function caseView(config: HallConfig, c: Case, today: string): CaseView {
	return {
		caseNo: c.caseNo,
		kind: c.kind,
		kindLabel: c.kind === 'accepted' ? '承诺件' : '上报件',
		matterName: config.matters.find((m) => m.id === c.matterId)?.name ?? c.matterId,
		state: c.state,
		acceptedDay: c.acceptedDay,
		dueDay: c.dueDay ?? null,
		overdue: isOverdue(c, today),
		doneDay: c.doneDay ?? null
	};
}

// The clerk's console view lives in window-view.ts.
export { windowView } from './window-view';
