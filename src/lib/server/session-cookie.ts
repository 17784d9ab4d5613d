/** Staff login as the browser sees it: start the session and set its httpOnly cookie. */
import type { Cookies } from '@sveltejs/kit';
import { getApp } from './app';
import { SESSION_COOKIE, signSession } from './auth';

/** Starts the session and sets its cookie (also used by the no-JavaScript form post). */
export async function logIn(username: string, password: string, cookies: Cookies, url: URL) {
	const { hall } = await getApp();
	const { staff, sessionId } = await hall.startSession(username, password);
	cookies.set(SESSION_COOKIE, signSession(staff.id, hall.config.secret, Date.now(), sessionId), {
		path: '/',
		httpOnly: true,
		sameSite: 'strict',
		secure: url.protocol === 'https:',
		maxAge: 12 * 3600
	});
	return staff;
}
