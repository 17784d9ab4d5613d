// Creates the one socket.io server on the HTTP server that also serves SvelteKit.
// Plain JS because it is loaded by both vite.config.ts (dev, preview) and server.js (production),
// outside SvelteKit's SSR module graph. The app side (gateway.ts, in the SSR graph) finds the
// instance through a globalThis symbol and binds its handlers once it has loaded.
import { Server } from 'socket.io';

const KEY = Symbol.for('yizhan.realtime');

/**
 * @typedef {(socket: import('socket.io').Socket, next: (err?: Error) => void) => void} Middleware
 * @typedef {{
 *   io: import('socket.io').Server,
 *   bound: boolean,
 *   whenBound: Promise<void>,
 *   markBound: (authorize: Middleware) => void
 * }} RealtimeHolder
 */

/**
 * @param {import('node:http').Server} httpServer
 * @returns {RealtimeHolder}
 */
export function attachRealtime(httpServer) {
	/** @type {Middleware | undefined} */
	let authorize;
	/** @type {() => void} */
	let resolveBound = () => {};
	/** @type {Promise<void>} */
	const whenBound = new Promise((resolve) => (resolveBound = () => resolve(undefined)));
	const io = new Server(httpServer, {
		// Never compress websocket frames: measured p50 13 ms -> 4 s at 1,000 clients.
		perMessageDeflate: false,
		serveClient: false,
		pingInterval: 10_000,
		pingTimeout: 8_000
	});
	/** @type {RealtimeHolder} */
	const holder = {
		io,
		bound: false,
		whenBound,
		markBound: (fn) => {
			authorize = fn;
			holder.bound = true;
			resolveBound();
		}
	};
	// The app's auth is the one middleware, given by markBound. Sockets that arrive before the app
	// has bound (dev server before the first request, production server while it starts after a
	// restart) wait here instead of being refused, then go through it like any other. (An
	// `io.use()` added later would not run for them: socket.io copies the list when one arrives.)
	io.use((socket, next) => {
		if (authorize) return authorize(socket, next);
		let waited = false;
		const timer = setTimeout(() => {
			waited = true;
			next(new Error('服务正在启动，请稍候'));
		}, 10_000);
		whenBound.then(() => {
			clearTimeout(timer);
			if (!waited && authorize) authorize(socket, next);
		});
	});
	/** @type {any} */ (globalThis)[KEY] = holder;
	return holder;
}

/** @returns {RealtimeHolder | undefined} */
export function realtimeHolder() {
	return /** @type {any} */ (globalThis)[KEY];
}
