/**
 * The hall's midnight. A new ticket after midnight already goes to the new day's file (the
 * context rolls `today` over lazily), but screens only change when something is pushed: without
 * this, the lobby keeps yesterday's calls and counts until the first event of the morning, and a
 * resident's phone keeps saying 等候中, 前面还有 2 人 for a number that will never be called.
 *
 * So a timer fires at the next business-day boundary in the hall's time zone (and at least every
 * minute, in case the clock jumps: NTP, a suspended machine), rolls the day under the hall's lock
 * and pushes the new day to every site: the cleared hall to its screens, fresh views to its
 * consoles, and to every phone still following an unfinished ticket of the day before, its view
 * as expired (core/ticket-view.ts).
 */
import { isExpired, ticketView } from '$lib/core/ticket-view';
import { nextDayStart } from '$lib/domain/day';
import { rooms } from '$lib/realtime/events';
import type { HallContext } from './context';
import { publish } from './publish';

/** The longest the timer waits, so a jump of the clock is noticed within a minute. */
export const DAY_CHECK_MS = 60_000;

/**
 * Rolls the hall to the business day of now and, if that is not `shownDay` (the day screens were
 * last moved to), pushes the new day everywhere. Returns the day screens now show.
 *
 * `shownDay` and not `ctx.today`: a request just after midnight may already have rolled `today`
 * lazily, without pushing anything; screens still need the push.
 */
export function changeDay(ctx: HallContext, shownDay: string): Promise<string> {
	return ctx.lock.run(async () => {
		const today = await ctx.currentDay();
		if (today.day === shownDay) return shownDay;
		for (const site of ctx.config.sites) publish(ctx, site.id);
		const previous = today.day > shownDay ? await ctx.store.readDay(shownDay) : null;
		for (const t of previous?.tickets ?? []) {
			if (!isExpired(t, today.day) || !ctx.gateway.watched(rooms.ticket(t.token))) continue;
			ctx.gateway.toTicket(t.token, 'ticket', ticketView(ctx.config, previous!, t, ctx.cases, today.day));
		}
		return today.day;
	});
}

/**
 * Starts the timer; returns the function that stops it. The timer is unref'd: it never keeps the
 * process alive on its own.
 *
 * @example
 * const stop = followDayChange(ctx);
 */
export function followDayChange(ctx: HallContext): () => void {
	let shownDay = ctx.today.day;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let stopped = false;

	const arm = () => {
		const now = ctx.clock();
		const wait = Math.min(Math.max(nextDayStart(now, ctx.timeZone) - now, 0), DAY_CHECK_MS);
		timer = setTimeout(tick, wait);
		timer.unref?.();
	};
	const tick = async () => {
		try {
			shownDay = await changeDay(ctx, shownDay);
		} catch (err) {
			// The next check tries again; a failed read must not stop the screens from ever moving on.
			console.error('[yizhan] day change failed:', err);
		}
		if (!stopped) arm();
	};

	arm();
	return () => {
		stopped = true;
		clearTimeout(timer);
	};
}
