/**
 * Errors the domain raises. `message` is Chinese and written for the person in front of the
 * screen (a clerk or a resident); `code` is for logs and tests; `status` is the HTTP status a
 * route should answer with, so a route can turn any DomainError into a response without a table.
 */

export type DomainErrorCode =
	| 'not_found'
	| 'illegal_transition'
	| 'queue_empty'
	| 'window_busy'
	| 'matter_not_served'
	| 'invalid'
	/** Closed, outside the hours, or a daily/band quota reached: no number is consumed. */
	| 'closed'
	/** Too many requests from one source in a short time. */
	| 'rate_limited';

/** The HTTP status each code maps to by default. */
export const statusOf: Record<DomainErrorCode, number> = {
	not_found: 404,
	illegal_transition: 409,
	queue_empty: 409,
	window_busy: 409,
	matter_not_served: 409,
	invalid: 400,
	closed: 409,
	rate_limited: 429
};

export class DomainError extends Error {
	code: DomainErrorCode;
	status: number;

	constructor(code: DomainErrorCode, message: string, status: number = statusOf[code]) {
		super(message);
		this.name = 'DomainError';
		this.code = code;
		this.status = status;
	}
}

export function isDomainError(e: unknown): e is DomainError {
	return e instanceof DomainError;
}

/** `what` names the missing thing in Chinese, e.g. 事项, 窗口, 号票. */
export function notFound(what: string): DomainError {
	return new DomainError('not_found', `未找到该${what}`, 404);
}

export function invalid(message: string): DomainError {
	return new DomainError('invalid', message, 400);
}

export function queueEmpty(): DomainError {
	return new DomainError('queue_empty', '当前没有等候的号', 409);
}

export function windowBusy(number: string): DomainError {
	return new DomainError('window_busy', `本窗口还有${number}号未办结，请先办结或过号`, 409);
}

export function matterNotServed(matterName: string): DomainError {
	return new DomainError('matter_not_served', `目前没有窗口办理"${matterName}"`, 409);
}

/** The hall does not issue tickets now; `message` says when to come back (hours.ts). */
export function hallClosed(message: string): DomainError {
	return new DomainError('closed', message, 409);
}
