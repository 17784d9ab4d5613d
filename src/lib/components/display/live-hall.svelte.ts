/**
 * A screen's live copy of the hall: the server-rendered snapshot first, then the socket's.
 * Every (re)connect asks for a full snapshot (connectLive); a `hall` push replaces the state; a
 * gap in `seq` asks for a snapshot again. Whatever snapshot arrives, the calls in it this screen
 * has not seen are handed to `onCalls`, oldest first, exactly once: that is how a screen that
 * was offline for a while still shows and announces what it missed, in order.
 */
import type { CallRecord } from '$lib/domain/types';
import { connectLive, requestSnapshot } from '$lib/realtime/client';
import type { HallSnapshot } from '$lib/realtime/events';
import { compareOrder } from '$lib/realtime/order';
import { SeenCalls, takeFreshCalls } from './fresh-calls';

const RECENT = 12;

export class LiveHall {
	/** Replaced whole on each change ($state.raw: no deep proxies for a screen that runs for days). */
	hall = $state.raw<HallSnapshot>() as HallSnapshot;
	/** Disconnected for more than a blink: show 正在重新连接. */
	lost = $state(false);
	private seen = new SeenCalls();

	constructor(
		initial: HallSnapshot,
		private onCalls: (calls: CallRecord[]) => void = () => {}
	) {
		this.hall = initial;
		// What was on screen when it opened is history, not news.
		for (const c of initial.calls) this.seen.add(c);
	}

	/** Connects; returns the function that disconnects. */
	connect(): () => void {
		const socket = connectLive({
			auth: { role: 'display', siteId: this.hall.siteId },
			onSnapshot: (reply) => {
				if (reply.hall) this.apply(reply.hall);
			},
			// A blip of a few hundred ms is not worth alarming the lobby about: connectLive waits.
			onLost: (lost) => (this.lost = lost)
		});

		socket.on('hall', (snapshot) => {
			const gap = snapshot.day === this.hall.day && snapshot.seq > this.hall.seq + 1;
			this.apply(snapshot);
			if (gap) requestSnapshot(socket);
		});

		socket.on('call', ({ seq, ...call }) => {
			if (this.seen.has(call)) return;
			if (seq > this.hall.seq + 1) {
				// Pushes went missing before this one: the snapshot brings them all, in order.
				requestSnapshot(socket);
				return;
			}
			// The hall push for this call went missing: show it at once anyway.
			this.seen.add(call);
			this.hall = { ...this.hall, calls: [call, ...this.hall.calls].slice(0, RECENT) };
			this.onCalls([call]);
		});

		return () => socket.disconnect();
	}

	/**
	 * Takes a snapshot unless it is older than what is shown (an earlier day, or a lower seq of the
	 * same day); reports its unseen calls. At the hall's midnight the new day's snapshot (seq from
	 * 0, no calls, nobody waiting) replaces yesterday's: the screen clears itself.
	 */
	private apply(snapshot: HallSnapshot) {
		const order = compareOrder(snapshot, this.hall);
		if (order < 0) return;
		const fresh = takeFreshCalls(snapshot.calls, this.seen);
		if (order > 0 || fresh.length) this.hall = snapshot;
		if (fresh.length) this.onCalls(fresh);
	}
}
