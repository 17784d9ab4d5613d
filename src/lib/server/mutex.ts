/**
 * Runs commands one at a time. Every change to the hall goes through one lock, so two windows
 * pressing 叫号 in the same instant are served one after the other and never get one ticket.
 */
export class Mutex {
	private tail: Promise<unknown> = Promise.resolve();

	run<T>(fn: () => Promise<T>): Promise<T> {
		const result = this.tail.then(fn);
		this.tail = result.catch(() => {});
		return result;
	}
}

/**
 * Remembers the result of a command by the client's request id, so a repeated request (a double
 * press, a retry after a lost answer) gets the first answer instead of a second ticket or call.
 */
export class RequestMemo {
	private results = new Map<string, Promise<unknown>>();

	constructor(private max = 1000) {}

	once<T>(key: string | undefined, fn: () => Promise<T>): Promise<T> {
		if (!key) return fn();
		const seen = this.results.get(key);
		if (seen) return seen as Promise<T>;
		const result = fn();
		this.results.set(key, result);
		// A failed command may be retried with the same id.
		result.catch(() => this.results.delete(key));
		if (this.results.size > this.max) this.results.delete(this.results.keys().next().value as string);
		return result;
	}
}
