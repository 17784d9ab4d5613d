/**
 * The window commands, each defined once. From this table come:
 * - the body the API accepts (`windowCommandBody`, zod, run by the server on every request),
 * - its TypeScript type (`WindowCommand`, what the console's typed client must send),
 * - whether it is allowed now (`allowed(view, name)`: the server enforces it before it plans the
 *   change, and the console enables a button with it),
 * - what the console shows for it (label, number key, tone, dialog, and the confirmation line).
 * What a command then does to the day is `planWindowAction` (window-plan.ts).
 *
 * Adding a command: its schema and meta here, its effect in window-plan.ts, a dialog if it needs
 * one, and tests beside both.
 */
import { z } from 'zod';
import { DomainError, windowBusy } from '$lib/domain/errors';
import { canApply } from '$lib/domain/tickets';
import type { Ticket, TicketAction } from '$lib/domain/types';
import type { WindowView } from '$lib/realtime/events';
import { outcomeLabel, ticketActionLabel, ticketStateLabel } from './labels';

const id = z.string().min(1).max(64);
/** One per button press: the same requestId twice acts once. */
export const requestId = z.string().min(8).max(64).optional();
const reason = z.string().trim().min(1).max(200);
const outcomeKind = z.enum(['done', 'accepted', 'forwarded', 'rejected', 'incomplete']);

const plain = <N extends string>(action: N) => z.strictObject({ action: z.literal(action), requestId });

export const windowCommandSchemas = {
	call: plain('call'),
	recall: plain('recall'),
	start: plain('start'),
	no_show: plain('no_show'),
	finish: z.strictObject({
		action: z.literal('finish'),
		outcome: z
			.strictObject({
				kind: outcomeKind.optional(),
				missing: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
				reason: z.string().max(200).optional()
			})
			.optional(),
		requestId
	}),
	transfer: z.strictObject({
		action: z.literal('transfer'),
		toWindowId: id.optional(),
		toMatterId: id.optional(),
		reason,
		requestId
	}),
	hold: z.strictObject({ action: z.literal('hold'), note: z.string().max(200).optional(), requestId }),
	pause: z.strictObject({ action: z.literal('pause'), reason, requestId }),
	resume: plain('resume'),
	callback: z.strictObject({ action: z.literal('callback'), ticketId: id, requestId }),
	call_number: z.strictObject({
		action: z.literal('call_number'),
		number: z
			.string()
			.trim()
			.regex(/^[A-Za-z]\d{1,4}$/, '号码格式应为字母加数字，如 A012'),
		requestId
	})
} as const;

export type WindowCommandName = keyof typeof windowCommandSchemas;

/** The body of POST /api/windows/:id/actions and of the console's typed client. */
export const windowCommandBody = z.discriminatedUnion('action', [
	windowCommandSchemas.call,
	windowCommandSchemas.recall,
	windowCommandSchemas.start,
	windowCommandSchemas.no_show,
	windowCommandSchemas.finish,
	windowCommandSchemas.transfer,
	windowCommandSchemas.hold,
	windowCommandSchemas.pause,
	windowCommandSchemas.resume,
	windowCommandSchemas.callback,
	windowCommandSchemas.call_number
]);

/** A validated command (what the server plans with). */
export type WindowCommand = z.output<typeof windowCommandBody>;
/** What a caller may send (before trimming). */
export type WindowCommandInput = z.input<typeof windowCommandBody>;
export type CommandOf<N extends WindowCommandName> = z.input<(typeof windowCommandSchemas)[N]>;

/** Why a command may not run now; `status` is the HTTP answer, `message` what the clerk reads. */
export interface Refusal {
	code: DomainError['code'];
	status: number;
	message: string;
}

const refuse = (e: DomainError): Refusal => ({ code: e.code, status: e.status, message: e.message });

/** The ticket-state step each ticket command takes (tickets.ts `transitions` decides it). */
const ticketStep: Partial<Record<WindowCommandName, TicketAction>> = {
	recall: 'recall',
	start: 'start',
	no_show: 'no_show',
	finish: 'finish',
	transfer: 'transfer',
	hold: 'hold'
};

/**
 * Whether `name` may run at the window now, judged from the clerk's own view of it: the one rule
 * the server enforces before planning and the console uses to enable a button. Returns null when
 * allowed. What needs more than the view (the number typed, the target window) is checked when
 * the command is planned.
 */
export function allowed(view: WindowView, name: WindowCommandName): Refusal | null {
	if (view.blocked) return { code: 'invalid', status: 403, message: view.blocked };
	const current = view.current;
	const paused = view.status !== 'open';
	const whilePaused = () =>
		paused ? refuse(new DomainError('illegal_transition', `${view.window.name}已暂停服务，请先恢复服务再叫号`, 409)) : null;
	switch (name) {
		case 'call':
		case 'call_number':
		case 'callback':
			return whilePaused() ?? (current ? refuse(windowBusy(current.number)) : null);
		case 'pause':
			return current ? refuse(new DomainError('window_busy', `请先办结、挂起或转移${current.number}号，再暂停服务`, 409)) : null;
		case 'resume':
			return paused ? null : refuse(new DomainError('illegal_transition', `${view.window.name}正在服务中，无需恢复`, 409));
		default: {
			const step = ticketStep[name]!;
			if (!current) return refuse(new DomainError('illegal_transition', '本窗口当前没有正在办理的号', 409));
			if (!canApply({ state: current.state } as Ticket, step)) {
				const message = `${current.number}号当前状态为"${ticketStateLabel(current.state)}"，不能执行"${ticketActionLabel(step)}"`;
				return refuse(new DomainError('illegal_transition', message, 409));
			}
			return null;
		}
	}
}

/** What the server answers a command with (`POST /api/windows/:id/actions`). */
export interface CommandAnswer {
	view: WindowView;
	ticket: {
		number: string;
		state: string;
		outcome?: { kind: string; caseNo?: string; dueDay?: string; missing?: string[] };
	} | null;
}

export type Tone = 'primary' | 'plain' | 'warn' | 'ok';
/** The dialogs a command needs before it can be sent. */
export type CommandDialog = 'finish' | 'transfer' | 'pause' | 'call_number';

export interface CommandMeta {
	/** The button's word. */
	label: string;
	/** The number key that presses it (shown on the button); none: not a console button. */
	key?: string;
	tone: Tone;
	/** Needs a dialog for its details before it is sent. */
	dialog?: CommandDialog;
	/** The line the console shows once the server has done it. */
	confirmation: (answer: CommandAnswer) => string;
}

const numbered = (a: CommandAnswer) => (a.ticket ? `${a.ticket.number} 号` : '');

export const commandMeta: Record<WindowCommandName, CommandMeta> = {
	call: { label: '叫号', key: '1', tone: 'primary', confirmation: (a) => `已叫号：${numbered(a)}` },
	recall: { label: '重呼', key: '2', tone: 'plain', confirmation: (a) => `已重呼：${numbered(a)}` },
	start: { label: '开始办理', key: '3', tone: 'plain', confirmation: (a) => `开始办理：${numbered(a)}` },
	no_show: { label: '过号', key: '4', tone: 'warn', confirmation: (a) => `已过号：${numbered(a)}` },
	finish: { label: '办结', key: '5', tone: 'ok', dialog: 'finish', confirmation: finished },
	transfer: {
		label: '转移',
		key: '6',
		tone: 'plain',
		dialog: 'transfer',
		confirmation: (a) => `已转移：${numbered(a)}，群众保留原排队位置`
	},
	hold: {
		label: '挂起',
		key: '7',
		tone: 'plain',
		confirmation: (a) => `已挂起：${numbered(a)}，群众回来后在右侧“挂起的号”中回呼`
	},
	pause: {
		label: '暂停',
		key: '8',
		tone: 'plain',
		dialog: 'pause',
		confirmation: (a) => `已暂停服务（${a.view.pauseReason ?? ''}）`
	},
	// 恢复服务 shares key 8 with 暂停: the button is whichever of the two the window's state allows.
	resume: { label: '恢复服务', key: '8', tone: 'plain', confirmation: () => '已恢复服务' },
	callback: { label: '回呼', tone: 'plain', confirmation: (a) => `已回呼：${numbered(a)}` },
	call_number: {
		label: '选号呼叫',
		key: '9',
		tone: 'plain',
		dialog: 'call_number',
		confirmation: (a) => `已选号呼叫：${numbered(a)}`
	}
};

function finished(a: CommandAnswer): string {
	const o = a.ticket?.outcome;
	if (!o) return `已办结：${numbered(a)}`;
	const kind = o.kind as Parameters<typeof outcomeLabel>[0];
	const parts = [`已办结：${numbered(a)}`, kind === 'incomplete' ? `${outcomeLabel(kind)}，已一次性告知` : outcomeLabel(kind)];
	if (o.caseNo) parts.push(`办件编号 ${o.caseNo}`);
	if (o.dueDay) parts.push(`承诺 ${o.dueDay} 前办结`);
	return parts.join(' · ');
}

/** The console's row of buttons in key order; key 8 is 暂停 or 恢复服务 by the window's state. */
export function consoleButtons(view: WindowView | null): WindowCommandName[] {
	const pauseOrResume = view && view.status !== 'open' ? 'resume' : 'pause';
	return ['call', 'recall', 'start', 'no_show', 'finish', 'transfer', 'hold', pauseOrResume, 'call_number'];
}
