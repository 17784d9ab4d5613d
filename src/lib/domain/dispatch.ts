/**
 * Who is called next. Priority tickets (绿色通道: 老年人、残疾人、孕妇、预约) first, but interleaved
 * with normal tickets at a configurable ratio (after `priorityRatio` priority calls in a row at a
 * window, a waiting normal ticket goes next), so normal tickets never starve. Within a class, first
 * come first served by queuedAt, which a hold or a transfer keeps, so nobody starts over. A window
 * may weight its matters: a heavier matter's wait counts for more (aging), so a window's main
 * matters come first without starving the others; without weights it is plain FIFO.
 */
import { DomainError, notFound, queueEmpty, windowBusy } from './errors';
import { applyAction, isHeld, stateLabel } from './tickets';
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

/** The policy's data: settings plus the window's own counter, kept by the caller (no state here). */
export interface DispatchPolicy {
	/** Priority calls in a row before a waiting normal ticket must go next; 0 or absent: strict priority. */
	priorityRatio?: number;
	/** Priority calls this window made in a row so far (see nextPriorityStreak). */
	priorityStreak?: number;
	/** Needed only for weights (aging); weights are ignored without it. */
	now?: number;
}

const MIN_WEIGHT = 0.1;
const MAX_WEIGHT = 10;

export function matterWeight(window: ServiceWindow, matterId: string): number {
	const w = window.weights?.[matterId];
	if (w === undefined || !Number.isFinite(w)) return 1;
	return Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, w));
}

/** The first of one class: FIFO, or the longest weighted wait when the window weights its matters. */
function firstOfClass(tickets: Ticket[], window: ServiceWindow, now: number | undefined): Ticket | undefined {
	const weighted = now !== undefined && window.weights !== undefined && Object.keys(window.weights).length > 0;
	let best: Ticket | undefined;
	let bestScore = -Infinity;
	for (const t of tickets) {
		const score = weighted ? (now - t.queuedAt) * matterWeight(window, t.matterId) : 0;
		if (best === undefined || score > bestScore || (score === bestScore && queueOrder(t, best) < 0)) {
			best = t;
			bestScore = score;
		}
	}
	return best;
}

/** The ticket `window` should call next, if any. */
export function pickNext(tickets: Ticket[], window: ServiceWindow, policy: DispatchPolicy = {}): Ticket | undefined {
	const priority: Ticket[] = [];
	const normal: Ticket[] = [];
	for (const t of tickets) if (eligibleFor(window, t)) (t.priority ? priority : normal).push(t);
	const ratio = Math.max(0, Math.floor(policy.priorityRatio ?? 0));
	const turnOfNormal = ratio > 0 && (policy.priorityStreak ?? 0) >= ratio;
	const cls = priority.length > 0 && !(turnOfNormal && normal.length > 0) ? priority : normal;
	return firstOfClass(cls, window, policy.now);
}

/** The window's counter after calling `called`: one more for a priority ticket, reset by a normal one. */
export function nextPriorityStreak(streak: number, called: Ticket): number {
	return called.priority ? streak + 1 : 0;
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
	ctx: { now: number; staffId?: string; policy?: DispatchPolicy }
): Ticket {
	const held = heldBy(tickets, window.id);
	if (held) throw windowBusy(held.number);
	const next = pickNext(tickets, window, { ...ctx.policy, now: ctx.now });
	if (!next) throw queueEmpty();
	return applyAction(next, 'call', { now: ctx.now, windowId: window.id, staffId: ctx.staffId });
}

/**
 * 选号呼叫: call the ticket with `number` at `window`, for a resident standing at the counter.
 * Only a waiting ticket of a matter this window serves (and not sent to another window).
 */
export function callNumber(
	tickets: Ticket[],
	window: ServiceWindow,
	number: string,
	ctx: { now: number; staffId?: string }
): Ticket {
	const held = heldBy(tickets, window.id);
	if (held) throw windowBusy(held.number);
	const wanted = number.trim().toUpperCase();
	const t = tickets.find((x) => x.number === wanted && x.siteId === window.siteId);
	if (!t) throw notFound(`${wanted}号`);
	if (t.state !== 'waiting') {
		throw new DomainError('illegal_transition', `${t.number}号当前状态为"${stateLabel(t.state)}"，不能选号呼叫`, 409);
	}
	if (!eligibleFor(window, t)) {
		throw new DomainError(
			'matter_not_served',
			t.targetWindowId && t.targetWindowId !== window.id
				? `${t.number}号已转给其他窗口办理`
				: `${t.number}号的事项不在${window.name}的办理范围内`,
			409
		);
	}
	return applyAction(t, 'call', { now: ctx.now, windowId: window.id, staffId: ctx.staffId, note: '选号呼叫' });
}
