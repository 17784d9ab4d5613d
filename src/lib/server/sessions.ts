/**
 * One live login per staff member: logging in at a second place ends the first session (its
 * cookie stops working and its open consoles are told and disconnected); logging out ends it for
 * good. Only a session this registry started is live: a cookie it does not know is refused, so an
 * ended session never revives. Rebuilt at start from the login and logout records of the days a
 * session can still be alive in (DayRecord.audit), so a restart does not revive one either.
 */
import { randomBytes } from 'node:crypto';
import type { AuditEntry } from './store/store';

export class SessionRegistry {
	private current = new Map<string, string>();

	/** Rebuild from audit trails, oldest first: the last login of each staff member wins, a logout ends it. */
	static fromAudit(...audits: (AuditEntry[] | undefined)[]): SessionRegistry {
		const r = new SessionRegistry();
		for (const e of audits.flatMap((a) => a ?? [])) {
			if (e.action === 'login' && e.session) r.current.set(e.staffId, e.session);
			// A logout recorded before logouts named their session ended whatever was live.
			if (e.action === 'logout' && (!e.session || r.current.get(e.staffId) === e.session)) r.current.delete(e.staffId);
			// A supervisor disabled the account or reset its password: whatever was live ended then.
			if ((e.action === 'staff_disabled' || e.action === 'password_reset') && e.subject) r.current.delete(e.subject);
		}
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

	/** Logout: ends `sessionId` if it is the live one; true when it was. */
	end(staffId: string, sessionId: string | null): boolean {
		if (!sessionId || this.current.get(staffId) !== sessionId) return false;
		this.current.delete(staffId);
		return true;
	}

	/** Ends whatever session `staffId` has (account disabled, password reset); returns it, if any. */
	revoke(staffId: string): string | undefined {
		const before = this.current.get(staffId);
		this.current.delete(staffId);
		return before;
	}

	/** Is this the staff member's live session? Unknown, ended and replaced sessions are not. */
	isCurrent(staffId: string, sessionId: string | null): boolean {
		return !!sessionId && this.current.get(staffId) === sessionId;
	}
}
