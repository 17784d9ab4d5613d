/**
 * What the resident's status page promises: how many are ahead and roughly how long.
 * An estimate, shown as "约N分钟": it must never claim 0 while people are still ahead.
 */
import { eligibleFor, queueOrder } from './dispatch';
import type { ServiceWindow, Ticket } from './types';

const MINUTE = 60_000;
/** A service longer than this is a clerk who forgot to press 办结, not a real sample. */
const OUTLIER_MINUTES = 120;

/** Minutes from call to done of the latest `limit` finished tickets of `matterId`, newest first. */
export function recentServiceMinutes(tickets: Ticket[], matterId: string, limit = 10): number[] {
	return tickets
		.filter((t) => t.state === 'done' && t.matterId === matterId && t.calledAt !== undefined && t.doneAt !== undefined)
		.sort((a, b) => (b.doneAt as number) - (a.doneAt as number))
		.slice(0, Math.max(0, limit))
		.map((t) => ((t.doneAt as number) - (t.calledAt as number)) / MINUTE);
}

/**
 * How many waiting tickets will be called before `ticket`: those ahead of it in queue order that
 * a window able to serve `ticket` could also call. 0 once it is no longer waiting.
 * When no window serves its matter at the moment (window closed), counts the same matter only.
 */
export function placeInQueue(tickets: Ticket[], ticket: Ticket, windows: ServiceWindow[]): number {
	if (ticket.state !== 'waiting') return 0;
	const serving = windows.filter((w) => eligibleFor(w, ticket));
	let ahead = 0;
	for (const t of tickets) {
		if (
			t.id === ticket.id ||
			t.state !== 'waiting' ||
			t.siteId !== ticket.siteId ||
			t.day !== ticket.day ||
			queueOrder(t, ticket) >= 0
		) {
			continue;
		}
		const competes = serving.length > 0 ? serving.some((w) => eligibleFor(w, t)) : t.matterId === ticket.matterId;
		if (competes) ahead++;
	}
	return ahead;
}

/**
 * Minutes until called: `ahead` residents times the mean service time, shared among the windows
 * serving the matter, rounded up; at least 1 while anyone is ahead, 0 when nobody is.
 */
export function estimateWaitMinutes(ahead: number, serviceMinutes: number[], windowsServing: number, defaultMinutes = 8): number {
	if (ahead <= 0) return 0;
	const samples = serviceMinutes.filter((m) => Number.isFinite(m) && m >= 0 && m <= OUTLIER_MINUTES);
	const mean = samples.length > 0 ? samples.reduce((s, m) => s + m, 0) / samples.length : defaultMinutes;
	const minutes = (ahead * mean) / Math.max(1, windowsServing);
	// Guard against 24.000000000004 becoming 25.
	return Math.max(1, Math.ceil(minutes - 1e-9));
}
