/**
 * Service windows managed by a supervisor on /admin/windows: create, edit (number, name, site,
 * the matters it serves with weights, the A and B clerk), and retire (撤销). Each change is
 * authorized, checked by the pure rules of domain/staffing.ts against today's queue, written to
 * config.json under the hall's lock, audited (before -> after) and pushed, so lobby screens and
 * consoles show it without a reload.
 *
 * A retired window moves to `config.retiredWindows` instead of being deleted: tickets, calls and
 * cases of past days name it by id, and every live reader of `config.windows` (dispatch, screens,
 * consoles, routing of new tickets) leaves it out without having to remember a flag.
 */
import { randomBytes } from 'node:crypto';
import type { WindowInput } from '$lib/core/requests';
import { DomainError, invalid, notFound } from '$lib/domain/errors';
import { strandedMatters, windowNumberBlock, windowRemovalBlock, windowStaffBlock } from '$lib/domain/staffing';
import type { ServiceWindow } from '$lib/domain/types';
import { appendAudit, changeNote } from './audit';
import { authorize } from './authorize';
import type { HallContext } from './context';
import { publish } from './publish';

export async function createWindow(ctx: HallContext, staffId: string, input: WindowInput): Promise<ServiceWindow> {
	authorize(ctx.config, staffId, { to: 'supervise', what: '新建窗口' });
	return ctx.lock.run(async () => {
		const window = check(ctx, { id: `win-${randomBytes(4).toString('hex')}`, ...input });
		await ctx.commitConfig({ ...ctx.config, windows: [...ctx.config.windows, window] });
		await appendAudit(ctx, {
			at: ctx.clock(),
			staffId,
			action: 'window_created',
			subject: window.id,
			windowId: window.id,
			note: `${window.name}（${window.number}号，A岗 ${nameOf(ctx, window.staffA)}，B岗 ${nameOf(ctx, window.staffB)}，${window.matterIds.length} 项事项）`
		});
		publish(ctx, window.siteId);
		return window;
	});
}

export async function updateWindow(ctx: HallContext, staffId: string, windowId: string, input: WindowInput) {
	authorize(ctx.config, staffId, { to: 'supervise', what: '修改窗口' });
	return ctx.lock.run(async () => {
		const before = ctx.config.windows.find((w) => w.id === windowId);
		if (!before) throw notFound('窗口');
		const after = check(ctx, { id: windowId, ...input });
		const day = await ctx.currentDay();
		if (after.siteId !== before.siteId) {
			const held = windowRemovalBlock(before, day.tickets);
			if (held) throw new DomainError('illegal_transition', held, 409);
		}
		const windows = ctx.config.windows.map((w) => (w.id === windowId ? after : w));
		refuseStranded(ctx, windows, day.tickets, before.siteId);
		const fields = changeNote([
			['窗口号', before.number, after.number],
			['名称', before.name, after.name],
			['服务中心', before.siteId, after.siteId],
			['A岗', nameOf(ctx, before.staffA), nameOf(ctx, after.staffA)],
			['B岗', nameOf(ctx, before.staffB), nameOf(ctx, after.staffB)],
			['权重', JSON.stringify(before.weights ?? {}), JSON.stringify(after.weights ?? {})]
		]);
		const added = after.matterIds.filter((m) => !before.matterIds.includes(m));
		const removed = before.matterIds.filter((m) => !after.matterIds.includes(m));
		const matters = [
			added.length ? `增加事项 ${matterNames(ctx, added)}` : '',
			removed.length ? `去掉事项 ${matterNames(ctx, removed)}` : ''
		].filter(Boolean);
		const note = [fields, ...matters].filter(Boolean).join('；');
		if (!note) return after;
		await ctx.commitConfig({ ...ctx.config, windows });
		await appendAudit(ctx, { at: ctx.clock(), staffId, action: 'window_updated', subject: windowId, windowId, note });
		publish(ctx, after.siteId);
		if (before.siteId !== after.siteId) publish(ctx, before.siteId);
		return after;
	});
}

/** 撤销窗口: refused while it holds a ticket or while residents would be left with no window. */
export async function retireWindow(ctx: HallContext, staffId: string, windowId: string) {
	authorize(ctx.config, staffId, { to: 'supervise', what: '撤销窗口' });
	await ctx.lock.run(async () => {
		const window = ctx.config.windows.find((w) => w.id === windowId);
		if (!window) throw notFound('窗口');
		const day = await ctx.currentDay();
		const held = windowRemovalBlock(window, day.tickets);
		if (held) throw new DomainError('illegal_transition', held, 409);
		const windows = ctx.config.windows.filter((w) => w.id !== windowId);
		refuseStranded(ctx, windows, day.tickets, window.siteId);
		await ctx.commitConfig({
			...ctx.config,
			windows,
			retiredWindows: [...(ctx.config.retiredWindows ?? []), window]
		});
		await appendAudit(ctx, {
			at: ctx.clock(),
			staffId,
			action: 'window_retired',
			subject: windowId,
			windowId,
			note: `${window.name}（${window.number}号）撤销`
		});
		publish(ctx, window.siteId);
	});
}

/** The window as it will be stored, or the first rule it breaks. */
function check(ctx: HallContext, input: WindowInput & { id: string }): ServiceWindow {
	const { config } = ctx;
	if (!ctx.site(input.siteId)) throw notFound('服务中心');
	const unknown = input.matterIds.find((m) => !config.matters.some((x) => x.id === m));
	if (unknown) throw invalid(`未找到事项 ${unknown}`);
	const number = windowNumberBlock(config.windows, input);
	if (number) throw new DomainError('invalid', number, 409);
	const staff = windowStaffBlock(config.staff, input.staffA, input.staffB);
	if (staff) throw invalid(staff);
	const matterIds = [...new Set(input.matterIds)];
	// Only weights of matters the window serves, and only those that differ from the default 1.
	const weights = Object.fromEntries(Object.entries(input.weights ?? {}).filter(([m, w]) => matterIds.includes(m) && w !== 1));
	const window: ServiceWindow = {
		id: input.id,
		siteId: input.siteId,
		number: input.number,
		name: input.name,
		matterIds,
		staffA: input.staffA,
		staffB: input.staffB
	};
	if (Object.keys(weights).length > 0) window.weights = weights;
	return window;
}

function refuseStranded(
	ctx: HallContext,
	windows: ServiceWindow[],
	tickets: Parameters<typeof strandedMatters>[1],
	siteId: string
) {
	const stranded = strandedMatters(windows, tickets, siteId);
	if (stranded.length === 0) return;
	throw new DomainError(
		'illegal_transition',
		`${matterNames(ctx, stranded)}还有群众在等候，改动后将没有窗口办理。请保留该事项，或先让其他窗口办理它`,
		409
	);
}

function nameOf(ctx: HallContext, staffId: string) {
	return ctx.config.staff.find((s) => s.id === staffId)?.name ?? staffId;
}

function matterNames(ctx: HallContext, ids: string[]) {
	return ids.map((id) => `“${ctx.config.matters.find((m) => m.id === id)?.name ?? id}”`).join('、');
}
