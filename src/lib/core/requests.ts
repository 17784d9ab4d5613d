/**
 * Every request body the device and staff API accepts, as zod schemas: the server validates with
 * them, the pages' typed client (`$lib/client/api`) takes their types, so a wrong body is a
 * compile error. Window commands are in commands.ts.
 */
import { z } from 'zod';
import { requestId } from './commands';

const id = z.string().min(1).max(64);
/** Which printer prints it: `main` (PRINTER_URL) or a print agent's id. */
const printerId = z
	.string()
	.regex(/^[a-z0-9][a-z0-9-]{0,31}$/)
	.optional();
const missing = z.array(z.string().min(1).max(100)).max(50).optional();

export const issueTicketBody = z.strictObject({
	siteId: id.optional(),
	matterId: id,
	priority: z.boolean().optional(),
	missing,
	requestId,
	printerId
});

/** POST /api/notices: print the one-time notice alone (no ticket). */
export const printNoticeBody = z.strictObject({
	siteId: id.optional(),
	matterId: id,
	missing,
	printerId
});

/** POST /api/tickets/:token/reprint */
export const reprintBody = z.strictObject({ printerId });

export const loginBody = z.strictObject({
	username: z.string().min(1).max(64),
	password: z.string().min(1).max(200)
});

export const approveDeviceBody = z.strictObject({
	code: z.string().regex(/^\d{6}$/, '配对码是 6 位数字'),
	kind: z.enum(['kiosk', 'display']),
	siteId: id,
	name: z.string().trim().min(1, '请填写设备名称').max(40),
	windows: z.array(id).max(50).optional(),
	categories: z.array(id).max(50).optional()
});

export const settingsBody = z.strictObject({
	notice: z.string().trim().max(300).optional(),
	issuing: z.enum(['open', 'paired']).optional(),
	voice: z
		.strictObject({
			repeats: z.number().int().min(1).max(5),
			gapMs: z.number().int().min(0).max(10_000),
			volume: z.number().min(0).max(1),
			rate: z.number().min(0.5).max(1.5)
		})
		.optional()
});

export type IssueTicketInput = z.input<typeof issueTicketBody>;
export type PrintNoticeInput = z.input<typeof printNoticeBody>;
export type ReprintInput = z.input<typeof reprintBody>;
export type LoginInput = z.input<typeof loginBody>;
export type ApproveDeviceInput = z.input<typeof approveDeviceBody>;
export type SettingsInput = z.input<typeof settingsBody>;

/** A new password: long enough to resist guessing, not the user name. */
const newPassword = z.string().min(8, '密码至少 8 位').max(200);

/** POST /api/setup: the first administrator of a real hall, with the setup code from the console. */
export const setupBody = z.strictObject({
	code: z.string().trim().min(1, '请输入安装码').max(20),
	username: z
		.string()
		.trim()
		.regex(/^[a-z][a-z0-9_.-]{2,31}$/, '用户名为 3–32 位小写字母、数字或 _ . -，以字母开头'),
	name: z.string().trim().min(1, '请填写姓名').max(20),
	staffNo: z.string().trim().min(1, '请填写工号').max(20),
	password: newPassword
});

/** PUT /api/session/password */
export const passwordBody = z.strictObject({
	current: z.string().min(1, '请输入当前密码').max(200),
	next: newPassword
});

export type SetupInput = z.input<typeof setupBody>;
export type PasswordInput = z.input<typeof passwordBody>;

// ---- hall administration: staff and windows (supervisors) ---------------------------------------

const staffName = z.string().trim().min(1, '请填写姓名').max(20, '姓名最多 20 个字');
const staffNo = z.string().trim().min(1, '请填写工号').max(20, '工号最多 20 个字符');
const staffRole = z.enum(['clerk', 'supervisor'], { error: '请选择角色：窗口人员或值班主任' });

/** POST /api/admin/staff: a new account; the server makes its first password and shows it once. */
export const createStaffBody = z.strictObject({
	username: z
		.string()
		.trim()
		.regex(/^[a-z][a-z0-9_.-]{2,31}$/, '用户名为 3–32 位小写字母、数字或 _ . -，以字母开头'),
	name: staffName,
	staffNo,
	role: staffRole
});

/** PUT /api/admin/staff/:id */
export const updateStaffBody = z.strictObject({ name: staffName, staffNo, role: staffRole });

/** POST /api/admin/staff/:id/disable, /enable, /password (a reset): nothing to say but the id. */
export const emptyBody = z.strictObject({});

/** POST /api/admin/windows, PUT /api/admin/windows/:id */
export const windowBody = z.strictObject({
	siteId: id,
	number: z.number({ error: '窗口号请填数字' }).int('窗口号请填整数').min(1, '窗口号为 1–99').max(99, '窗口号为 1–99'),
	name: z.string().trim().min(1, '请填写窗口名称').max(20, '窗口名称最多 20 个字'),
	matterIds: z.array(id).max(500).min(1, '请至少选择一项本窗口办理的事项'),
	weights: z.record(id, z.number({ error: '权重请填数字' }).min(0.1, '权重为 0.1–10').max(10, '权重为 0.1–10')).optional(),
	staffA: id.or(z.literal('')).refine((v) => v !== '', '请选择A岗人员'),
	staffB: id.or(z.literal('')).refine((v) => v !== '', '请选择B岗人员')
});

export type CreateStaffInput = z.input<typeof createStaffBody>;
export type UpdateStaffInput = z.input<typeof updateStaffBody>;
export type WindowInput = z.input<typeof windowBody>;
