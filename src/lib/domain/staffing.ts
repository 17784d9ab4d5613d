/**
 * Rules for changing who works the hall and at which window, kept pure so the admin pages' server
 * and the specs judge them the same way: the hall always keeps a supervisor who can log in, a
 * window's A and B clerks are two different active clerks, window numbers do not repeat within a
 * site, and a window cannot leave while it holds a resident's ticket. Each answers a Chinese
 * refusal for the 中心主任 at the screen, or null when the change is fine.
 */
import type { ServiceWindow, Staff, StaffRole, Ticket } from './types';

/** Can this account log in now? Demo accounts only while the hall runs in demo mode. */
export function canLogIn(staff: Pick<Staff, 'disabled' | 'demo'>, demoMode: boolean): boolean {
	return !staff.disabled && (!staff.demo || demoMode);
}

/** Supervisors who can log in: the ones who could undo a mistake on the admin pages. */
export function activeSupervisors(staff: readonly Staff[], demoMode: boolean): Staff[] {
	return staff.filter((s) => s.role === 'supervisor' && canLogIn(s, demoMode));
}

/**
 * Why `staffId` may not become `next` (a role, or disabled), or null. The last supervisor who can
 * log in cannot be disabled or made a clerk: nobody would be left to manage the hall.
 */
export function lastSupervisorBlock(
	staff: readonly Staff[],
	staffId: string,
	next: { role?: StaffRole; disabled?: boolean },
	demoMode: boolean
): string | null {
	const before = staff.find((s) => s.id === staffId);
	if (!before) return null;
	const after = { ...before, ...next };
	const leaving = activeSupervisors([before], demoMode).length === 1 && activeSupervisors([after], demoMode).length === 0;
	if (!leaving) return null;
	const others = activeSupervisors(staff, demoMode).filter((s) => s.id !== staffId);
	if (others.length > 0) return null;
	return `${before.name}是本大厅最后一位可登录的值班主任，不能${next.disabled ? '停用' : '改为窗口人员'}。请先新建或启用另一位值班主任`;
}

/** User names (case aside) and 工号 are each one person's. */
export function duplicateStaffBlock(
	staff: readonly Staff[],
	candidate: { id?: string; username?: string; staffNo: string }
): string | null {
	const others = staff.filter((s) => s.id !== candidate.id);
	const name = candidate.username?.toLowerCase();
	const byName = name && others.find((s) => s.username.toLowerCase() === name);
	if (byName) return `用户名“${candidate.username}”已被${byName.name}使用`;
	const byNo = others.find((s) => s.staffNo === candidate.staffNo);
	if (byNo) return `工号“${candidate.staffNo}”已被${byNo.name}使用`;
	return null;
}

/** The A and B clerks of a window: two different, active clerks of the hall. */
export function windowStaffBlock(staff: readonly Staff[], staffA: string, staffB: string): string | null {
	if (staffA === staffB) return 'A岗和B岗不能是同一人';
	for (const [id, place] of [
		[staffA, 'A岗'],
		[staffB, 'B岗']
	] as const) {
		const s = staff.find((x) => x.id === id);
		if (!s) return `请选择${place}人员`;
		if (s.disabled) return `${s.name}的账号已停用，不能担任${place}`;
		if (s.role !== 'clerk') return `${s.name}是值班主任，${place}请选择窗口人员`;
	}
	return null;
}

/** Window numbers are what residents hear (请到 3号窗口): one per site among active windows. */
export function windowNumberBlock(
	windows: readonly Pick<ServiceWindow, 'id' | 'siteId' | 'number' | 'name'>[],
	candidate: Pick<ServiceWindow, 'id' | 'siteId' | 'number'>
): string | null {
	const taken = windows.find((w) => w.siteId === candidate.siteId && w.number === candidate.number && w.id !== candidate.id);
	return taken ? `窗口号 ${candidate.number} 已被“${taken.name}”使用` : null;
}

/** A ticket a window holds now: called to it, being served, or held (挂起) for it to call back. */
export function heldTickets(tickets: readonly Ticket[], windowId: string): Ticket[] {
	return tickets.filter(
		(t) => t.windowId === windowId && (t.state === 'called' || t.state === 'serving' || t.state === 'on_hold')
	);
}

/**
 * Why a window cannot be removed now, saying what to do: it holds a ticket (finish or transfer
 * it first), or a waiting ticket was transferred to this window alone.
 */
export function windowRemovalBlock(window: Pick<ServiceWindow, 'id' | 'name'>, tickets: readonly Ticket[]): string | null {
	const held = heldTickets(tickets, window.id);
	if (held.length > 0) {
		const numbers = held.map((t) => t.number).join('、');
		return `${window.name}还有 ${numbers} 号未办结，请先办结或转移该窗口的 ${numbers} 号，再撤销窗口`;
	}
	const waiting = tickets.filter((t) => t.state === 'waiting' && t.targetWindowId === window.id);
	if (waiting.length > 0) {
		const numbers = waiting.map((t) => t.number).join('、');
		return `${numbers} 号已转给${window.name}办理，正在等候。请该窗口叫号办结或转移后再撤销窗口`;
	}
	return null;
}

/**
 * Matters that would be left with waiting residents and no window to call them if `windows`
 * became the site's windows: a window change must not strand anyone in the queue.
 */
export function strandedMatters(
	windows: readonly Pick<ServiceWindow, 'siteId' | 'matterIds'>[],
	tickets: readonly Ticket[],
	siteId: string
): string[] {
	const served = new Set(windows.filter((w) => w.siteId === siteId).flatMap((w) => w.matterIds));
	const waiting = tickets.filter((t) => t.siteId === siteId && t.state === 'waiting' && !t.targetWindowId);
	return [...new Set(waiting.map((t) => t.matterId).filter((m) => !served.has(m)))];
}
