/**
 * Staff accounts managed by a supervisor on /admin/staff: create (the first password made here
 * and shown once), edit name, 工号 and role, disable and re-enable, reset a password. Each change
 * is authorized, written to config.json under the hall's lock, recorded in the day's audit trail
 * (before -> after) and pushed, so window screens show a new name at once. Disabling or resetting
 * ends the account's live session and closes its consoles. Nobody is deleted: tickets and cases
 * name staff by id.
 */
import { randomBytes } from 'node:crypto';
import type { CreateStaffInput, UpdateStaffInput } from '$lib/core/requests';
import { DomainError, invalid, notFound } from '$lib/domain/errors';
import { duplicateStaffBlock, lastSupervisorBlock } from '$lib/domain/staffing';
import type { Staff, StaffRole } from '$lib/domain/types';
import { hashPassword } from '../auth';
import { randomPassword } from '../seed/demo-password';
import { appendAudit, changeNote } from './audit';
import { authorize } from './authorize';
import type { HallContext } from './context';
import { publish } from './publish';

/** One account as the admin page lists it: never the password hash. */
export interface StaffRow {
	id: string;
	username: string;
	name: string;
	staffNo: string;
	role: StaffRole;
	disabled: boolean;
	demo: boolean;
	/** Where they work (窗口人员AB角制), e.g. 3号窗口 A岗. */
	windows: { id: string; name: string; number: number; place: 'A' | 'B' }[];
}

const ROLE: Record<StaffRole, string> = { clerk: '窗口人员', supervisor: '值班主任' };
const DISABLED = '您的账号已被值班主任停用，本页已退出。';
const RESET = '您的密码已被值班主任重置，本页已退出。请用新密码重新登录。';

export function listStaff(ctx: HallContext, staffId: string): StaffRow[] {
	authorize(ctx.config, staffId, { to: 'supervise', what: '查看工作人员' });
	return staffRows(ctx);
}

function staffRows(ctx: HallContext): StaffRow[] {
	const windows = [...ctx.config.windows].sort((a, b) => a.number - b.number);
	return ctx.config.staff.map((s) => ({
		id: s.id,
		username: s.username,
		name: s.name,
		staffNo: s.staffNo,
		role: s.role,
		disabled: !!s.disabled,
		demo: !!s.demo,
		windows: windows
			.filter((w) => w.staffA === s.id || w.staffB === s.id)
			.map((w) => ({ id: w.id, name: w.name, number: w.number, place: w.staffA === s.id ? ('A' as const) : ('B' as const) }))
	}));
}

/** A new account; answers its first password, to be shown once and never stored in clear. */
export async function createStaff(ctx: HallContext, staffId: string, input: CreateStaffInput) {
	authorize(ctx.config, staffId, { to: 'supervise', what: '新建工作人员账号' });
	const password = randomPassword();
	const passwordHash = hashPassword(password);
	const staff = await ctx.lock.run(async () => {
		const clash = duplicateStaffBlock(ctx.config.staff, input);
		if (clash) throw new DomainError('invalid', clash, 409);
		const staff: Staff = {
			id: `staff-${randomBytes(6).toString('hex')}`,
			username: input.username,
			name: input.name,
			staffNo: input.staffNo,
			role: input.role,
			passwordHash
		};
		await ctx.commitConfig({ ...ctx.config, staff: [...ctx.config.staff, staff] });
		await appendAudit(ctx, {
			at: ctx.clock(),
			staffId,
			action: 'staff_created',
			subject: staff.id,
			note: `${staff.name}（${staff.staffNo}，${ROLE[staff.role]}，用户名 ${staff.username}）`
		});
		publishAll(ctx);
		return staff;
	});
	return { staff: rowOf(ctx, staff.id), password };
}

export async function updateStaff(ctx: HallContext, staffId: string, targetId: string, input: UpdateStaffInput) {
	authorize(ctx.config, staffId, { to: 'supervise', what: '修改工作人员信息' });
	await ctx.lock.run(async () => {
		const before = find(ctx, targetId);
		const clash = duplicateStaffBlock(ctx.config.staff, { id: targetId, staffNo: input.staffNo });
		if (clash) throw new DomainError('invalid', clash, 409);
		const last = lastSupervisorBlock(ctx.config.staff, targetId, { role: input.role }, ctx.deps.demo);
		if (last) throw new DomainError('illegal_transition', last, 409);
		if (input.role === 'supervisor' && servesWindows(ctx, targetId)) {
			throw new DomainError(
				'illegal_transition',
				`${before.name}仍是${servesWindows(ctx, targetId)}，请先在“窗口”页为该窗口另选人员，再改为值班主任`,
				409
			);
		}
		const after: Staff = { ...before, name: input.name, staffNo: input.staffNo, role: input.role };
		const note = changeNote([
			['姓名', before.name, after.name],
			['工号', before.staffNo, after.staffNo],
			['角色', ROLE[before.role], ROLE[after.role]]
		]);
		if (!note) return;
		await ctx.commitConfig({ ...ctx.config, staff: ctx.config.staff.map((s) => (s.id === targetId ? after : s)) });
		await appendAudit(ctx, { at: ctx.clock(), staffId, action: 'staff_updated', subject: targetId, note });
		publishAll(ctx);
	});
	return rowOf(ctx, targetId);
}

/** 停用 / 启用. Disabling ends the account's session at once: its consoles get `session_ended`. */
export async function setStaffDisabled(ctx: HallContext, staffId: string, targetId: string, disabled: boolean) {
	authorize(ctx.config, staffId, { to: 'supervise', what: disabled ? '停用工作人员账号' : '启用工作人员账号' });
	let still = '';
	await ctx.lock.run(async () => {
		const before = find(ctx, targetId);
		if (!!before.disabled === disabled) return;
		const last = disabled && lastSupervisorBlock(ctx.config.staff, targetId, { disabled }, ctx.deps.demo);
		if (last) throw new DomainError('illegal_transition', last, 409);
		if (disabled && targetId === staffId) throw invalid('不能停用自己的账号，请由另一位值班主任操作');
		const after: Staff = { ...before, disabled };
		if (!disabled) delete after.disabled;
		await ctx.commitConfig({ ...ctx.config, staff: ctx.config.staff.map((s) => (s.id === targetId ? after : s)) });
		await appendAudit(ctx, {
			at: ctx.clock(),
			staffId,
			action: disabled ? 'staff_disabled' : 'staff_enabled',
			subject: targetId,
			note: `${before.name}（${before.staffNo}）${disabled ? '启用→停用' : '停用→启用'}`
		});
		if (disabled) endSessions(ctx, targetId, DISABLED);
		publishAll(ctx);
	});
	if (disabled) still = servesWindows(ctx, targetId);
	return { staff: rowOf(ctx, targetId), ...(still ? { warning: `该人员仍是${still}，请在“窗口”页为该窗口另选人员` } : {}) };
}

/** A new random password, shown once; the old one and every live session stop working. */
export async function resetStaffPassword(ctx: HallContext, staffId: string, targetId: string) {
	authorize(ctx.config, staffId, { to: 'supervise', what: '重置工作人员密码' });
	const target = find(ctx, targetId);
	if (target.demo) {
		throw invalid('演示账号的密码由服务器设定（DEMO_PASSWORD 或数据目录中的 demo-password.txt），不能在此重置');
	}
	const password = randomPassword();
	const passwordHash = hashPassword(password);
	await ctx.lock.run(async () => {
		find(ctx, targetId);
		await ctx.commitConfig({
			...ctx.config,
			staff: ctx.config.staff.map((s) => (s.id === targetId ? { ...s, passwordHash } : s))
		});
		await appendAudit(ctx, { at: ctx.clock(), staffId, action: 'password_reset', subject: targetId, note: target.name });
		if (targetId !== staffId) endSessions(ctx, targetId, RESET);
	});
	return { staff: rowOf(ctx, targetId), password };
}

function find(ctx: HallContext, id: string): Staff {
	const staff = ctx.config.staff.find((s) => s.id === id);
	if (!staff) throw notFound('工作人员');
	return staff;
}

function rowOf(ctx: HallContext, id: string): StaffRow {
	const row = staffRows(ctx).find((r) => r.id === id);
	if (!row) throw notFound('工作人员');
	return row;
}

/** "3号窗口A岗、4号窗口B岗", or '' when the person staffs no window. */
function servesWindows(ctx: HallContext, id: string): string {
	return ctx.config.windows
		.filter((w) => w.staffA === id || w.staffB === id)
		.map((w) => `${w.name}${w.staffA === id ? 'A岗' : 'B岗'}`)
		.join('、');
}

function endSessions(ctx: HallContext, id: string, message: string) {
	ctx.sessions.revoke(id);
	// Every socket of the account, whatever session it was opened with.
	ctx.gateway.endSession(id, '', message);
}

function publishAll(ctx: HallContext) {
	for (const site of ctx.config.sites) publish(ctx, site.id);
}
