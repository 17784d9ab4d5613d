// Production server: one HTTP server carrying SvelteKit (build/handler.js) and socket.io.
// Run `npm run build` first (`npm start` does both).
import { createServer } from 'node:http';
import { attachRealtime } from './src/lib/server/realtime/attach.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`PORT must be a number from 0 to 65535, got "${process.env.PORT}"`);
	process.exit(1);
}

// adapter-node assumes https when it is not told the origin; a hall's LAN server speaks plain
// http, so say so for every request (unless a TLS proxy in front sets ORIGIN or PROTOCOL_HEADER).
const ownProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (ownProtocol) process.env.PROTOCOL_HEADER = 'x-yizhan-protocol';

const httpServer = createServer();
// socket.io first: it answers /socket.io/ itself and leaves every other request to SvelteKit.
// Sockets that connect before the app is ready wait in its middleware (attach.js).
attachRealtime(httpServer);

// Listen before the app has loaded (a few hundred ms to over a second: code, data files), so that
// after a restart the displays' reconnects and the kiosks' requests are taken at once and wait
// for the app instead of being refused and backing off. Requests are answered once it is ready.
/** @type {((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void) | undefined} */
let handler;
/** @type {(() => void)[]} */
const waiting = [];
httpServer.on('request', (req, res) => {
	if (req.url?.startsWith('/socket.io/')) return;
	if (ownProtocol) req.headers['x-yizhan-protocol'] = 'http';
	// Static files (build/client) do not pass through hooks.server.ts: same headers for them.
	res.setHeader('X-Content-Type-Options', 'nosniff');
	res.setHeader('Referrer-Policy', 'same-origin');
	if (handler) handler(req, res);
	else waiting.push(() => handler?.(req, res));
});
const listening = new Promise((resolve, reject) => {
	httpServer.once('error', reject);
	httpServer.listen(port, host, () => resolve(undefined));
});

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		httpServer.close();
		process.exit(0);
	});
}

// A variable path: the build output does not exist until `npm run build` has run. Importing it
// runs the app's init (DATA_DIR, config, today's tickets); a failure there ends the process.
const handlerPath = './build/handler.js';
/** @type {{ handler: NonNullable<typeof handler> }} */
const app = await import(handlerPath);
handler = app.handler;
waiting.splice(0).forEach((answer) => answer());
await listening;
const address = httpServer.address();
const actual = typeof address === 'object' && address ? address.port : port;
console.log(`Yizhan listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}`);
