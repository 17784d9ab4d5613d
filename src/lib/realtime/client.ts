/**
 * The browser side of the realtime link. Every (re)connect first asks for a full snapshot, then
 * applies pushes; `connected` lets a page show 正在重新连接 while the server is away.
 */
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, HandshakeAuth, ServerToClientEvents, SnapshotAck } from './events';

export type YizhanSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface LiveOptions {
	auth: HandshakeAuth;
	onSnapshot: (reply: Extract<SnapshotAck, { ok: true }>) => void;
	onStatus?: (status: { connected: boolean; error?: string }) => void;
}

export function connectLive(opts: LiveOptions): YizhanSocket {
	const socket: YizhanSocket = io({
		auth: opts.auth,
		transports: ['websocket'],
		reconnectionDelay: 500,
		reconnectionDelayMax: 3000
	});
	const refresh = () =>
		socket.timeout(5000).emit('snapshot', (err: Error | null, reply: SnapshotAck) => {
			if (err) return refresh();
			if (reply.ok) opts.onSnapshot(reply);
			else opts.onStatus?.({ connected: true, error: reply.message });
		});
	socket.on('connect', () => {
		opts.onStatus?.({ connected: true });
		refresh();
	});
	socket.on('disconnect', () => opts.onStatus?.({ connected: false }));
	socket.on('connect_error', (err) => {
		opts.onStatus?.({ connected: false, error: err.message });
		// A refusal by the server's auth middleware is not retried by socket.io itself; the server
		// may just be restarting, so try again shortly.
		if (!socket.active) setTimeout(() => socket.connect(), 2000);
	});
	(socket as YizhanSocket & { refresh?: () => void }).refresh = refresh;
	return socket;
}

/** Ask for a fresh snapshot (e.g. after noticing a gap in sequence numbers). */
export function requestSnapshot(socket: YizhanSocket) {
	(socket as YizhanSocket & { refresh?: () => void }).refresh?.();
}
