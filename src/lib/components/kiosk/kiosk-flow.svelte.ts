/**
 * The kiosk's state machine: which screen the resident is on and how each tap moves them on.
 * Screens: categories (or search) -> matters -> one-time notice with the self-check (取号) ->
 * ticket; a missing paper leads to a choice: print the checklist (no ticket) or queue anyway.
 *
 * The transitions are plain functions of the current screen, testable without a browser;
 * `KioskFlow` holds the current screen as Svelte state and runs the three server calls through
 * an injected `KioskApi`, so it is testable with a fake one.
 */
import type { SiteCatalogue } from '$lib/domain/catalogue';
import type { Category, Matter } from '$lib/domain/types';
import type { PrintStatus, TicketView } from '$lib/realtime/events';
import type { KioskApi } from './kiosk-api';

/** Back to the start after this long without a touch (screens 2 and 3). */
export const IDLE_RESET_MS = 90_000;
/** The ticket and checklist-printed screens go back to the start after this long. */
export const TICKET_RESET_MS = 60_000;

/** One visit's notice: `requestId` is made once per visit, so a double 取号 returns one ticket. */
export interface Visit {
	category: Category;
	matter: Matter;
	requestId: string;
	/** Names of the materials the resident ticked as brought. */
	have: string[];
	priority: boolean;
}

export type NoticeScreen = { name: 'notice' } & Visit;
/** The self-check found papers missing: print the checklist, or queue anyway. */
export type MissingScreen = { name: 'missing'; missing: string[] } & Visit;
export type TicketScreen = { name: 'ticket'; ticket: TicketView; print: PrintStatus; statusUrl: string; reprinted?: string };
export type PrintedScreen = { name: 'printed'; matter: Matter; print: PrintStatus; serial: string; lines: string[] };

export type Screen =
	| { name: 'categories' }
	| { name: 'search' }
	| { name: 'matters'; category: Category }
	| NoticeScreen
	| MissingScreen
	| PrintedScreen
	| TicketScreen;

export type ScreenName = Screen['name'];

export const start = (): Screen => ({ name: 'categories' });

export const openCategory = (category: Category): Screen => ({ name: 'matters', category });

export const openNotice = (category: Category, matter: Matter, requestId: string): NoticeScreen => ({
	name: 'notice',
	category,
	matter,
	requestId,
	have: [],
	priority: false
});

/** The visit behind a notice or missing screen, without the screen's own fields. */
function visitOf(screen: NoticeScreen | MissingScreen): Visit {
	const { category, matter, requestId, have, priority } = screen;
	return { category, matter, requestId, have, priority };
}

/** 返回: notice -> its category, missing -> the notice as it was, anything else -> the start. */
export function back(screen: Screen): Screen {
	if (screen.name === 'notice') return openCategory(screen.category);
	if (screen.name === 'missing') return { name: 'notice', ...visitOf(screen) };
	return start();
}

/** Tick or untick a material as brought (the self-check). */
export function toggleHave(screen: Screen, material: string): Screen {
	if (screen.name !== 'notice') return screen;
	const have = screen.have.includes(material) ? screen.have.filter((n) => n !== material) : [...screen.have, material];
	return { ...screen, have };
}

export function togglePriority(screen: Screen): Screen {
	if (screen.name !== 'notice') return screen;
	return { ...screen, priority: !screen.priority };
}

/** The matter's materials the resident did not tick, in the catalogue's order. */
export function missingOf(visit: Pick<Visit, 'matter' | 'have'>): string[] {
	return visit.matter.materials.map((m) => m.name).filter((n) => !visit.have.includes(n));
}

/**
 * What 取号 on the notice does. Nothing ticked means the resident skipped the self-check: the
 * ticket is three taps from idle. Something ticked but not everything: say plainly what is
 * missing first.
 */
export function onTake(screen: Screen): { ask: MissingScreen } | { take: string[] } | null {
	if (screen.name !== 'notice') return null;
	const missing = missingOf(screen);
	if (screen.have.length > 0 && missing.length > 0) return { ask: { name: 'missing', ...visitOf(screen), missing } };
	return { take: [] };
}

/** A screen from which a ticket may be taken or the checklist printed. */
export const isVisit = (screen: Screen): screen is NoticeScreen | MissingScreen =>
	screen.name === 'notice' || screen.name === 'missing';

/** Whether the resident is still on the visit that asked for `requestId` (not reset, not home). */
export const stillOn = (screen: Screen, requestId: string): boolean => isVisit(screen) && screen.requestId === requestId;

/**
 * The screen after the hall changed its catalogue (pushed live). The resident stays where they
 * are with the new text: a matter list shows the category's new matters, an open notice its new
 * materials (ticks kept by name, so a resident mid-check loses nothing that still applies; a
 * "missing" choice goes back to the notice, its list may be stale). A category or matter no
 * longer offered here sends them back to the start rather than to a number nobody will call. A
 * ticket or printed checklist already taken is left as it is.
 */
export function withCatalogue(screen: Screen, catalogue: Pick<SiteCatalogue, 'categories' | 'matters'>): Screen {
	if (screen.name === 'matters') {
		const category = catalogue.categories.find((c) => c.id === screen.category.id);
		return category ? { ...screen, category } : start();
	}
	if (!isVisit(screen)) return screen;
	const matter = catalogue.matters.find((m) => m.id === screen.matter.id);
	const category = catalogue.categories.find((c) => c.id === matter?.categoryId);
	if (!matter || !category) return start();
	const names = matter.materials.map((m) => m.name);
	const visit = { ...visitOf(screen), category, matter, have: screen.have.filter((n) => names.includes(n)) };
	const same = JSON.stringify(matter.materials) === JSON.stringify(screen.matter.materials);
	if (screen.name === 'missing' && same) return { ...screen, ...visit };
	return { name: 'notice', ...visit };
}

/** How long a screen waits untouched before going back to the start; null: it never does. */
export function idleTimeout(name: ScreenName): number | null {
	if (name === 'categories') return null;
	return name === 'ticket' || name === 'printed' ? TICKET_RESET_MS : IDLE_RESET_MS;
}

/** Words the store needs, in the kiosk's current language. */
export interface FlowText {
	failed: (status: number) => string;
	offline: () => string;
	announceTicket: (number: string, ahead: number) => string;
	reprinted: () => string;
}

export interface FlowOptions {
	api: KioskApi;
	text: FlowText;
	newRequestId: () => string;
	/** Called after every change of screen, e.g. to scroll up and focus the new heading. */
	shown?: (screen: Screen) => void | Promise<void>;
	/** Called when the server says the hall stopped taking numbers. */
	closed?: () => void;
}

/** The kiosk's current screen and the state of its one server call at a time. */
export class KioskFlow {
	screen = $state<Screen>(start());
	busy = $state(false);
	failure = $state('');
	/** Read by screen readers (aria-live) after a ticket is taken. */
	announcement = $state('');

	constructor(private readonly options: FlowOptions) {}

	async show(next: Screen) {
		this.screen = next;
		this.failure = '';
		if (next.name !== 'ticket') this.announcement = '';
		await this.options.shown?.(next);
	}

	home = () => this.show(start());

	/** The catalogue changed: stay on this screen with the new text, or go home if it is gone. */
	catalogueChanged = (catalogue: Pick<SiteCatalogue, 'categories' | 'matters'>) => {
		const next = withCatalogue(this.screen, catalogue);
		if (next.name === 'categories' && this.screen.name !== 'categories') return this.home();
		// The same catalogue again (the snapshot on every reconnect): leave the screen, and so its
		// idle timer, untouched.
		if (JSON.stringify(next) !== JSON.stringify(this.screen)) this.screen = next;
	};
	back = () => this.show(back(this.screen));
	pickCategory = (category: Category) => this.show(openCategory(category));
	pickMatter = (category: Category, matter: Matter) => this.show(openNotice(category, matter, this.options.newRequestId()));
	search = () => this.show({ name: 'search' });

	/** Edits within a screen: no scroll, no refocus. */
	toggleHave = (material: string) => {
		this.screen = toggleHave(this.screen, material);
	};
	togglePriority = () => {
		this.screen = togglePriority(this.screen);
	};

	take = () => {
		const step = onTake(this.screen);
		if (!step) return;
		if ('ask' in step) return this.show(step.ask);
		return this.takeTicket(step.take);
	};

	/** 取号 with the papers the resident said they lack (none when they skipped the check). */
	takeTicket = (missing: string[]) =>
		this.call(async () => {
			const screen = this.screen;
			if (!isVisit(screen)) return;
			const { matter, requestId, priority } = screen;
			const res = await this.options.api.takeTicket({ matterId: matter.id, requestId, priority, missing });
			if (!res.ok) {
				this.failure = res.message ?? this.options.text.failed(res.status);
				if (res.code === 'closed') this.options.closed?.();
				return;
			}
			// The resident left (idle reset or 首页) while we waited: do not jump to a stale ticket.
			if (!stillOn(this.screen, requestId)) return;
			const { ticket, print, statusUrl } = res.body;
			this.announcement = this.options.text.announceTicket(ticket.number, ticket.ahead);
			await this.show({ name: 'ticket', ticket, print, statusUrl });
		});

	/** Print the one-time notice alone, with the missing marks; no ticket, no number used. */
	printChecklist = () =>
		this.call(async () => {
			const screen = this.screen;
			if (!isVisit(screen)) return;
			const matter = screen.matter;
			const missing = screen.name === 'missing' ? screen.missing : [];
			const res = await this.options.api.printNotice({ matterId: matter.id, missing });
			if (!res.ok) {
				this.failure = res.message ?? this.options.text.failed(res.status);
				return;
			}
			await this.show({ name: 'printed', matter, ...res.body });
		});

	reprint = () =>
		this.call(async () => {
			const screen = this.screen;
			if (screen.name !== 'ticket') return;
			const res = await this.options.api.reprint(screen.ticket.token);
			if (!res.ok) this.failure = res.message ?? this.options.text.failed(res.status);
			else if (res.body.print.ok) screen.reprinted = this.options.text.reprinted();
			else this.failure = res.body.print.message;
		});

	/** One server call at a time; a network failure says so in words. */
	private async call(run: () => Promise<void>) {
		if (this.busy) return;
		this.busy = true;
		this.failure = '';
		try {
			await run();
		} catch {
			this.failure = this.options.text.offline();
		} finally {
			this.busy = false;
		}
	}
}
