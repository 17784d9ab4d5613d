import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import type { Server as HttpServer } from 'node:http';
import { attachRealtime } from './src/lib/server/realtime/attach.js';

/** socket.io on the dev and preview servers; production does the same in server.js. */
function realtime(): Plugin {
	return {
		name: 'yizhan-realtime',
		configureServer(server) {
			if (server.httpServer) attachRealtime(server.httpServer as HttpServer);
		},
		configurePreviewServer(server) {
			if (server.httpServer) attachRealtime(server.httpServer as HttpServer);
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), realtime()],
	test: {
		include: ['src/**/*.spec.ts', 'tests/integration/**/*.test.ts', 'printer/**/*.spec.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
