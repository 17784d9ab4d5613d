// Creates the one socket.io server on the HTTP server that also serves SvelteKit.
// Plain JS because it is loaded by both vite.config.ts (dev, preview) and server.js (production),
// outside SvelteKit's SSR module graph. The app side (gateway.ts, in the SSR graph) finds the
// instance through a globalThis symbol and binds its handlers once it has loaded.
import { Server } from 'socket.io';

const KEY = Symbol.for('yizhan.realtime');

/**
 * @typedef {{
 *   io: import('socket.io').Server,
 *   bound: boolean,
 *   whenBound: Promise<void>,
 *   markBound: () => void
 * }} RealtimeHolder
 */

/**
 * @param {import('node:http').Server} httpServer
 * @returns {RealtimeHolder}
 */
export function attachRealtime(httpServer) {
	/** @type {() => void} */
	let markBound = () => {};
	const whenBound = new Promise((resolve) => (markBound = () => resolve(undefined)));
	const io = new Server(httpServer, {
		// Never compress websocket frames: measured p50 13 ms -> 4 s at 1,000 clients.
		perMessageDeflate: false,
		serveClient: false,
		pingInterval: 10_000,
		pingTimeout: 8_000
	});
	/** @type {RealtimeHolder} */
	const holder = { io, bound: false, whenBound, markBound: () => {} };
	holder.markBound = () => {
		holder.bound = true;
		markBound();
	};
	// Sockets that arrive before the app has bound its handlers (dev server before the first
	// request) wait here instead of being refused.
	io.use((_socket, next) => {
		if (holder.bound) return next();
		const timer = setTimeout(() => next(new Error('服务正在启动，请稍候')), 10_000);
		whenBound.then(() => {
			clearTimeout(timer);
			next();
		});
	});
	/** @type {any} */ (globalThis)[KEY] = holder;
	return holder;
}

/** @returns {RealtimeHolder | undefined} */
export function realtimeHolder() {
	return /** @type {any} */ (globalThis)[KEY];
}
