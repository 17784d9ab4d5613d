/**
 * Slows password guessing: failed logins are counted per account and per address; past a few
 * free tries each further failure blocks that key for twice as long as the last (30 s up to
 * 15 min). While blocked, even the right password is refused, so a guesser cannot find it by
 * brute force; a success clears the account's count. Entries expire after an hour quiet, and
 * the table is bounded so anonymous guessing cannot grow it without end.
 */
export interface ThrottleRule {
	/** Failures allowed before the first block. */
	free: number;
	baseMs: number;
	maxMs: number;
}

export const ACCOUNT_RULE: ThrottleRule = { free: 5, baseMs: 30_000, maxMs: 15 * 60_000 };
/** An address may be a whole hall behind one NAT: more free tries. */
export const ADDRESS_RULE: ThrottleRule = { free: 20, baseMs: 30_000, maxMs: 15 * 60_000 };

const QUIET_MS = 60 * 60_000;

interface Entry {
	failures: number;
	blockedUntil: number;
	lastAt: number;
}

export class LoginThrottle {
	private entries = new Map<string, Entry>();

	constructor(private maxEntries = 10_000) {}

	/** Seconds until `keys` may try again, or 0. */
	retryAfter(keys: string[], now: number): number {
		let until = 0;
		for (const key of keys) {
			const e = this.live(key, now);
			if (e && e.blockedUntil > until) until = e.blockedUntil;
		}
		return until > now ? Math.ceil((until - now) / 1000) : 0;
	}

	fail(key: string, rule: ThrottleRule, now: number) {
		const e = this.live(key, now) ?? { failures: 0, blockedUntil: 0, lastAt: now };
		e.failures += 1;
		e.lastAt = now;
		const over = e.failures - rule.free;
		if (over > 0) e.blockedUntil = now + Math.min(rule.maxMs, rule.baseMs * 2 ** (over - 1));
		this.entries.delete(key); // re-insert: the map's order is the eviction order
		this.entries.set(key, e);
		if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
	}

	succeed(key: string) {
		this.entries.delete(key);
	}

	get size() {
		return this.entries.size;
	}

	private live(key: string, now: number): Entry | undefined {
		const e = this.entries.get(key);
		if (e && now - e.lastAt > QUIET_MS && e.blockedUntil <= now) {
			this.entries.delete(key);
			return undefined;
		}
		return e;
	}
}

/** The refusal while blocked, in the clerk's words. */
export function tooManyTries(seconds: number): string {
	const wait = seconds >= 60 ? `${Math.ceil(seconds / 60)} 分钟` : `${seconds} 秒`;
	return `登录失败次数过多，请 ${wait}后再试`;
}
