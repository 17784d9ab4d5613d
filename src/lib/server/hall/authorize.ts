/**
 * Who may do what: the hall's one authorization function. Every staff call names what it needs
 * (to work a window, to supervise, to close a case) and gets the staff record and the window, or
 * a DomainError with the Chinese refusal. AB roles at a window (mayServe) are judged in
 * `blockedReason`, with who is online there now.
 */
import { DomainError, notFound } from '$lib/domain/errors';
import { mayServe, notStaffOf } from '$lib/domain/roles';
import type { ServiceWindow, Staff } from '$lib/domain/types';
import type { DayRecord, HallConfig } from '$lib/core/state';
import type { Gateway } from '../realtime/gateway';

export type Need =
	/** A clerk of the window (A or B) or a supervisor. */
	| { to: 'work_window'; windowId: string }
	/** A supervisor (值班主任); `what` completes "只有值班主任可以…". */
	| { to: 'supervise'; what: string }
	/** A clerk of the window that accepted the case, or a supervisor. */
	| { to: 'close_case'; windowId: string };

export function authorize(config: HallConfig, staffId: string, need: Need): { staff: Staff; window?: ServiceWindow } {
	const staff = config.staff.find((s) => s.id === staffId);
	if (!staff) throw new DomainError('invalid', '请先登录', 401);
	// Sessions end when an account is disabled; this keeps any request already under way out too.
	if (staff.disabled) throw new DomainError('invalid', '该账号已停用，请联系值班主任', 401);
	const supervisor = staff.role === 'supervisor';
	const window = 'windowId' in need ? config.windows.find((w) => w.id === need.windowId) : undefined;
	const staffsIt = !!window && (window.staffA === staff.id || window.staffB === staff.id);
	switch (need.to) {
		case 'supervise':
			if (!supervisor) throw new DomainError('invalid', `只有值班主任可以${need.what}`, 403);
			return { staff };
		case 'work_window':
			if (!window) throw notFound('窗口');
			if (!supervisor && !staffsIt) throw new DomainError('invalid', notStaffOf(window), 403);
			return { staff, window };
		case 'close_case':
			if (!supervisor && !staffsIt) throw new DomainError('invalid', '只有受理窗口的工作人员或值班主任可以办结该件', 403);
			return { staff, window };
	}
}

/** Why `staffId` may not act at the window now (窗口人员AB角制), or null. */
export function blockedReason(config: HallConfig, gateway: Gateway, day: DayRecord, windowId: string, staffId: string) {
	const window = config.windows.find((w) => w.id === windowId);
	const staff = config.staff.find((s) => s.id === staffId);
	if (!window || !staff) return '未找到该窗口';
	const state = day.windows?.[windowId];
	const decision = mayServe(
		window,
		staff,
		{
			status: state?.status ?? 'open',
			operator: state?.staffId,
			online: gateway.staffIn(windowId).map((s) => s.staffId)
		},
		{ a: config.staff.find((s) => s.id === window.staffA)?.name }
	);
	return decision.ok ? null : decision.message;
}
