/**
 * 承诺件 and 上报件 after the visit: restored at start, listed for staff, closed (办结) by the
 * accepting window's clerks or a supervisor, the resident's page told at once.
 */
import { caseFrom } from '$lib/core/window-plan';
import { caseView } from '$lib/core/ticket-view';
import type { DayRecord } from '$lib/core/state';
import { DomainError, notFound } from '$lib/domain/errors';
import type { Case } from '$lib/domain/types';
import { authorize } from './authorize';
import type { HallContext } from './context';
import { findTicket } from './tickets';

/**
 * 办结 writes the day first, then the cases file: a crash between the two left a ticket whose
 * outcome names a case that is not on file. Its outcome holds all it takes to restore it.
 */
export function restoreCases(stored: Case[], today: DayRecord, now: number): Case[] {
	const cases = [...stored];
	for (const t of today.tickets) {
		const o = t.outcome;
		if (!o?.caseNo || cases.some((c) => c.caseNo === o.caseNo)) continue;
		const finish = [...t.events].reverse().find((e) => e.action === 'finish');
		const staffId = finish?.staffId ?? t.staffId ?? '';
		cases.push(caseFrom(t, o.caseNo, o.dueDay, today.day, t.windowId ?? '', staffId, finish?.at ?? now));
	}
	return cases;
}

/** Newest first, for staff. */
export function listCases(ctx: HallContext, siteId?: string) {
	const today = ctx.today.day;
	return ctx.cases
		.filter((c) => !siteId || c.siteId === siteId)
		.map((c) => ({ ...caseView(ctx.config, c, today), number: c.number, windowId: c.windowId }))
		.reverse();
}

/** Mark a case done (办结 after the visit); recorded with who and when, pushed to the resident. */
export function completeCase(ctx: HallContext, caseNo: string, staffId: string): Promise<Case> {
	return ctx.lock.run(async () => {
		const found = ctx.cases.find((c) => c.caseNo === caseNo);
		if (!found) throw notFound('办件');
		authorize(ctx.config, staffId, { to: 'close_case', windowId: found.windowId });
		if (found.state === 'done') throw new DomainError('illegal_transition', `办件${caseNo}已办结`, 409);
		const now = ctx.clock();
		const day = await ctx.currentDay();
		const done: Case = { ...found, state: 'done', doneAt: now, doneDay: day.day, doneBy: staffId };
		await ctx.commitCases(ctx.cases.map((c) => (c.caseNo === caseNo ? done : c)));
		await ctx.commitDay({ ...day, audit: [...(day.audit ?? []), { at: now, staffId, action: 'case_done', caseNo }] });
		const followed = await findTicket(ctx, done.token);
		if (followed) ctx.gateway.toTicket(done.token, 'ticket', followed.view);
		return done;
	});
}
