import { describe, expect, it } from 'vitest';
import { SessionRegistry } from './sessions';
import type { AuditEntry } from './store/store';

describe('SessionRegistry: one live session per staff member', () => {
	it('a new login ends the previous session', () => {
		const r = new SessionRegistry();
		expect(r.start('w1', 'first')).toBeUndefined();
		expect(r.isCurrent('w1', 'first')).toBe(true);
		expect(r.start('w1', 'second')).toBe('first');
		expect(r.isCurrent('w1', 'first')).toBe(false);
		expect(r.isCurrent('w1', 'second')).toBe(true);
		expect(r.isCurrent('w1', null)).toBe(false);
		r.end('w1', 'first'); // an ended session cannot log the live one out
		expect(r.isCurrent('w1', 'second')).toBe(true);
		expect(r.end('w1', 'second')).toBe(true);
		// Logged out: neither the ended session nor the one it replaced comes back, nor a stranger.
		expect(r.isCurrent('w1', 'second')).toBe(false);
		expect(r.isCurrent('w1', 'first')).toBe(false);
		expect(r.isCurrent('w1', 'third')).toBe(false);
	});

	it('rebuilds from the day’s login records after a restart: the newest login wins', () => {
		const r = SessionRegistry.fromAudit([
			{ at: 1, staffId: 'w1', action: 'login', session: 'a' },
			{ at: 2, staffId: 'w2', action: 'pause', windowId: 'win-2' },
			{ at: 3, staffId: 'w1', action: 'login', session: 'b' }
		]);
		expect(r.isCurrent('w1', 'a')).toBe(false);
		expect(r.isCurrent('w1', 'b')).toBe(true);
	});

	it('rebuilds a logout across days: yesterday evening’s login logged out stays out', () => {
		const yesterday: AuditEntry[] = [
			{ at: 1, staffId: 'w1', action: 'login', session: 'a' },
			{ at: 2, staffId: 'w2', action: 'login', session: 'c' }
		];
		const today: AuditEntry[] = [{ at: 3, staffId: 'w1', action: 'logout', session: 'a' }];
		const r = SessionRegistry.fromAudit(yesterday, today);
		expect(r.isCurrent('w1', 'a')).toBe(false);
		expect(r.isCurrent('w2', 'c')).toBe(true);
		// A logout of an older session does not end the newer one.
		const s = SessionRegistry.fromAudit(
			[...yesterday, { at: 4, staffId: 'w2', action: 'login', session: 'd' }],
			[{ at: 5, staffId: 'w2', action: 'logout', session: 'c' }]
		);
		expect(s.isCurrent('w2', 'd')).toBe(true);
	});

	it('revokes a disabled account’s session now and after a restart; a login after re-enabling counts', () => {
		const r = new SessionRegistry();
		r.start('c1', 'a');
		expect(r.revoke('c1')).toBe('a');
		expect(r.isCurrent('c1', 'a')).toBe(false);
		const rebuilt = SessionRegistry.fromAudit([
			{ at: 1, staffId: 'c1', action: 'login', session: 'a' },
			{ at: 2, staffId: 'boss', action: 'staff_disabled', subject: 'c1' },
			{ at: 3, staffId: 'c2', action: 'login', session: 'b' },
			{ at: 4, staffId: 'boss', action: 'password_reset', subject: 'c2' },
			{ at: 5, staffId: 'c2', action: 'login', session: 'c' }
		]);
		expect(rebuilt.isCurrent('c1', 'a')).toBe(false);
		expect(rebuilt.isCurrent('c2', 'b')).toBe(false);
		expect(rebuilt.isCurrent('c2', 'c')).toBe(true);
	});
});
