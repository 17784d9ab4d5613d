/** Issue 9, low findings over HTTP against the real server: login `next`, headers, /printer. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './server';

let server: RunningServer;
beforeAll(async () => {
	server = await startServer();
});
afterAll(() => server?.stop());

function loginForm(next: string) {
	return fetch(`${server.url}/api/session/form`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
		body: new URLSearchParams({ username: 'w1', password: 'wrong-password', next })
	});
}

describe('login form `next`', () => {
	it('never redirects to another host', async () => {
		for (const next of ['/\\evil.example', '//evil.example', '/\t/evil.example', 'https://evil.example']) {
			const res = await loginForm(next);
			expect(res.status, next).toBe(303);
			expect(res.headers.get('location'), next).toBe('/window?login=failed');
		}
		expect((await loginForm('/admin/devices')).headers.get('location')).toBe('/admin/devices?login=failed');
	});
});
