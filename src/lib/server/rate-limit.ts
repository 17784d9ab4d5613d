/**
 * A per-source limit: at most `limit` uses per `windowMs` for each key (an IP address). Memory is
 * bounded: at most `maxKeys` keys are remembered, the oldest forgotten first.
 */
export class RateLimiter {
	private hits = new Map<string, { start: number; count: number }>();

	constructor(
		readonly limit: number,
		readonly windowMs: number,
		private maxKeys = 10_000
	) {}

	/** Counts one use by `key`; false when it is over the limit (0 means no limit). */
	take(key: string, now: number): boolean {
		if (this.limit <= 0) return true;
		let entry = this.hits.get(key);
		if (!entry || now - entry.start >= this.windowMs) {
			this.hits.delete(key);
			entry = { start: now, count: 0 };
			this.hits.set(key, entry);
			while (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value!);
		}
		entry.count++;
		return entry.count <= this.limit;
	}

	get size() {
		return this.hits.size;
	}
}
