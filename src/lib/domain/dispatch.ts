/**
 * Who is called next. Priority tickets (老年人、残疾人、孕妇等) first, then first come first
 * served by queuedAt, which a transfer keeps, so a transferred resident does not start over.
 */
import { queueEmpty, windowBusy } from './errors';
import { applyAction, isHeld } from './tickets';
import type { ServiceWindow, Ticket } from './types';

/** Comparator for the waiting line: negative when `a` is called before `b`. Total and deterministic. */
export function queueOrder(a: Ticket, b: Ticket): number {
	if (a.priority !== b.priority) return a.priority ? -1 : 1;
	if (a.queuedAt !== b.queuedAt) return a.queuedAt - b.queuedAt;
	if (a.seq !== b.seq) return a.seq - b.seq;
	if (a.number !== b.number) return a.number < b.number ? -1 : 1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Could `window` call `t` now? */
export function eligibleFor(window: ServiceWindow, t: Ticket): boolean {
	return (
		t.state === 'waiting' &&
		t.siteId === window.siteId &&
		window.matterIds.includes(t.matterId) &&
		(t.targetWindowId === undefined || t.targetWindowId === window.id)
	);
}

/** The ticket `window` should call next, if any. */
export function pickNext(tickets: Ticket[], window: ServiceWindow): Ticket | undefined {
	let best: Ticket | undefined;
	for (const t of tickets) {
		if (eligibleFor(window, t) && (best === undefined || queueOrder(t, best) < 0)) best = t;
	}
	return best;
}

/** The tickets `window` could call, in the order it would call them. */
export function waitingFor(tickets: Ticket[], window: ServiceWindow): Ticket[] {
	return tickets.filter((t) => eligibleFor(window, t)).sort(queueOrder);
}

/** The ticket `windowId` is dealing with now (called or serving), if any. */
export function heldBy(tickets: Ticket[], windowId: string): Ticket | undefined {
	return tickets.find((t) => isHeld(t) && t.windowId === windowId);
}

/**
 * Call the next ticket at `window`: refuses while the window still holds one (window_busy) and
 * when nobody waits for it (queue_empty). Returns the called ticket; the caller stores it.
 */
export function callNext(
	tickets: Ticket[],
	window: ServiceWindow,
	ctx: { now: number; staffId?: string }
): Ticket {
	const held = heldBy(tickets, window.id);
	if (held) throw windowBusy(held.number);
	const next = pickNext(tickets, window);
	if (!next) throw queueEmpty();
	return applyAction(next, 'call', { now: ctx.now, windowId: window.id, staffId: ctx.staffId });
}
