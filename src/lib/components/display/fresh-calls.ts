/**
 * Which calls of a snapshot this screen has not seen yet, oldest first: what a display that was
 * reconnecting (or missed a push) still has to show and announce, in the order they happened.
 */
import type { CallRecord } from '$lib/domain/types';
import { callKey } from '$lib/voice/speech-text';

/** A Set of call keys with a ceiling; the oldest keys are forgotten first. */
export class SeenCalls {
	private keys = new Set<string>();
	constructor(private max = 2000) {}
	has(call: Pick<CallRecord, 'ticketId' | 'at'>) {
		return this.keys.has(callKey(call));
	}
	add(call: Pick<CallRecord, 'ticketId' | 'at'>) {
		this.keys.add(callKey(call));
		while (this.keys.size > this.max) this.keys.delete(this.keys.values().next().value as string);
	}
	get size() {
		return this.keys.size;
	}
}

/** Snapshot calls come newest first; the unseen ones are returned oldest first and marked seen. */
export function takeFreshCalls(calls: CallRecord[], seen: SeenCalls): CallRecord[] {
	const fresh = calls.filter((c) => !seen.has(c)).reverse();
	// Stable: calls in the same millisecond keep the server's order.
	fresh.sort((a, b) => a.at - b.at);
	for (const c of fresh) seen.add(c);
	return fresh;
}
