/**
 * Staff passwords and sessions. Passwords are hashed with scrypt (memory-hard, in Node's own
 * crypto, so no native addon to install). Sessions are HMAC-signed httpOnly cookies, so a
 * server restart mid-day does not log every clerk out.
 */
import { createHmac, randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';

const N = 16384; // 16 MiB with r = 8
const R = 8;
const P = 1;

export function hashPassword(password: string, salt = randomBytes(16)): string {
	const hash = scryptSync(password, salt, 32, { N, r: R, p: P });
	return `scrypt$${N}$${R}$${P}$${salt.toString('hex')}$${hash.toString('hex')}`;
}

/**
 * Checks a password off the event loop (scrypt runs in libuv's thread pool), so guessers at the
 * login never slow the queue for everyone else.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const [scheme, n, r, p, saltHex, hashHex] = stored.split('$');
	if (scheme !== 'scrypt' || !saltHex || !hashHex) return false;
	const expected = Buffer.from(hashHex, 'hex');
	const options = { N: Number(n), r: Number(r), p: Number(p) };
	const actual = await new Promise<Buffer>((resolve, reject) =>
		scrypt(password, Buffer.from(saltHex, 'hex'), expected.length, options, (err, key) => (err ? reject(err) : resolve(key)))
	);
	return timingSafeEqual(expected, actual);
}

let decoy: string | undefined;
/**
 * A hash no password matches, checked for an unknown user name so that it costs as long as a
 * wrong password for a real one: the answer's timing does not tell which names exist.
 */
export function decoyHash(): string {
	decoy ??= hashPassword(randomBytes(16).toString('hex'));
	return decoy;
}

export const SESSION_COOKIE = 'yz_session';
export const SESSION_HOURS = 12;

/** `sessionId` names this login, so a later login elsewhere can end it (sessions.ts). */
export function signSession(staffId: string, secret: string, now: number, sessionId?: string): string {
	const claims: Record<string, unknown> = { s: staffId, e: now + SESSION_HOURS * 3600_000 };
	if (sessionId) claims.i = sessionId;
	const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
	return `${body}.${mac(body, secret)}`;
}

/** The staff id of a valid, unexpired session cookie, or null. */
export function readSession(cookie: string | undefined, secret: string, now: number): string | null {
	return readSessionClaims(cookie, secret, now)?.staffId ?? null;
}

/** Staff id and session id of a valid, unexpired session cookie, or null. */
export function readSessionClaims(
	cookie: string | undefined,
	secret: string,
	now: number
): { staffId: string; sessionId: string | null } | null {
	if (!cookie) return null;
	const [body, sig] = cookie.split('.');
	if (!body || !sig) return null;
	const expected = Buffer.from(mac(body, secret));
	const given = Buffer.from(sig);
	if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
	try {
		const { s, e, i } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
		if (typeof s !== 'string' || typeof e !== 'number' || e <= now) return null;
		return { staffId: s, sessionId: typeof i === 'string' ? i : null };
	} catch {
		return null;
	}
}

function mac(body: string, secret: string) {
	return createHmac('sha256', secret).update(body).digest('base64url');
}

/** Reads one cookie from a raw Cookie header (socket.io handshakes have no SvelteKit cookies API). */
export function cookieFromHeader(header: string | undefined, name: string): string | undefined {
	for (const part of (header ?? '').split(';')) {
		const [k, ...v] = part.trim().split('=');
		if (k === name) return decodeURIComponent(v.join('='));
	}
	return undefined;
}
