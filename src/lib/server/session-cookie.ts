/** Staff login as the browser sees it: start the session and set its httpOnly cookie. */
import type { Cookies } from '@sveltejs/kit';
import { getApp } from './app';
import { SESSION_COOKIE, SESSION_HOURS, signSession } from './auth';

/** Starts the session and sets its cookie (also used by the no-JavaScript form post). */
export async function logIn(username: string, password: string, cookies: Cookies, url: URL, address: string) {
	const { hall } = await getApp();
	const { staff, sessionId } = await hall.startSession(username, password, address);
	const cookie = signSession(staff.id, hall.config.secret, Date.now(), sessionId);
	cookies.set(SESSION_COOKIE, cookie, { ...sessionCookieOptions(url), maxAge: SESSION_HOURS * 3600 });
	return staff;
}

/**
 * The session cookie's attributes, the same for setting and deleting it: a browser ignores a
 * deletion whose attributes differ (a `Secure` delete on a plain-http hall address is dropped).
 */
export function sessionCookieOptions(url: URL) {
	return { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: url.protocol === 'https:' };
}
