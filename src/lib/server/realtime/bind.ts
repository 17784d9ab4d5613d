/**
 * Binds the app to the socket.io server created by attach.js: auth in `io.use()`, rooms on
 * connection, and the `snapshot` request every client sends on each (re)connect.
 */
import { rooms, type HandshakeAuth, type SnapshotAck } from '$lib/realtime/events';
import type { App } from '../app';
import { SESSION_COOKIE, cookieFromHeader, readSessionClaims } from '../auth';
import type { YizhanServer } from './gateway';

export function bindRealtime(io: YizhanServer, app: App) {
	const { hall } = app;
	io.use(async (socket, next) => {
		const auth = socket.handshake.auth as Partial<HandshakeAuth> | undefined;
		try {
			switch (auth?.role) {
				case 'display':
				case 'kiosk':
					hall.site(String(auth.siteId ?? ''));
					socket.data.auth = { role: auth.role, siteId: String(auth.siteId) };
					return next();
				case 'ticket': {
					const found = await hall.ticket(String(auth.token ?? ''));
					if (!found) return next(new Error('未找到该号票'));
					socket.data.auth = { role: 'ticket', token: found.ticket.token };
					return next();
				}
				case 'staff': {
					const cookie = cookieFromHeader(socket.handshake.headers.cookie, SESSION_COOKIE);
					const claims = readSessionClaims(cookie, hall.config.secret, Date.now());
					if (!claims || !hall.sessions.isCurrent(claims.staffId, claims.sessionId)) return next(new Error('请先登录'));
					const staffId = claims.staffId;
					await hall.window(String(auth.windowId ?? ''), staffId);
					socket.data.auth = { role: 'staff', windowId: String(auth.windowId) };
					socket.data.staffId = staffId;
					socket.data.sessionId = claims.sessionId ?? undefined;
					return next();
				}
				default:
					return next(new Error('未知的客户端类型'));
			}
		} catch (err) {
			return next(new Error(err instanceof Error ? err.message : '连接被拒绝'));
		}
	});

	io.on('connection', (socket) => {
		const auth = socket.data.auth;
		if (auth.role === 'display' || auth.role === 'kiosk') socket.join(rooms.site(auth.siteId));
		if (auth.role === 'ticket') socket.join(rooms.ticket(auth.token));
		if (auth.role === 'staff') {
			socket.join(rooms.window(auth.windowId));
			// Who is at the window decides whether its B clerk may act (AB roles): tell the consoles.
			hall.presenceChanged(auth.windowId);
			socket.on('disconnect', () => hall.presenceChanged(auth.windowId));
		}

		socket.on('snapshot', async (ack) => {
			if (typeof ack !== 'function') return;
			let reply: SnapshotAck;
			try {
				if (auth.role === 'display' || auth.role === 'kiosk') {
					reply = { ok: true, hall: await hall.hall(auth.siteId) };
				} else if (auth.role === 'ticket') {
					const found = await hall.ticket(auth.token);
					reply = found ? { ok: true, ticket: found.view } : { ok: false, message: '未找到该号票' };
				} else {
					reply = { ok: true, window: await hall.window(auth.windowId, socket.data.staffId!) };
				}
			} catch (err) {
				reply = { ok: false, message: err instanceof Error ? err.message : '读取失败' };
			}
			ack(reply);
		});
	});
	app.gateway.attach(io);
}
