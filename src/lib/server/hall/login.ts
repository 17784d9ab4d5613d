/**
 * Staff login and sessions: one live session per staff member (a login elsewhere ends the other,
 * whose consoles are told), each login and logout in the day's audit trail.
 */
import type { AuditEntry } from '$lib/core/state';
import { DomainError } from '$lib/domain/errors';
import { decoyHash, verifyPassword } from '../auth';
import { ACCOUNT_RULE, ADDRESS_RULE, tooManyTries } from '../login-throttle';
import { appendAudit } from './audit';
import type { HallContext } from './context';

export interface StaffIdentity {
	id: string;
	username: string;
	name: string;
	staffNo: string;
	role: 'clerk' | 'supervisor';
	/** A or B clerk; S: a supervisor, who may act on any window. */
	windows: { id: string; number: number; name: string; role: 'A' | 'B' | 'S' }[];
}

const LOGGED_OUT = '您已退出登录。';
export const ACCOUNT_DISABLED = '该账号已停用，请联系值班主任';
const SESSION_TAKEN = '您的账号已在其他地方登录，本页已退出。如非本人操作，请联系值班主任。';

/**
 * Checks a login: throttled per account and per address (login-throttle.ts), the password checked
 * off the event loop, an unknown name costing as long as a wrong password.
 */
export async function login(ctx: HallContext, username: string, password: string, address = ''): Promise<StaffIdentity> {
	const now = ctx.clock();
	const keys = [`user:${username}`, `ip:${address}`];
	const wait = ctx.throttle.retryAfter(keys, now);
	if (wait > 0) throw new DomainError('rate_limited', tooManyTries(wait), 429);
	const staff = ctx.config.staff.find((s) => s.username === username);
	const ok = await verifyPassword(password, staff?.passwordHash ?? decoyHash());
	if (!staff || !ok) {
		ctx.throttle.fail(keys[0], ACCOUNT_RULE, now);
		ctx.throttle.fail(keys[1], ADDRESS_RULE, now);
		await loginFailed(ctx, username, staff?.id, '密码错误或无此用户');
		throw new DomainError('invalid', '用户名或密码不正确', 401);
	}
	if (staff.demo && !ctx.deps.demo) {
		await loginFailed(ctx, username, staff.id, '演示账号');
		throw new DomainError('invalid', '演示账号仅在演示模式下可用', 401);
	}
	if (staff.disabled) {
		await loginFailed(ctx, username, staff.id, '账号已停用');
		throw new DomainError('invalid', ACCOUNT_DISABLED, 401);
	}
	ctx.throttle.succeed(keys[0]);
	return identity(ctx, staff.id)!;
}

/**
 * A refused login is audited (written to the day file by design, for 电子监察): the user name tried
 * and why, never the password. Throttled tries (429) are not checked, so not recorded; the throttle
 * bounds how fast this can grow.
 */
async function loginFailed(ctx: HallContext, username: string, staffId: string | undefined, why: string) {
	const note = `${username.slice(0, 64)}（${why}）`;
	await ctx.lock.run(() => appendAudit(ctx, { at: ctx.clock(), staffId: staffId ?? '', action: 'login_failed', note }));
}

/** Log in and make this the staff member's only live session. */
export async function startSession(ctx: HallContext, username: string, password: string, address = '') {
	const staff = await login(ctx, username, password, address);
	const sessionId = ctx.sessions.newId();
	await ctx.lock.run(async () => {
		const day = await ctx.currentDay();
		const entry: AuditEntry = { at: ctx.clock(), staffId: staff.id, action: 'login', session: sessionId };
		await ctx.commitDay({ ...day, audit: [...(day.audit ?? []), entry] });
		const ended = ctx.sessions.start(staff.id, sessionId);
		if (ended) ctx.gateway.endSession(staff.id, sessionId, SESSION_TAKEN);
	});
	return { staff, sessionId };
}

/** Logout: the session ends for good (recorded, so a restart keeps it ended) and its consoles close. */
export async function endSession(ctx: HallContext, staffId: string, sessionId: string | null) {
	await ctx.lock.run(async () => {
		const day = await ctx.currentDay();
		const entry: AuditEntry = { at: ctx.clock(), staffId, action: 'logout' };
		if (sessionId) entry.session = sessionId;
		await ctx.commitDay({ ...day, audit: [...(day.audit ?? []), entry] });
		ctx.sessions.end(staffId, sessionId);
	});
	if (sessionId) ctx.gateway.closeSession(staffId, sessionId, LOGGED_OUT);
}

/** The staff member and the windows they may open (A, B, or all for a supervisor); null once disabled. */
export function identity(ctx: HallContext, staffId: string): StaffIdentity | null {
	const staff = ctx.config.staff.find((s) => s.id === staffId);
	if (!staff || staff.disabled) return null;
	const supervisor = staff.role === 'supervisor';
	const windows = ctx.config.windows
		.filter((w) => supervisor || w.staffA === staff.id || w.staffB === staff.id)
		.sort((a, b) => a.number - b.number)
		.map((w) => ({
			id: w.id,
			number: w.number,
			name: w.name,
			role: (w.staffA === staff.id ? 'A' : w.staffB === staff.id ? 'B' : 'S') as 'A' | 'B' | 'S'
		}));
	const { id, username, name, staffNo, role } = staff;
	return { id, username, name, staffNo, role, windows };
}
