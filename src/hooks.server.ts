import type { Handle, ServerInit } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { SESSION_COOKIE, readSessionClaims } from '$lib/server/auth';
import { DEVICE_COOKIE, deviceFromCookie } from '$lib/server/devices';
import { realtimeHolder } from '$lib/server/realtime/attach.js';
import { bindRealtime } from '$lib/server/realtime/bind';
import type { YizhanServer } from '$lib/server/realtime/gateway';

export const init: ServerInit = async () => {
	const app = await getApp();
	const holder = realtimeHolder();
	// Bind once per process: Vite may run this hook again after an edit.
	if (holder && !holder.bound) {
		const authorize = bindRealtime(holder.io as YizhanServer, app);
		holder.markBound(authorize);
	}
};

export const handle: Handle = async ({ event, resolve }) => {
	const app = await getApp();
	const claims = readSessionClaims(event.cookies.get(SESSION_COOKIE), app.hall.config.secret, Date.now());
	// A session ended by a newer login elsewhere is no session.
	const live = claims && app.hall.sessions.isCurrent(claims.staffId, claims.sessionId);
	event.locals.staff = live ? app.hall.identity(claims.staffId) : null;
	event.locals.device = deviceFromCookie(event.cookies.get(DEVICE_COOKIE), app.hall.config);
	const response = await resolve(event);
	setSecurityHeaders(response.headers);
	return response;
};

/**
 * Headers on every answer (the CSP with frame-ancestors 'none' is kit.csp in svelte.config.js).
 * Ticket tokens are in URLs (/t/<token>): the Referer never leaves this server.
 */
const SECURITY_HEADERS = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin',
	'x-frame-options': 'DENY'
} as const;

function setSecurityHeaders(headers: Headers) {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
		try {
			headers.set(name, value);
		} catch {
			// An immutable response (a fetch passed through): nothing to add.
		}
	}
}
