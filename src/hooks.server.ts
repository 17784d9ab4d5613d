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
	return resolve(event);
};
