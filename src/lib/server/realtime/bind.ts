/**
 * Binds the app to the socket.io server created by attach.js: rooms on connection, and the
 * `snapshot` request every client sends on each (re)connect. Returns the auth middleware, which
 * attach.js runs for every socket (also one that connected while the app was starting).
 */
import { rooms, type HandshakeAuth, type SnapshotAck } from '$lib/realtime/events';
import type { App } from '../app';
import { SESSION_COOKIE, cookieFromHeader, readSessionClaims } from '../auth';
import type { YizhanServer } from './gateway';
import { MAIN_PRINTER, PRINTER_ID } from '../printing/jobs';
import { timingSafeEqual } from 'node:crypto';

function safeEqual(a: string, b: string): boolean {
	const x = Buffer.from(a);
	const y = Buffer.from(b);
	return x.length === y.length && timingSafeEqual(x, y);
}

export function bindRealtime(io: YizhanServer, app: App): Parameters<YizhanServer['use']>[0] {
	const { hall } = app;
	const authorize: Parameters<YizhanServer['use']>[0] = async (socket, next) => {
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
				case 'printer': {
					// Until device pairing lands, a print agent proves itself with PRINT_AGENT_KEY.
					const printerId = String(auth.printerId ?? '');
					if (!app.env.printAgentKey) return next(new Error('服务器未设置 PRINT_AGENT_KEY，不接受打印代理'));
					if (!safeEqual(String(auth.key ?? ''), app.env.printAgentKey)) return next(new Error('打印代理密钥不正确'));
					if (!PRINTER_ID.test(printerId) || printerId === MAIN_PRINTER) return next(new Error('打印机编号无效'));
					socket.data.auth = { role: 'printer', printerId, key: '' };
					return next();
				}
				default:
					return next(new Error('未知的客户端类型'));
			}
		} catch (err) {
			return next(new Error(err instanceof Error ? err.message : '连接被拒绝'));
		}
	};

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
		if (auth.role === 'printer') {
			const { printerId } = auth;
			socket.join(rooms.printer(printerId));
			app.prints.agentConnected(printerId);
			socket.on('printer-status', (report) => app.prints.agentReport(printerId, report));
			socket.on('print-done', (reply) => app.prints.agentDone(printerId, reply));
			socket.on('disconnect', () => app.prints.agentDisconnected(printerId));
		}

		socket.on('snapshot', async (ack) => {
			if (typeof ack !== 'function') return;
			let reply: SnapshotAck;
			try {
				if (auth.role === 'kiosk') {
					// A kiosk that was offline may have missed a catalogue change: send it the current one.
					reply = { ok: true, hall: await hall.hall(auth.siteId), catalogue: hall.kioskCatalogue(auth.siteId) };
				} else if (auth.role === 'display') {
					reply = { ok: true, hall: await hall.hall(auth.siteId) };
				} else if (auth.role === 'ticket') {
					const found = await hall.ticket(auth.token);
					reply = found ? { ok: true, ticket: found.view } : { ok: false, message: '未找到该号票' };
				} else if (auth.role === 'staff') {
					reply = { ok: true, window: await hall.window(auth.windowId, socket.data.staffId!) };
				} else {
					reply = { ok: false, message: '打印代理没有快照' };
				}
			} catch (err) {
				reply = { ok: false, message: err instanceof Error ? err.message : '读取失败' };
			}
			ack(reply);
		});
	});
	app.gateway.attach(io);
	return authorize;
}
