import { json } from '@sveltejs/kit';
import { logIn, sessionCookieOptions } from '$lib/server/session-cookie';
import { getApp } from '$lib/server/app';
import { SESSION_COOKIE, readSessionClaims } from '$lib/server/auth';
import { api, parseBody, unauthorized } from '$lib/server/http';
import { loginBody } from '$lib/core/requests';
import type { RequestHandler } from './$types';

/**
 * Log in: sets an httpOnly session cookie and answers with the clerk and their windows. A login
 * ends the same staff member's session elsewhere (one live session per staff).
 */
export const POST: RequestHandler = ({ request, cookies, url, getClientAddress }) =>
	api(async () => {
		const { username, password } = await parseBody(request, loginBody);
		return json({ staff: await logIn(username, password, cookies, url, getClientAddress()) });
	});

export const GET: RequestHandler = ({ locals }) =>
	api(async () => {
		if (!locals.staff) throw unauthorized();
		return json({ staff: locals.staff });
	});

/**
 * Log out: the session is ended on the server (a copy of the cookie no longer works, also after
 * a restart) and its consoles are closed; the cookie is deleted with the attributes it was set with.
 */
export const DELETE: RequestHandler = ({ cookies, locals, url }) =>
	api(async () => {
		if (locals.staff) {
			const { hall } = await getApp();
			const claims = readSessionClaims(cookies.get(SESSION_COOKIE), hall.config.secret, Date.now());
			await hall.endSession(locals.staff.id, claims?.sessionId ?? null);
		}
		cookies.delete(SESSION_COOKIE, sessionCookieOptions(url));
		return json({ ok: true });
	});
