import { describe, expect, it } from 'vitest';
import { SessionRegistry } from './sessions';

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
		r.end('w1', 'second');
		expect(r.isCurrent('w1', 'third')).toBe(true); // nothing recorded: the first seen is adopted
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
});
