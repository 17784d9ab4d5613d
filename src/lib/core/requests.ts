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

// ---- the catalogue (办事指南) from the admin pages -----------------------------------------------

/** Optional free text of a 办事指南 field: trimmed, empty means "not set". */
const guideText = (label: string, max: number) =>
	z.string(`${label}应为文字`).trim().max(max, `${label}最多 ${max} 个字`).optional();
const workingDays = (label: string) =>
	z.number(`${label}应为数字`).int(`${label}应为整数个工作日`).min(0, `${label}不能小于 0`).max(365, `${label}最多 365 个工作日`);
const lines = (label: string, max: number) =>
	z
		.array(z.string(`${label}应为文字`).trim().max(500, `${label}每条最多 500 个字`), `${label}应为列表`)
		.max(max, `${label}最多 ${max} 条`);

/** POST /api/admin/catalogue/categories, PUT …/categories/:id */
export const categoryBody = z.strictObject({
	name: z.string('请填写分类名称').trim().min(1, '请填写分类名称').max(20, '分类名称最多 20 个字'),
	prefix: z
		.string('请填写号码前缀')
		.trim()
		.regex(/^[A-Z]$/, '号码前缀应为一个大写字母（A–Z），取号的号码以它开头'),
	color: z
		.string()
		.regex(/^#[0-9a-fA-F]{6}$/, '取号机上的颜色应为 #RRGGBB 格式')
		.optional()
});

/** POST …/categories/:id/move, …/matters/:id/move */
export const moveBody = z.strictObject({ direction: z.enum(['up', 'down'], '请选择上移或下移') });

const materialBody = z.strictObject({
	// No minimum here: the catalogue's own check names the empty row (第N项材料名称不能为空).
	name: z.string('请填写材料名称').trim().max(100, '材料名称最多 100 个字'),
	form: z.enum(['original', 'copy', 'original_and_copy'], '请选择材料形式：原件、复印件或原件及复印件'),
	copies: z.number('材料份数应为数字').int('材料份数应为正整数').min(1, '材料份数应为正整数').max(99, '材料份数最多 99 份'),
	note: guideText('材料说明', 200)
});

/** POST /api/admin/catalogue/matters, PUT …/matters/:id: every field of a 办事指南. */
export const matterBody = z.strictObject({
	name: z.string('请填写事项名称').trim().min(1, '请填写事项名称').max(60, '事项名称最多 60 个字'),
	code: guideText('事项编码', 50),
	categoryId: z.string('请选择所属分类').min(1, '请选择所属分类').max(64),
	kind: z.enum(['instant', 'promised', 'forwarded'], '请选择办件类型：即办件、承诺件或上报件'),
	promisedDays: workingDays('承诺时限'),
	legalDays: workingDays('法定时限'),
	basis: guideText('设定依据', 2000),
	applicants: guideText('办理对象', 500),
	conditions: lines('受理条件', 30),
	materials: z.array(materialBody, '申请材料应为列表').max(50, '申请材料最多 50 项'),
	steps: lines('办理流程', 30).optional(),
	fee: z.string('请填写收费情况').trim().min(1, '请填写收费情况（不收费也请写明）').max(200, '收费最多 200 个字'),
	place: guideText('办理地点', 200),
	hours: guideText('办理时间', 200),
	enquiry: z.string('请填写咨询电话').trim().max(200, '咨询方式最多 200 个字'),
	complaint: guideText('投诉电话', 200),
	trips: z
		.number('跑动次数应为数字')
		.int('跑动次数应为 1 至 9 的整数')
		.min(1, '跑动次数应为 1 至 9 的整数')
		.max(9, '跑动次数应为 1 至 9 的整数')
		.optional(),
	onlineBooking: z.boolean('网上预约应为是或否').optional(),
	/** The windows that serve it (absent: unchanged); a matter no window serves is not offered. */
	windowIds: z.array(id, '办理窗口应为列表').max(50).optional()
});

/** POST …/matters/:id/retire: 停用 or 恢复; `force` retires even with residents holding numbers. */
export const retireBody = z.strictObject({
	retired: z.boolean('请选择停用或恢复'),
	force: z.boolean().optional()
});

export type CategoryInput = z.input<typeof categoryBody>;
export type MoveInput = z.input<typeof moveBody>;
export type MatterInput = z.input<typeof matterBody>;
export type RetireInput = z.input<typeof retireBody>;

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

// ---- hours and calendar (/admin/hours) ------------------------------------------------------

const hhmm = (what: string) => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, `${what}应为 HH:mm，如 08:30`);
const calendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD');

/** PUT /api/admin/hours: opening bands with quotas, weekdays, daily limit; reprint window; dispatch. */
export const hoursBody = z.strictObject({
	hours: z.strictObject({
		alwaysOpen: z.boolean({ error: '请选择是否全天可取号' }),
		weekdays: z.array(z.number().int().min(1, '办公日应为周一至周日').max(7, '办公日应为周一至周日')).max(7, '办公日最多 7 天'),
		bands: z
			.array(
				z.strictObject({
					from: hhmm('开始时间'),
					to: hhmm('结束时间'),
					quota: z
						.number({ error: '时段限额应为数字' })
						.int('时段限额应为整数')
						.min(1, '时段限额至少为 1，不限额请留空')
						.max(9999, '时段限额最多 9999')
						.optional()
				})
			)
			.max(8, '取号时段最多 8 个'),
		dailyLimit: z
			.number({ error: '每日总限额应为数字' })
			.int('每日总限额应为整数')
			.min(1, '每日总限额至少为 1，不限额请留空')
			.max(99_999, '每日总限额最多 99999')
			.optional()
	}),
	reprintMinutes: z
		.number({ error: '补打时限应为数字' })
		.int('补打时限应为整数分钟')
		.min(0, '补打时限不能为负')
		.max(240, '补打时限最多 240 分钟'),
	dispatch: z.strictObject({
		priorityRatio: z
			.number({ error: '优先号比例应为数字' })
			.int('优先号比例应为整数')
			.min(0, '优先号比例不能为负')
			.max(10, '优先号比例最多 10'),
		recallLimit: z
			.number({ error: '重呼次数应为数字' })
			.int('重呼次数应为整数')
			.min(1, '重呼次数至少为 1')
			.max(10, '重呼次数最多 10')
	})
});

/** PUT /api/admin/hours/calendar: the whole calendar the hall keeps (shipped days it keeps included). */
export const calendarBody = z.strictObject({
	holidays: z.array(calendarDay).max(2000, '放假日太多'),
	workdays: z.array(calendarDay).max(500, '调休上班日太多')
});

/** POST /api/admin/hours/notice: the pasted text of a State Council holiday notice. */
export const noticeImportBody = z.strictObject({
	year: z
		.number({ error: '请填写通知所属年份' })
		.int('年份应为整数')
		.min(2000, '年份应在 2000 至 2100 之间')
		.max(2100, '年份应在 2000 至 2100 之间'),
	text: z.string().trim().min(1, '请粘贴通知全文').max(10_000, '通知内容太长（最多 10000 字）')
});

export type HoursInput = z.input<typeof hoursBody>;
export type CalendarInput = z.input<typeof calendarBody>;
export type NoticeImportInput = z.input<typeof noticeImportBody>;
