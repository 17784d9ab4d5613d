/**
 * Builds the public views (events.ts) from the live state. Pure functions of config + day.
 */
import { estimateWaitMinutes, placeInQueue, recentServiceMinutes, waitingFor } from '$lib/domain';
import type { Ticket } from '$lib/domain/types';
import type { HallSnapshot, TicketView, WindowView } from '$lib/realtime/events';
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

export function ticketView(config: HallConfig, day: DayRecord, ticket: Ticket): TicketView {
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
		statusPath: `/t/${ticket.token}`
	};
}

export function windowView(config: HallConfig, day: DayRecord, windowId: string, staffId: string): WindowView | null {
	const window = config.windows.find((w) => w.id === windowId);
	const staff = config.staff.find((s) => s.id === staffId);
	if (!window || !staff) return null;
	const tickets = day.tickets.filter((t) => t.siteId === window.siteId);
	const current = currentAt(tickets, window.id);
	const matter = current ? config.matters.find((m) => m.id === current.matterId) : undefined;
	return {
		seq: day.seq[window.siteId] ?? 0,
		window: { id: window.id, number: window.number, name: window.name, siteId: window.siteId },
		staff: { id: staff.id, name: staff.name, staffNo: staff.staffNo, role: window.staffA === staff.id ? 'A' : 'B' },
		waiting: waitingFor(tickets, window).length,
		current: current
			? {
					id: current.id,
					number: current.number,
					matterName: matter?.name ?? current.matterId,
					state: current.state as 'called' | 'serving',
					priority: current.priority,
					issuedAt: current.issuedAt,
					calledAt: current.calledAt ?? current.issuedAt,
					recalls: current.recalls,
					missing: current.missing
				}
			: null,
		servedToday: tickets.filter((t) => t.windowId === window.id && t.state === 'done').length
	};
}
