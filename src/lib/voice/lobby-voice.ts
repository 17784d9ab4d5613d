/**
 * The lobby's voice: calls in, spoken calls out. Joins the announcement queue (order, repeats,
 * gap, dedupe, age limit) to the browser's voice output (chime, speech voice, clip pack).
 * A call older than two minutes when it is first seen (a screen that was offline for long) is
 * shown but not spoken: residents called that long ago have gone to the window or missed it.
 */
import type { CallRecord } from '$lib/domain/types';
import { AnnouncementQueue, type VoiceSettings } from './announcement-queue';
import { callClips, callKey, spokenCall } from './speech-text';
import { createVoiceOutput } from './voice-output';

export const RECENT_ENOUGH_MS = 120_000;

/** Test and field-diagnosis hook: every sentence queued, in order (bounded). */
function logQueued(text: string) {
	const w = window as unknown as { __yizhanAnnouncements?: string[] };
	const list = (w.__yizhanAnnouncements ??= []);
	list.push(text);
	if (list.length > 1000) list.splice(0, list.length - 1000);
}

export function createLobbyVoice(opts: { settings: () => VoiceSettings; now: () => number }) {
	const output = createVoiceOutput({ settings: opts.settings });
	const queue = new AnnouncementQueue({
		play: (a, round) => output.play(a, round),
		sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
		now: opts.now,
		settings: opts.settings,
		ready: () => output.ready(),
		onQueued: (a) => logQueued(a.text),
		maxAgeMs: RECENT_ENOUGH_MS
	});
	(window as unknown as { __yizhanVoice?: object }).__yizhanVoice = {
		engine: () => output.engine(),
		allowed: () => output.allowed(),
		audioState: () => output.audioState(),
		waiting: () => queue.size
	};
	return {
		output,
		/** Queues a call for speaking if it is recent and new; returns whether it was queued. */
		announce(call: CallRecord): boolean {
			if (opts.now() - call.at > RECENT_ENOUGH_MS) {
				queue.mark(callKey(call));
				return false;
			}
			return queue.announce({ key: callKey(call), text: spokenCall(call), clips: callClips(call), at: call.at });
		},
		/** Already on screen when the page opened: never spoken. */
		mark(call: CallRecord) {
			queue.mark(callKey(call));
		},
		close() {
			queue.stop();
			output.close();
		}
	};
}
