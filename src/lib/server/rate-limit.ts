/**
 * A fixed-window counter per key (an address, a source): at most `limit` hits per `windowMs`.
 * Bounded: past `maxKeys` the oldest key is forgotten, so anonymous callers cannot grow it.
 */
export class RateLimit {
	private hits = new Map<string, { count: number; since: number }>();

	constructor(
		readonly limit: number,
		readonly windowMs: number,
		private maxKeys = 10_000
	) {}

	/** Counts a hit; returns 0 when allowed, else the seconds until `key` may try again. */
	hit(key: string, now: number): number {
		let entry = this.hits.get(key);
		if (!entry || now - entry.since >= this.windowMs) entry = { count: 0, since: now };
		if (entry.count >= this.limit) return Math.max(1, Math.ceil((entry.since + this.windowMs - now) / 1000));
		entry.count += 1;
		this.hits.delete(key);
		this.hits.set(key, entry);
		if (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value as string);
		return 0;
	}

	get size() {
		return this.hits.size;
	}
}
