/**
 * The ticket state machine. Every change returns a new Ticket with one more event; the input is
 * never mutated, so a service can compare before/after and a failed write leaves nothing half done.
 *
 *   issue -> waiting --call--> called --start--> serving --finish--> done
 *                                 |  \--finish------------------------^
 *                                 |--recall (stays called)
 *                                 \--no_show--> no_show
 *   transfer: waiting | called | serving | on_hold -> waiting (new matter, same place in the queue)
 *   hold (挂起): called | serving -> on_hold, still owned by its window (首问负责制)
 *   callback (回呼): on_hold -> called, at the window that held it
 *   no_show also from on_hold: the resident never came back
 */
import { ticketActionLabel, ticketStateLabel } from '$lib/core/labels';
import { DomainError, invalid } from './errors';
import type { Category, Matter, Outcome, Ticket, TicketAction, TicketEvent, TicketState } from './types';

export type ActiveAction = Exclude<TicketAction, 'issue'>;

/** From which states each action is legal. 'issue' creates a ticket, so it has no source state. */
export const transitions: Record<TicketAction, TicketState[]> = {
	issue: [],
	call: ['waiting'],
	recall: ['called'],
	start: ['called'],
	// A clerk may finish straight from called when the matter took a moment (即办件).
	finish: ['called', 'serving'],
	no_show: ['called', 'on_hold'],
	transfer: ['waiting', 'called', 'serving', 'on_hold'],
	hold: ['called', 'serving'],
	callback: ['on_hold']
};

export function stateLabel(state: TicketState): string {
	return ticketStateLabel(state);
}

export function actionLabel(action: TicketAction): string {
	return ticketActionLabel(action);
}

export function canApply(ticket: Ticket, action: TicketAction): boolean {
	return transitions[action].includes(ticket.state);
}

/** A ticket a window is dealing with right now. */
export function isHeld(ticket: Ticket): boolean {
	return ticket.state === 'called' || ticket.state === 'serving';
}

export interface NewTicketInput {
	id: string;
	token: string;
	siteId: string;
	day: string;
	category: Category;
	matter: Matter;
	priority: boolean;
	missing: string[];
	now: number;
	seq: number;
	number: string;
}

export function newTicket(input: NewTicketInput): Ticket {
	const { category, matter, now } = input;
	if (matter.categoryId !== category.id) {
		throw invalid(`事项"${matter.name}"不属于"${category.name}"`);
	}
	return {
		id: input.id,
		token: input.token,
		siteId: input.siteId,
		day: input.day,
		prefix: category.prefix,
		seq: input.seq,
		number: input.number,
		categoryId: category.id,
		matterId: matter.id,
		priority: input.priority,
		state: 'waiting',
		issuedAt: now,
		queuedAt: now,
		recalls: 0,
		missing: [...input.missing],
		events: [{ action: 'issue', at: now }]
	};
}

export interface ActionContext {
	now: number;
	windowId?: string;
	staffId?: string;
	note?: string;
	transferTo?: { matterId: string; categoryId: string; targetWindowId?: string };
	/** For finish: how the visit ended (outcomes.ts). */
	outcome?: Outcome;
}

function event(
	action: TicketAction,
	at: number,
	windowId?: string,
	staffId?: string,
	note?: string,
	extra: Partial<TicketEvent> = {}
) {
	const e: TicketEvent = { action, at };
	// Only defined keys, so records stay small and compare equal after a JSON round trip.
	if (windowId !== undefined) e.windowId = windowId;
	if (staffId !== undefined) e.staffId = staffId;
	if (note !== undefined) e.note = note;
	for (const [k, v] of Object.entries(extra)) if (v !== undefined) (e as unknown as Record<string, unknown>)[k] = v;
	return e;
}

function illegal(ticket: Ticket, action: TicketAction): DomainError {
	return new DomainError(
		'illegal_transition',
		`${ticket.number}号当前状态为"${stateLabel(ticket.state)}"，不能执行"${actionLabel(action)}"`,
		409
	);
}

export function applyAction(ticket: Ticket, action: ActiveAction, ctx: ActionContext): Ticket {
	if (!canApply(ticket, action)) throw illegal(ticket, action);
	// A ticket held by one window must not be moved on by another (no ticket in two windows).
	if (
		(isHeld(ticket) || ticket.state === 'on_hold') &&
		ctx.windowId !== undefined &&
		ticket.windowId !== undefined &&
		ctx.windowId !== ticket.windowId
	) {
		throw new DomainError('illegal_transition', `${ticket.number}号正在其他窗口办理，不能执行"${actionLabel(action)}"`, 409);
	}
	const { now } = ctx;
	const windowId = ctx.windowId ?? ticket.windowId;
	const staffId = ctx.staffId ?? ticket.staffId;
	const events = (e: TicketEvent) => [...ticket.events, e];
	const base: Ticket = { ...ticket, missing: [...ticket.missing] };

	switch (action) {
		case 'call': {
			if (ctx.windowId === undefined) throw invalid('叫号须指明窗口');
			const next: Ticket = {
				...base,
				state: 'called',
				calledAt: now,
				windowId: ctx.windowId,
				events: events(event('call', now, ctx.windowId, ctx.staffId, ctx.note))
			};
			delete next.staffId;
			if (ctx.staffId !== undefined) next.staffId = ctx.staffId;
			return next;
		}
		case 'recall':
			return {
				...base,
				recalls: ticket.recalls + 1,
				events: events(event('recall', now, windowId, staffId))
			};
		case 'start':
			return {
				...base,
				state: 'serving',
				servingAt: now,
				events: events(event('start', now, windowId, staffId))
			};
		case 'finish': {
			const next: Ticket = {
				...base,
				state: 'done',
				doneAt: now,
				events: events(event('finish', now, windowId, staffId, ctx.note, { outcome: ctx.outcome }))
			};
			if (ctx.outcome) next.outcome = ctx.outcome;
			return next;
		}
		case 'hold':
			return {
				...base,
				state: 'on_hold',
				heldAt: now,
				events: events(event('hold', now, windowId, staffId, ctx.note))
			};
		case 'callback': {
			const next: Ticket = {
				...base,
				state: 'called',
				calledAt: now,
				recalls: 0,
				events: events(event('callback', now, windowId, staffId, ctx.note))
			};
			if (ctx.staffId !== undefined) next.staffId = ctx.staffId;
			delete next.heldAt;
			delete next.servingAt;
			return next;
		}
		case 'no_show':
			return {
				...base,
				state: 'no_show',
				doneAt: now,
				events: events(event('no_show', now, windowId, staffId, ctx.note))
			};
		case 'transfer': {
			const to = ctx.transferTo;
			if (!to) throw invalid('转移须指明目标事项');
			const next: Ticket = {
				...base,
				state: 'waiting',
				matterId: to.matterId,
				categoryId: to.categoryId,
				// queuedAt is kept on purpose: the resident keeps their place in the new queue.
				recalls: 0,
				events: events(
					event('transfer', now, windowId, staffId, ctx.note, {
						fromMatterId: ticket.matterId,
						toMatterId: to.matterId,
						toWindowId: to.targetWindowId
					})
				)
			};
			delete next.heldAt;
			delete next.windowId;
			delete next.staffId;
			delete next.calledAt;
			delete next.servingAt;
			delete next.targetWindowId;
			if (to.targetWindowId !== undefined) next.targetWindowId = to.targetWindowId;
			return next;
		}
	}
}
