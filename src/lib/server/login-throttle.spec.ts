import { describe, expect, it } from 'vitest';
import { ACCOUNT_RULE, LoginThrottle, tooManyTries } from './login-throttle';

describe('LoginThrottle', () => {
	it('allows five failures, then blocks for 30 s, doubling with each further failure up to 15 min', () => {
		const t = new LoginThrottle();
		for (let i = 0; i < 5; i++) t.fail('user:admin', ACCOUNT_RULE, 0);
		expect(t.retryAfter(['user:admin'], 0)).toBe(0);
		t.fail('user:admin', ACCOUNT_RULE, 0);
		expect(t.retryAfter(['user:admin'], 0)).toBe(30);
		t.fail('user:admin', ACCOUNT_RULE, 0);
		expect(t.retryAfter(['user:admin'], 0)).toBe(60);
		for (let i = 0; i < 20; i++) t.fail('user:admin', ACCOUNT_RULE, 0);
		expect(t.retryAfter(['user:admin', 'ip:1.2.3.4'], 0)).toBe(15 * 60);
		expect(t.retryAfter(['user:admin'], 15 * 60_000)).toBe(0);
	});

	it('a success clears the account; an hour of quiet forgets it', () => {
		const t = new LoginThrottle();
		for (let i = 0; i < 6; i++) t.fail('user:w1', ACCOUNT_RULE, 0);
		t.succeed('user:w1');
		expect(t.retryAfter(['user:w1'], 0)).toBe(0);
		for (let i = 0; i < 5; i++) t.fail('user:w2', ACCOUNT_RULE, 0);
		t.fail('user:w2', ACCOUNT_RULE, 2 * 3600_000); // the old five are forgotten: one failure, no block
		expect(t.retryAfter(['user:w2'], 2 * 3600_000)).toBe(0);
	});

	it('stays bounded however many names are guessed', () => {
		const t = new LoginThrottle(100);
		for (let i = 0; i < 10_000; i++) t.fail(`user:guess${i}`, ACCOUNT_RULE, i);
		expect(t.size).toBe(100);
	});

	it('says how long to wait in Chinese', () => {
		expect(tooManyTries(30)).toBe('登录失败次数过多，请 30 秒后再试');
		expect(tooManyTries(600)).toBe('登录失败次数过多，请 10 分钟后再试');
	});
});
