/**
 * A clerk at a window: the console's view, and every command (core/commands.ts): authorised,
 * judged by `allowed` on the clerk's own view, planned (core/window-plan.ts), written durably
 * (the day, then the cases file when a case was opened), then pushed.
 */
import { windowView } from '$lib/core/window-view';
import type { WindowCommand } from '$lib/core/commands';
import { runWindowCommand } from '$lib/core/window-plan';
import { notFound } from '$lib/domain/errors';
import type { Ticket } from '$lib/domain/types';
import type { WindowView } from '$lib/realtime/events';
import { authorize, blockedReason } from './authorize';
import type { HallContext } from './context';
import { publish } from './publish';

export async function viewWindow(ctx: HallContext, windowId: string, staffId: string): Promise<WindowView> {
	authorize(ctx.config, staffId, { to: 'work_window', windowId });
	const day = await ctx.currentDay();
	const blocked = blockedReason(ctx.config, ctx.gateway, day, windowId, staffId);
	const view = windowView(ctx.config, day, windowId, staffId, { blocked });
	if (!view) throw notFound('窗口');
	return view;
}

export interface CommandInput {
	windowId: string;
	staffId: string;
	command: WindowCommand;
	requestId?: string;
}

/** The same requestId twice acts once. */
export function windowCommand(ctx: HallContext, input: CommandInput): Promise<{ view: WindowView; ticket: Ticket | null }> {
	const key = input.requestId && `window:${input.windowId}:${input.requestId}`;
	return ctx.memo
		.once(key, () =>
			ctx.lock.run(async () => {
				const { window } = authorize(ctx.config, input.staffId, { to: 'work_window', windowId: input.windowId });
				const day = await ctx.currentDay();
				const plan = runWindowCommand({
					config: ctx.config,
					day,
					cases: ctx.cases,
					window: window!,
					staffId: input.staffId,
					now: ctx.clock(),
					command: input.command,
					blocked: blockedReason(ctx.config, ctx.gateway, day, input.windowId, input.staffId)
				});
				await ctx.commitDay(plan.day);
				if (plan.cases) await ctx.commitCases(plan.cases);
				publish(ctx, window!.siteId, { call: plan.call, ticket: plan.ticket ?? undefined });
				return plan.ticket;
			})
		)
		.then(async (ticket) => ({ ticket, view: await viewWindow(ctx, input.windowId, input.staffId) }));
}
