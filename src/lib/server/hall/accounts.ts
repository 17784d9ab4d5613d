/**
 * Staff accounts without editing files: a real hall's first administrator (with the one-time
 * setup code the server prints at start), and each staff member changing their own password.
 * Both are written to config.json under the hall's lock and recorded in the day's audit trail.
 * (Creating, disabling and resetting other accounts is the hall-administration work.)
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AuditEntry, HallConfig } from '$lib/core/state';
import { DomainError, invalid } from '$lib/domain/errors';
import type { Staff } from '$lib/domain/types';
import { hashPassword, verifyPassword } from '../auth';
import { ACCOUNT_RULE, tooManyTries } from '../login-throttle';
import type { HallContext } from './context';

/** Does the hall have an administrator who can log in outside demo mode? */
export function hasRealAdmin(config: HallConfig): boolean {
	return config.staff.some((s) => s.role === 'supervisor' && !s.demo);
}

/** A one-time code of 8 digits, shown as 1234-5678 on the server's console. */
export function newSetupCode(): string {
	const digits = Array.from(randomBytes(8), (b) => String(b % 10)).join('');
	return `${digits.slice(0, 4)}-${digits.slice(4)}`;
}

function sameCode(given: string, expected: string): boolean {
	const a = Buffer.from(given.replace(/\D/g, ''));
	const b = Buffer.from(expected.replace(/\D/g, ''));
	return a.length === b.length && timingSafeEqual(a, b);
}

export interface FirstAdmin {
	username: string;
	name: string;
	staffNo: string;
	password: string;
}

/**
 * Creates the first administrator. `expected` is the code printed at start (null once used or
 * when the hall has one already). Wrong codes count like wrong passwords against the address.
 */
export async function createFirstAdmin(
	ctx: HallContext,
	expected: string | null,
	input: FirstAdmin & { code: string },
	address: string
): Promise<Staff> {
	const now = ctx.clock();
	const key = `setup:${address}`;
	const wait = ctx.throttle.retryAfter([key], now);
	if (wait > 0) throw new DomainError('rate_limited', tooManyTries(wait), 429);
	if (!expected || hasRealAdmin(ctx.config)) throw new DomainError('illegal_transition', '本大厅已有管理员账号，请直接登录', 409);
	if (!sameCode(input.code, expected)) {
		ctx.throttle.fail(key, ACCOUNT_RULE, now);
		throw new DomainError('invalid', '安装码不正确，请查看服务器启动时显示的安装码', 403);
	}
	checkPassword(input.password, input.username);
	const passwordHash = hashPassword(input.password);
	return ctx.lock.run(async () => {
		if (hasRealAdmin(ctx.config)) throw new DomainError('illegal_transition', '本大厅已有管理员账号，请直接登录', 409);
		if (ctx.config.staff.some((s) => s.username === input.username)) throw invalid(`用户名"${input.username}"已被使用`);
		const staff: Staff = {
			id: `staff-${randomBytes(6).toString('hex')}`,
			username: input.username,
			name: input.name,
			staffNo: input.staffNo,
			role: 'supervisor',
			passwordHash
		};
		await ctx.commitConfig({ ...ctx.config, staff: [...ctx.config.staff, staff] });
		await audit(ctx, { at: now, staffId: staff.id, action: 'staff_created', subject: staff.id });
		return staff;
	});
}

/** A staff member changes their own password, proving the current one. */
export async function changePassword(ctx: HallContext, staffId: string, current: string, next: string) {
	const staff = ctx.config.staff.find((s) => s.id === staffId);
	if (!staff) throw new DomainError('invalid', '请先登录', 401);
	if (staff.demo) throw invalid('演示账号的密码由服务器设定（DEMO_PASSWORD 或数据目录中的 demo-password.txt），不能在此修改');
	const now = ctx.clock();
	const key = `user:${staff.username}`;
	const wait = ctx.throttle.retryAfter([key], now);
	if (wait > 0) throw new DomainError('rate_limited', tooManyTries(wait), 429);
	if (!(await verifyPassword(current, staff.passwordHash))) {
		ctx.throttle.fail(key, ACCOUNT_RULE, now);
		throw new DomainError('invalid', '当前密码不正确', 403);
	}
	if (next === current) throw invalid('新密码不能与当前密码相同');
	checkPassword(next, staff.username);
	const passwordHash = hashPassword(next);
	await ctx.lock.run(async () => {
		const staffList = ctx.config.staff.map((s) => (s.id === staffId ? { ...s, passwordHash } : s));
		await ctx.commitConfig({ ...ctx.config, staff: staffList });
		await audit(ctx, { at: now, staffId, action: 'password_changed' });
	});
}

function checkPassword(password: string, username: string) {
	if (password.length < 8) throw invalid('密码至少 8 位');
	if (password.toLowerCase().includes(username.toLowerCase())) throw invalid('密码不能包含用户名');
}

async function audit(ctx: HallContext, entry: AuditEntry) {
	const day = await ctx.currentDay();
	await ctx.commitDay({ ...day, audit: [...(day.audit ?? []), entry] });
}
