/**
 * The clerk's console view of one window: the current ticket with everything the clerk must know
 * (matter, kind and possible outcomes, missing materials, priority, earlier windows and reasons),
 * the held list, transfers coming in, pause state. A pure function of config + day.
 */
import { heldBy, waitingFor } from '$lib/domain/dispatch';
import { outcomesFor } from '$lib/domain/outcomes';
import type { Ticket } from '$lib/domain/types';
import type { TransferNote, WindowView } from '$lib/realtime/events';
import { DEFAULT_DISPATCH, type DayRecord, type HallConfig } from './state';

export interface WindowViewContext {
	/** Why this clerk may not act here now (AB roles), or null. */
	blocked?: string | null;
}

/** Transfers in a ticket's history, oldest first, as the next window should read them. */
export function transferNotes(config: HallConfig, ticket: Ticket): TransferNote[] {
	return ticket.events
		.filter((e) => e.action === 'transfer')
		.map((e) => ({
			fromWindowName: config.windows.find((w) => w.id === e.windowId)?.name ?? '—',
			fromMatterName: config.matters.find((m) => m.id === e.fromMatterId)?.name ?? '',
			reason: e.note ?? '',
			at: e.at
		}));
}

export function windowView(
	config: HallConfig,
	day: DayRecord,
	windowId: string,
	staffId: string,
	ctx: WindowViewContext = {}
): WindowView | null {
	const window = config.windows.find((w) => w.id === windowId);
	const staff = config.staff.find((s) => s.id === staffId);
	if (!window || !staff) return null;
	const recallLimit = config.settings.dispatch?.recallLimit ?? DEFAULT_DISPATCH.recallLimit;
	const tickets = day.tickets.filter((t) => t.siteId === window.siteId);
	const current = heldBy(tickets, window.id);
	const matterOf = (t: Ticket) => config.matters.find((m) => m.id === t.matterId);
	const matter = current ? matterOf(current) : undefined;
	const state = day.windows?.[window.id];
	const role = window.staffA === staff.id ? 'A' : window.staffB === staff.id ? 'B' : 'S';
	const waiting = waitingFor(tickets, window);
	return {
		seq: day.seq[window.siteId] ?? 0,
		day: day.day,
		window: { id: window.id, number: window.number, name: window.name, siteId: window.siteId },
		staff: { id: staff.id, name: staff.name, staffNo: staff.staffNo, role },
		status: state?.status ?? 'open',
		pauseReason: state?.status === 'paused' ? (state.reason ?? null) : null,
		blocked: ctx.blocked ?? null,
		recallLimit,
		waiting: waiting.length,
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
					missing: current.missing,
					matterId: current.matterId,
					matterKind: matter?.kind ?? 'instant',
					outcomes: outcomesFor(matter?.kind ?? 'instant'),
					materials: matter?.materials.map((m) => m.name) ?? [],
					transfers: transferNotes(config, current),
					suggestNoShow: current.state === 'called' && current.recalls >= recallLimit
				}
			: null,
		held: tickets
			.filter((t) => t.state === 'on_hold' && t.windowId === window.id)
			.sort((a, b) => (a.heldAt ?? 0) - (b.heldAt ?? 0))
			.map((t) => ({
				id: t.id,
				number: t.number,
				matterName: matterOf(t)?.name ?? t.matterId,
				heldAt: t.heldAt ?? 0,
				note: [...t.events].reverse().find((e) => e.action === 'hold')?.note ?? null
			})),
		incoming: waiting
			.filter((t) => t.events.some((e) => e.action === 'transfer'))
			.slice(0, 5)
			.map((t) => {
				const last = transferNotes(config, t).at(-1)!;
				return {
					number: t.number,
					matterName: matterOf(t)?.name ?? t.matterId,
					fromWindowName: last.fromWindowName,
					reason: last.reason
				};
			}),
		servedToday: tickets.filter((t) => t.windowId === window.id && t.state === 'done').length
	};
}
