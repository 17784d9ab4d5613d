/**
 * What one clerk command at a window does to the day (and to the cases file): the step between
 * validation and the durable write. Pure: config, day, cases, the command and `now` in; the new
 * records out. `runWindowCommand` first asks `allowed` (commands.ts) with the clerk's own view, so
 * the preconditions are written once; the hall runs it under its lock, writes, then publishes.
 *
 * Every change to a ticket is one more event on the ticket (who, when, which window): the audit
 * trail. Pause and resume are not ticket steps, so they go to the day's audit list.
 */
import { callNumber, heldBy, nextPriorityStreak, pickNext } from '$lib/domain/dispatch';
import { DomainError, invalid, notFound, queueEmpty } from '$lib/domain/errors';
import { decideOutcome } from '$lib/domain/outcomes';
import { applyAction } from '$lib/domain/tickets';
import type { CallRecord, Case, ServiceWindow, Ticket } from '$lib/domain/types';
import { allowed, type WindowCommand } from './commands';
import { DEFAULT_DISPATCH, hallCalendar, type AuditEntry, type DayRecord, type HallConfig, type WindowState } from './state';
import { windowView } from './window-view';

export interface PlanInput {
	config: HallConfig;
	day: DayRecord;
	cases: Case[];
	window: ServiceWindow;
	staffId: string;
	now: number;
	command: WindowCommand;
}

export interface Plan {
	day: DayRecord;
	/** The whole new cases list, when the command opened a case. */
	cases?: Case[];
	/** The ticket the command acted on (none for pause/resume). */
	ticket: Ticket | null;
	/** A call or recall to announce. */
	call?: CallRecord;
}

/** Calls kept in the day record for the lobby's recent list (per site, newest last). */
const CALLS_KEPT = 50;

/**
 * A clerk's command as the hall runs it: refused with the clerk's reason unless `allowed` on the
 * clerk's own view of the window (`blocked`: why AB roles keep them out now), then planned.
 */
export function runWindowCommand(input: PlanInput & { blocked?: string | null }): Plan {
	const view = windowView(input.config, input.day, input.window.id, input.staffId, { blocked: input.blocked });
	if (!view) throw notFound('窗口');
	const refusal = allowed(view, input.command.action);
	if (refusal) throw new DomainError(refusal.code, refusal.message, refusal.status);
	return planWindowAction(input);
}

/** The command's effect; its preconditions are `allowed`'s (call runWindowCommand). */
export function planWindowAction(input: PlanInput): Plan {
	const { config, day, window, staffId, now, command } = input;
	const siteTickets = day.tickets.filter((t) => t.siteId === window.siteId);
	const current = heldBy(siteTickets, window.id);
	const state: WindowState = day.windows?.[window.id] ?? { status: 'open', since: now };
	const needCurrent = (): Ticket => {
		if (!current) throw new DomainError('illegal_transition', '本窗口当前没有正在办理的号', 409);
		return current;
	};
	const ctx = { now, windowId: window.id, staffId };
	let windows = day.windows;
	let audit = day.audit;
	let cases: Case[] | undefined;
	let changed: Ticket | null = null;
	let announce: 'call' | 'recall' | undefined;

	switch (command.action) {
		case 'call': {
			const streak = state.priorityStreak ?? 0;
			const ratio = config.settings.dispatch?.priorityRatio ?? DEFAULT_DISPATCH.priorityRatio;
			const next = pickNext(siteTickets, window, { priorityRatio: ratio, priorityStreak: streak, now });
			if (!next) throw queueEmpty();
			changed = applyAction(next, 'call', ctx);
			windows = { ...day.windows, [window.id]: { ...state, priorityStreak: nextPriorityStreak(streak, next) } };
			announce = 'call';
			break;
		}
		case 'call_number':
			changed = callNumber(siteTickets, window, command.number, ctx);
			announce = 'call';
			break;
		case 'callback': {
			const held = siteTickets.find((t) => t.id === command.ticketId);
			if (!held || held.state !== 'on_hold' || held.windowId !== window.id) throw notFound('挂起的号');
			changed = applyAction(held, 'callback', ctx);
			announce = 'call';
			break;
		}
		case 'recall':
			changed = applyAction(needCurrent(), 'recall', ctx);
			announce = 'recall';
			break;
		case 'start':
		case 'no_show':
			changed = applyAction(needCurrent(), command.action, ctx);
			break;
		case 'hold':
			changed = applyAction(needCurrent(), 'hold', { ...ctx, note: command.note?.trim() || undefined });
			break;
		case 'finish': {
			const ticket = needCurrent();
			const matter = config.matters.find((m) => m.id === ticket.matterId);
			if (!matter) throw notFound('事项');
			const outcome = decideOutcome(command.outcome ?? {}, {
				matter,
				day: day.day,
				cases: input.cases,
				...hallCalendar(config.settings)
			});
			changed = applyAction(ticket, 'finish', { ...ctx, outcome });
			if (outcome.caseNo)
				cases = [...input.cases, caseFrom(changed, outcome.caseNo, outcome.dueDay, day.day, window.id, staffId, now)];
			break;
		}
		case 'transfer': {
			const ticket = needCurrent();
			const reason = command.reason.trim();
			if (!reason) throw invalid('请填写转移原因，接收窗口会看到');
			if (!command.toWindowId && !command.toMatterId) throw invalid('请选择转往的窗口或事项');
			const matterId = command.toMatterId ?? ticket.matterId;
			const matter = config.matters.find((m) => m.id === matterId);
			if (!matter) throw notFound('事项');
			// A retired matter is not offered: a resident may not be sent into it (their own stays).
			if (matter.retired && matterId !== ticket.matterId) throw invalid(`"${matter.name}"已停用，请另选事项`);
			let targetWindowId: string | undefined;
			if (command.toWindowId) {
				const target = config.windows.find((w) => w.id === command.toWindowId && w.siteId === window.siteId);
				if (!target) throw notFound('窗口');
				if (target.id === window.id) throw invalid('不能转移到本窗口');
				if (!target.matterIds.includes(matterId)) throw invalid(`${target.name}不办理"${matter.name}"，请另选窗口或事项`);
				targetWindowId = target.id;
			} else {
				const servedBy = config.windows.filter((w) => w.siteId === window.siteId && w.matterIds.includes(matterId));
				if (servedBy.length === 0) throw invalid(`目前没有窗口办理"${matter.name}"`);
				if (matterId === ticket.matterId) throw invalid('转移的事项与当前事项相同，请选择其他事项或窗口');
			}
			changed = applyAction(ticket, 'transfer', {
				...ctx,
				note: reason,
				transferTo: { matterId, categoryId: matter.categoryId, targetWindowId }
			});
			break;
		}
		case 'pause': {
			const reason = command.reason.trim();
			if (!reason) throw invalid('请选择暂停原因');
			windows = { ...day.windows, [window.id]: { ...state, status: 'paused', reason, since: now, staffId } };
			audit = [...(day.audit ?? []), entry(now, staffId, 'pause', window.id, reason)];
			break;
		}
		case 'resume': {
			const next: WindowState = { ...state, status: 'open', since: now, staffId };
			delete next.reason;
			windows = { ...day.windows, [window.id]: next };
			audit = [...(day.audit ?? []), entry(now, staffId, 'resume', window.id)];
			break;
		}
	}

	const tickets = changed ? day.tickets.map((t) => (t.id === changed.id ? changed : t)) : day.tickets;
	let calls = day.calls;
	let call: CallRecord | undefined;
	if (announce && changed) {
		call = {
			ticketId: changed.id,
			number: changed.number,
			windowId: window.id,
			windowNumber: window.number,
			windowName: window.name,
			at: now,
			recall: announce === 'recall'
		};
		calls = [...day.calls, call].slice(-CALLS_KEPT * Math.max(1, config.sites.length));
	}
	const next: DayRecord = { ...day, tickets, calls, seq: { ...day.seq, [window.siteId]: (day.seq[window.siteId] ?? 0) + 1 } };
	if (windows) next.windows = windows;
	if (audit) next.audit = audit;
	return { day: next, cases, ticket: changed, call };
}

function entry(at: number, staffId: string, action: AuditEntry['action'], windowId?: string, note?: string): AuditEntry {
	const e: AuditEntry = { at, staffId, action };
	if (windowId) e.windowId = windowId;
	if (note) e.note = note;
	return e;
}

export function caseFrom(
	ticket: Ticket,
	caseNo: string,
	dueDay: string | undefined,
	day: string,
	windowId: string,
	staffId: string,
	now: number
): Case {
	const c: Case = {
		caseNo,
		kind: ticket.outcome?.kind === 'forwarded' ? 'forwarded' : 'accepted',
		state: 'open',
		siteId: ticket.siteId,
		ticketId: ticket.id,
		token: ticket.token,
		number: ticket.number,
		matterId: ticket.matterId,
		windowId,
		staffId,
		acceptedAt: now,
		acceptedDay: day
	};
	if (dueDay) c.dueDay = dueDay;
	return c;
}
