/**
 * What the lobby screen (and anyone in a site's room) sees: a pure function of config + day.
 * Small and without personal data: numbers, window states, the clerk's name and 工号 as posted.
 */
import { heldBy } from '$lib/domain/dispatch';
import type { Ticket } from '$lib/domain/types';
import type { HallSnapshot } from '$lib/realtime/events';
import { DEFAULT_NOTICE, DEFAULT_VOICE, type DayRecord, type HallConfig } from './state';

/** Recent calls the snapshot carries, newest first. */
export const RECENT_CALLS = 12;

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
			const current = heldBy(tickets, w.id);
			const state = day.windows?.[w.id];
			const staffId = current?.staffId ?? state?.staffId ?? lastClerkAt(tickets, w.id);
			const staff = staffId ? config.staff.find((s) => s.id === staffId) : undefined;
			return {
				id: w.id,
				number: w.number,
				name: w.name,
				current: current ? { number: current.number, state: current.state as 'called' | 'serving' } : null,
				staffName: staff?.name ?? null,
				staffNo: staff?.staffNo ?? null,
				status: state?.status ?? 'open',
				pauseReason: state?.reason ?? null
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
export function lastClerkAt(tickets: Ticket[], windowId: string): string | undefined {
	let latest: Ticket | undefined;
	for (const t of tickets) {
		if (t.windowId === windowId && t.staffId && (t.calledAt ?? 0) >= (latest?.calledAt ?? 0)) latest = t;
	}
	return latest?.staffId;
}
