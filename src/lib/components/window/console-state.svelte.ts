/**
 * The clerk's console for one window, as state: the window's view, the command in flight, the
 * lines it shows and the dialog that is open. Each press sends ONE requestId and the buttons stay
 * off until the server answers (after its durable write), so a double press can never take two
 * tickets. The decisions (which command a key is, which dialog a command opens, which view wins)
 * are plain functions below, specified in console-state.spec.ts.
 */
import { sendWindowCommand, type ApiResult } from '$lib/client/api';
import {
	allowed,
	commandMeta,
	consoleButtons,
	type CommandAnswer,
	type CommandDialog,
	type WindowCommandInput,
	type WindowCommandName
} from '$lib/core/commands';
import { connectLive } from '$lib/realtime/client';
import { compareOrder } from '$lib/realtime/order';
import type { WindowView } from '$lib/realtime/events';
import type { CatalogueLite } from './api';

/**
 * A push and an HTTP answer may arrive in either order: a view replaces the shown one unless older.
 * At the hall's midnight the new day's view wins though its seq starts again.
 */
export function isNewer(shown: WindowView | null, next: WindowView): boolean {
	return !shown || compareOrder(next, shown) >= 0;
}

/** The server's own rule (core/commands.ts), plus this console's: one command at a time, none once ended. */
export function mayPress(
	view: WindowView | null,
	name: WindowCommandName,
	desk: { busy: WindowCommandName | null; ended: string }
): boolean {
	if (!view || desk.busy || desk.ended) return false;
	return allowed(view, name) === null;
}

/** The dialog a command needs before it is sent, or null: it is sent as it is. */
export function dialogFor(name: WindowCommandName): CommandDialog | null {
	return commandMeta[name].dialog ?? null;
}

/** What the console needs of a key press. */
export interface KeyPress {
	key: string;
	repeat: boolean;
	ctrlKey: boolean;
	altKey: boolean;
	metaKey: boolean;
	/** Typed into a field (input, textarea, select, contenteditable). */
	inField: boolean;
}

/**
 * The command a key press is a shortcut for, among the buttons shown, or null: not while a dialog
 * is open (Enter and Esc are its own), not when held down or with a modifier, not in a field.
 * Whether the command may run now is `mayPress`'s to say.
 */
export function commandForKey(
	buttons: readonly WindowCommandName[],
	press: KeyPress,
	dialogOpen: boolean
): WindowCommandName | null {
	if (dialogOpen || press.repeat || press.ctrlKey || press.altKey || press.metaKey || press.inField) return null;
	return buttons.find((b) => commandMeta[b].key === press.key) ?? null;
}

type Send = (windowId: string, command: WindowCommandInput) => Promise<ApiResult<CommandAnswer>>;

export class ConsoleState {
	view = $state<WindowView | null>(null);
	/** The command in flight; every button is off meanwhile. */
	busy = $state<WindowCommandName | null>(null);
	error = $state('');
	notice = $state('');
	/** Disconnected for more than a blink: show 正在重新连接. */
	lost = $state(false);
	/** Why the session ended (a login elsewhere), once it has. */
	ended = $state('');
	dialog = $state<CommandDialog | null>(null);
	dialogError = $state('');
	/** The site's windows and matters, for the transfer dialog. */
	catalogue = $state<CatalogueLite | null>(null);

	readonly current = $derived(this.view?.current ?? null);
	readonly buttons = $derived(consoleButtons(this.view));

	constructor(
		readonly windowId: string,
		private onSessionLost: () => void,
		private sendCommand: Send = sendWindowCommand
	) {}

	allowed(name: WindowCommandName): boolean {
		return mayPress(this.view, name, this);
	}

	apply(next: WindowView) {
		if (isNewer(this.view, next)) this.view = next;
	}

	async send(command: WindowCommandInput) {
		this.busy = command.action;
		this.error = '';
		this.dialogError = '';
		this.notice = '';
		const result = await this.sendCommand(this.windowId, command);
		this.busy = null;
		if (!result.ok) {
			if (this.dialog) this.dialogError = result.message;
			else this.error = result.message;
			if (result.status === 401) this.onSessionLost();
			return;
		}
		this.dialog = null;
		this.apply(result.answer.view);
		this.notice = commandMeta[command.action].confirmation(result.answer);
	}

	/** A button or its key: open the command's dialog, or send it. */
	act(name: WindowCommandName) {
		if (!this.allowed(name)) return;
		this.dialogError = '';
		const needs = dialogFor(name);
		if (needs) this.dialog = needs;
		else this.send({ action: name } as WindowCommandInput);
	}

	closeDialog() {
		this.dialog = null;
	}

	onKey(event: KeyboardEvent) {
		const target = event.target as HTMLElement | null;
		const inField = !!target?.closest?.('input, textarea, select, [contenteditable]');
		const name = commandForKey(this.buttons, { ...pick(event), inField }, !!this.dialog);
		if (!name) return;
		event.preventDefault();
		this.act(name);
	}

	/** Reads the window and the catalogue, then follows the window live; returns the function that stops. */
	connect(): () => void {
		const id = this.windowId;
		let cancelled = false;

		fetch(`/api/windows/${encodeURIComponent(id)}`)
			.then(async (res) => {
				const body = await res.json().catch(() => null);
				if (cancelled) return;
				if (res.status === 401) return this.onSessionLost();
				if (!res.ok) this.error = body?.error?.message ?? '读取窗口信息失败';
				else this.apply(body as WindowView);
			})
			.catch(() => {
				if (!cancelled) this.error = '无法连接服务器，正在重试…';
			});
		fetch('/api/catalogue')
			.then((res) => (res.ok ? res.json() : null))
			.then((body) => {
				if (!cancelled && body) this.catalogue = body as CatalogueLite;
			})
			.catch(() => {});

		const socket = connectLive({
			auth: { role: 'staff', windowId: id },
			onSnapshot: (reply) => {
				if (reply.window) this.view = reply.window;
			},
			onLost: (lost) => (this.lost = lost && !this.ended),
			onStatus: ({ error: message }) => {
				if (message === '请先登录' && !this.ended) this.onSessionLost();
			}
		});
		socket.on('window', (view) => this.apply(view));
		socket.on('session_ended', ({ message }) => {
			this.ended = message;
			this.dialog = null;
			socket.disconnect();
		});

		return () => {
			cancelled = true;
			socket.disconnect();
		};
	}
}

const pick = ({ key, repeat, ctrlKey, altKey, metaKey }: KeyboardEvent) => ({ key, repeat, ctrlKey, altKey, metaKey });
