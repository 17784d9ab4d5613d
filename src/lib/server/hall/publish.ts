/**
 * The push fan-out after a change is on disk: the hall snapshot to the site, the call to the site
 * and its window, each followed live ticket to its phone, each console its own view.
 */
import { hallSnapshot } from '$lib/core/hall-view';
import { ticketView } from '$lib/core/ticket-view';
import { windowView } from '$lib/core/window-view';
import type { CallRecord, Ticket } from '$lib/domain/types';
import { rooms } from '$lib/realtime/events';
import { blockedReason } from './authorize';
import type { HallContext } from './context';

export function publish(ctx: HallContext, siteId: string, change: { call?: CallRecord; ticket?: Ticket } = {}) {
	const { gateway, config, today: day } = ctx;
	const snapshot = hallSnapshot(config, day, siteId);
	gateway.toSite(siteId, 'hall', snapshot);
	const call = change.call && { ...change.call, seq: snapshot.seq };
	if (call) {
		gateway.toSite(siteId, 'call', call);
		gateway.toWindow(call.windowId, 'call', call);
	}
	for (const t of day.tickets) {
		if (t.siteId !== siteId) continue;
		const followed = gateway.watched(rooms.ticket(t.token));
		const live = t.state === 'waiting' || t.id === change.ticket?.id;
		if (!followed || !live) continue;
		gateway.toTicket(t.token, 'ticket', ticketView(config, day, t, ctx.cases));
		if (call && t.id === call.ticketId) gateway.toTicket(t.token, 'call', call);
	}
	for (const w of config.windows.filter((w) => w.siteId === siteId)) pushWindow(ctx, w.id);
}

/** Each console on the window gets a view with its own clerk (and AB state). */
export function pushWindow(ctx: HallContext, windowId: string) {
	const { gateway, config, today } = ctx;
	for (const { socketId, staffId } of gateway.staffIn(windowId)) {
		const blocked = blockedReason(config, gateway, today, windowId, staffId);
		const view = windowView(config, today, windowId, staffId, { blocked });
		if (view) gateway.toSocket(socketId, 'window', view);
	}
}
