import { describe, expect, it } from 'vitest';
import { cookieFromHeader, decoyHash, hashPassword, readSession, signSession, verifyPassword } from './auth';

describe('passwords', () => {
	it('verifies the right password only, and salts each hash', async () => {
		const hash = hashPassword('yizhan-demo');
		expect(hash.startsWith('scrypt$16384$8$1$')).toBe(true);
		expect(await verifyPassword('yizhan-demo', hash)).toBe(true);
		expect(await verifyPassword('yizhan-dem0', hash)).toBe(false);
		expect(hashPassword('yizhan-demo')).not.toBe(hash);
		expect(await verifyPassword('x', 'plain-text')).toBe(false);
		expect(await verifyPassword('', decoyHash())).toBe(false);
		expect(decoyHash()).toMatch(/^scrypt\$16384\$8\$1\$/);
	});
});

describe('sessions', () => {
	const secret = 'a'.repeat(64);
	it('reads back the staff id until it expires', () => {
		const cookie = signSession('w3', secret, 1_000);
		expect(readSession(cookie, secret, 2_000)).toBe('w3');
		expect(readSession(cookie, secret, 1_000 + 13 * 3600_000)).toBeNull();
	});

	it('rejects a tampered cookie or another hall key', () => {
		const cookie = signSession('w3', secret, 1_000);
		const [body, sig] = cookie.split('.');
		const forged = Buffer.from(JSON.stringify({ s: 'admin', e: 9e15 })).toString('base64url');
		expect(readSession(`${forged}.${sig}`, secret, 2_000)).toBeNull();
		expect(readSession(`${body}.${sig}`, 'b'.repeat(64), 2_000)).toBeNull();
		expect(readSession(undefined, secret, 2_000)).toBeNull();
	});

	it('finds a cookie in a raw header', () => {
		expect(cookieFromHeader('a=1; yz_session=abc.def; b=2', 'yz_session')).toBe('abc.def');
		expect(cookieFromHeader(undefined, 'yz_session')).toBeUndefined();
	});
});
