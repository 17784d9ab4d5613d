/**
 * The browser side of the realtime link. Every (re)connect first asks for a full snapshot, then
 * applies pushes; `onLost` tells a page when to show 正在重新连接 (only after a grace period, so a
 * blip is not worth alarming anyone about), `onStatus` reports every change and refusal.
 */
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, HandshakeAuth, ServerToClientEvents, SnapshotAck } from './events';

export type YizhanSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How long the link may be down before a page says so. */
export const LOST_AFTER_MS = 1500;

/**
 * How every page's socket retries a lost link (socket.io's backoff, randomised by +-50%).
 * bench/restart.ts reconnects its displays with the same settings.
 */
export const RECONNECT = { reconnectionDelay: 500, reconnectionDelayMax: 3000 } as const;

export interface LiveOptions {
	auth: HandshakeAuth;
	onSnapshot: (reply: Extract<SnapshotAck, { ok: true }>) => void;
	onStatus?: (status: { connected: boolean; error?: string }) => void;
	/**
	 * true once the link has been down for LOST_AFTER_MS, false when it is back. Not called after
	 * the page itself disconnects.
	 */
	onLost?: (lost: boolean) => void;
}

/**
 * The grace timer behind `onLost`: `down()` starts it (once; repeated failures while down do not
 * restart it), `up()` and `stop()` cancel it; `report` hears only changes.
 *
 * @example
 * const lost = lostSignal((l) => (banner = l));
 * socket.on('disconnect', lost.down);
 * socket.on('connect', lost.up);
 */
export function lostSignal(report: (lost: boolean) => void, graceMs = LOST_AFTER_MS) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let lost = false;
	const cancel = () => {
		clearTimeout(timer);
		timer = undefined;
	};
	return {
		down() {
			if (lost || timer !== undefined) return;
			timer = setTimeout(() => {
				timer = undefined;
				lost = true;
				report(true);
			}, graceMs);
		},
		up() {
			cancel();
			if (lost) {
				lost = false;
				report(false);
			}
		},
		/** The page is done with the link: say nothing more. */
		stop: cancel
	};
}

export function connectLive(opts: LiveOptions): YizhanSocket {
	const socket: YizhanSocket = io({
		auth: opts.auth,
		transports: ['websocket'],
		...RECONNECT
	});
	const lost = lostSignal((l) => opts.onLost?.(l));
	let closed = false;
	const close = socket.disconnect.bind(socket);
	// The page's own disconnect (leaving, or a session that ended) is not a lost connection.
	socket.disconnect = () => {
		closed = true;
		lost.stop();
		return close();
	};

	const refresh = () =>
		socket.timeout(5000).emit('snapshot', (err: Error | null, reply: SnapshotAck) => {
			if (err) return refresh();
			if (reply.ok) opts.onSnapshot(reply);
			else opts.onStatus?.({ connected: true, error: reply.message });
		});
	socket.on('connect', () => {
		lost.up();
		opts.onStatus?.({ connected: true });
		refresh();
	});
	socket.on('disconnect', () => {
		if (!closed) lost.down();
		opts.onStatus?.({ connected: false });
	});
	socket.on('connect_error', (err) => {
		lost.down();
		opts.onStatus?.({ connected: false, error: err.message });
		// A refusal by the server's auth middleware is not retried by socket.io itself; the server
		// may just be restarting, so try again shortly (unless the page has closed the link).
		if (!socket.active)
			setTimeout(() => {
				if (!closed) socket.connect();
			}, 2000);
	});
	(socket as YizhanSocket & { refresh?: () => void }).refresh = refresh;
	return socket;
}

/** Ask for a fresh snapshot (e.g. after noticing a gap in sequence numbers). */
export function requestSnapshot(socket: YizhanSocket) {
	(socket as YizhanSocket & { refresh?: () => void }).refresh?.();
}
