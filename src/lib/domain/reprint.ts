/**
 * 补打: the kiosk may reprint a ticket that still waits, within minutes of its issue, so a lost
 * slip is replaced but an old ticket cannot be copied for someone else later.
 */
import { DomainError } from './errors';
import type { Ticket } from './types';

/** Minutes after issue during which a ticket may be reprinted, unless the hall sets another. */
export const REPRINT_MINUTES = 10;

/** Throws the Chinese reason when `ticket` may not be reprinted at `now`. */
export function assertReprintable(ticket: Pick<Ticket, 'number' | 'state' | 'issuedAt'>, now: number, minutes = REPRINT_MINUTES) {
	if (now - ticket.issuedAt > minutes * 60_000) {
		throw new DomainError('illegal_transition', `取号超过${minutes}分钟，不能补打，请到咨询台求助`, 409);
	}
	if (ticket.state !== 'waiting') throw new DomainError('illegal_transition', `${ticket.number}号已叫号或办结，不能补打`, 409);
}
