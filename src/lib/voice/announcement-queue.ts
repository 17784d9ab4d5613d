/**
 * The lobby's announcement queue: calls are spoken one after another, each `repeats` times with
 * `gapMs` between, and never cut each other off. A call is queued once (by its key, however many
 * times it is seen), and one that has waited too long (the screen was silent, or no one had
 * tapped 启用声音) is dropped rather than spoken minutes late. Memory stays bounded: the queue and
 * the remembered keys both have a ceiling, so a screen can run for days.
 *
 * Pure of the browser: playing, sleeping and the clock are passed in (tests use fakes).
 */
import type { HallSnapshot } from '$lib/realtime/events';

export type VoiceSettings = HallSnapshot['voice'];

export interface Announcement {
	/** callKey(): ticketId + at. */
	key: string;
	text: string;
	clips: string[];
	/** When the call happened (server time, ms). */
	at: number;
}

export interface QueueDeps {
	/** Speak one round of an announcement; `round` 0 is the first (the one after the chime). */
	play: (a: Announcement, round: number) => Promise<void>;
	sleep: (ms: number) => Promise<void>;
	/** Server time, ms. */
	now: () => number;
	settings: () => Pick<VoiceSettings, 'repeats' | 'gapMs'>;
	/** Resolves when sound may play (autoplay allowed or 启用声音 tapped). */
	ready?: () => Promise<void>;
	/** Told of every announcement accepted into the queue, in order. */
	onQueued?: (a: Announcement) => void;
	/** Told when one is dropped unspoken because it became too old. */
	onDropped?: (a: Announcement) => void;
	/** A call older than this when its turn comes is not spoken. Default 2 minutes. */
	maxAgeMs?: number;
	/** At most this many wait; beyond it the oldest waiting one is dropped. Default 50. */
	maxWaiting?: number;
	/** How many keys are remembered for dedupe. Default 2000. */
	rememberKeys?: number;
	/** A round that does not finish in this time is given up (a hung audio device). Default 20 s. */
	roundTimeoutMs?: number;
}

export class AnnouncementQueue {
	private waiting: Announcement[] = [];
	private keys = new Set<string>();
	private running = false;
	private stopped = false;

	constructor(private deps: QueueDeps) {}

	/** Queues a call unless it was queued (or marked) before. Returns whether it was queued. */
	announce(a: Announcement): boolean {
		if (this.stopped || this.keys.has(a.key)) return false;
		this.remember(a.key);
		this.waiting.push(a);
		const max = this.deps.maxWaiting ?? 50;
		while (this.waiting.length > max) {
			// Shift outside the optional call: `f?.(x.shift())` skips the shift when f is absent.
			const oldest = this.waiting.shift()!;
			this.deps.onDropped?.(oldest);
		}
		this.deps.onQueued?.(a);
		if (!this.running) void this.run();
		return true;
	}

	/** Known without being spoken: calls already on screen when the display opened. */
	mark(key: string) {
		this.remember(key);
	}

	has(key: string): boolean {
		return this.keys.has(key);
	}

	get size(): number {
		return this.waiting.length;
	}

	get busy(): boolean {
		return this.running;
	}

	stop() {
		this.stopped = true;
		this.waiting.length = 0;
	}

	private remember(key: string) {
		this.keys.add(key);
		const max = this.deps.rememberKeys ?? 2000;
		// A Set iterates in insertion order: the first key is the oldest.
		while (this.keys.size > max) this.keys.delete(this.keys.values().next().value as string);
	}

	private async run() {
		this.running = true;
		const { sleep, now } = this.deps;
		const maxAge = this.deps.maxAgeMs ?? 120_000;
		try {
			while (!this.stopped && this.waiting.length) {
				if (this.deps.ready) await this.deps.ready();
				const a = this.waiting.shift();
				if (!a || this.stopped) break;
				if (now() - a.at > maxAge) {
					this.deps.onDropped?.(a);
					continue;
				}
				const { repeats, gapMs } = this.deps.settings();
				for (let round = 0; round < Math.max(1, repeats) && !this.stopped; round++) {
					if (round > 0) await sleep(gapMs);
					await this.bounded(this.deps.play(a, round));
				}
				await sleep(gapMs);
			}
		} finally {
			this.running = false;
		}
	}

	/** Never let one round stall the queue for good; a failed round is as good as a spoken one. */
	private bounded(p: Promise<void>): Promise<void> {
		const limit = this.deps.roundTimeoutMs ?? 20_000;
		return new Promise<void>((resolve) => {
			const timer = setTimeout(resolve, limit);
			p.catch(() => undefined).finally(() => {
				clearTimeout(timer);
				resolve();
			});
		});
	}
}
