/**
 * One live login per staff member: logging in at a second place ends the first session (its
 * cookie stops working and its open consoles are told and disconnected). The current session id
 * per staff is kept in memory and rebuilt at start from today's login records (DayRecord.audit),
 * so a restart does not revive an ended session.
 */
import { randomBytes } from 'node:crypto';
import type { AuditEntry } from './store/store';

export class SessionRegistry {
	private current = new Map<string, string>();

	/** Rebuild from the audit trail: the last login of each staff member wins. */
	static fromAudit(audit: AuditEntry[] = []): SessionRegistry {
		const r = new SessionRegistry();
		for (const e of audit) if (e.action === 'login' && e.session) r.current.set(e.staffId, e.session);
		return r;
	}

	newId(): string {
		return randomBytes(12).toString('base64url');
	}

	/** Make `sessionId` the only valid session of `staffId`; returns the one it ended, if any. */
	start(staffId: string, sessionId: string): string | undefined {
		const before = this.current.get(staffId);
		this.current.set(staffId, sessionId);
		return before !== sessionId ? before : undefined;
	}

	end(staffId: string, sessionId: string | null) {
		if (sessionId && this.current.get(staffId) === sessionId) this.current.delete(staffId);
	}

	/**
	 * Is this the staff member's live session? A cookie without a session id (signed before
	 * sessions were tracked) is refused; with nothing recorded (e.g. a new business day) the first
	 * session seen becomes the current one.
	 */
	isCurrent(staffId: string, sessionId: string | null): boolean {
		if (!sessionId) return false;
		const known = this.current.get(staffId);
		if (known === undefined) {
			this.current.set(staffId, sessionId);
			return true;
		}
		return known === sessionId;
	}
}
