/**
 * 窗口人员AB角制: who may work a window right now. The A clerk always may; the B clerk covers
 * when A is away (not at the window's console, or the window paused or closed) or has taken the
 * window over (resumed it after A paused); a supervisor may act on any window. Pure: the caller
 * passes who is online at the window and the window's state as data.
 */
import type { ServiceWindow, StaffRole } from './types';

export interface WindowPresence {
	status: 'open' | 'paused' | 'closed';
	/** Who last opened, paused or resumed the window (the one running it now). */
	operator?: string;
	/** Staff with a live console on this window now. */
	online: string[];
}

export type ServeDecision =
	{ ok: true; as: 'A' | 'B' | 'supervisor' } | { ok: false; code: 'not_staff' | 'a_present'; message: string };

export function mayServe(
	window: ServiceWindow,
	staff: { id: string; role: StaffRole },
	presence: WindowPresence,
	names: { a?: string } = {}
): ServeDecision {
	if (staff.id === window.staffA) return { ok: true, as: 'A' };
	if (staff.role === 'supervisor') return { ok: true, as: 'supervisor' };
	if (staff.id === window.staffB) {
		const aAway = !presence.online.includes(window.staffA) || presence.status !== 'open';
		if (aAway || presence.operator === staff.id) return { ok: true, as: 'B' };
		return {
			ok: false,
			code: 'a_present',
			message: `A岗${names.a ? `（${names.a}）` : ''}正在${window.name}工作，B岗请在A岗暂停服务或离开后再接替`
		};
	}
	return { ok: false, code: 'not_staff', message: notStaffOf(window) };
}

/** The refusal to anyone who is neither A nor B of the window (nor a supervisor). */
export function notStaffOf(window: Pick<ServiceWindow, 'name'>): string {
	return `您不是${window.name}的工作人员，不能在此窗口操作`;
}
