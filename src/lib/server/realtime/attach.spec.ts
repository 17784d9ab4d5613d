import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connect } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { attachRealtime } from './attach.js';

describe('attachRealtime', () => {
	it('runs the app auth for a socket that connected before the app was bound', async () => {
		const http = createServer();
		const holder = attachRealtime(http);
		await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
		const seen: unknown[] = [];
		holder.io.on('connection', (socket) => seen.push(socket.data.auth));
		const client = connect(`http://127.0.0.1:${(http.address() as AddressInfo).port}`, {
			transports: ['websocket'],
			auth: { role: 'display', siteId: 'demo' },
			forceNew: true
		});
		try {
			// The client's handshake is waiting in the gate when the app binds.
			await new Promise<void>((resolve) => holder.io.engine.once('connection', () => resolve()));
			holder.markBound((socket, next) => {
				socket.data.auth = socket.handshake.auth;
				next();
			});
			await new Promise<void>((resolve) => client.once('connect', () => resolve()));
			expect(seen).toEqual([{ role: 'display', siteId: 'demo' }]);
		} finally {
			client.close();
			holder.io.close();
		}
	});
});
