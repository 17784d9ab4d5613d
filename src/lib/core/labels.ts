/**
 * Every label of the hall's vocabulary, once, in Chinese and English: matter kinds, ticket
 * states, outcomes, case kinds, window states, material forms and staff roles. Kiosk, console,
 * lobby, phone page, receipt and guide all read them here, so a word changes in one place.
 */
import type { Case, MaterialForm, MatterKind, OutcomeKind, TicketAction, TicketState } from '$lib/domain/types';

import type { AuditEntry } from './state';

type CaseKind = Case['kind'];

export type Lang = 'zh' | 'en';

type Labels<K extends string> = Record<Lang, Record<K, string>>;

/** The kind badge: 即办件 / 承诺件 / 上报件. */
export const matterKindLabels: Labels<MatterKind> = {
	zh: { instant: '即办件', promised: '承诺件', forwarded: '上报件' },
	en: { instant: 'On the spot', promised: 'Within set days', forwarded: 'Forwarded' }
};

/** The kind with what it means for the resident, as the notice and guide print it. */
export function matterKindLong(kind: MatterKind, promisedDays: number, lang: Lang = 'zh'): string {
	if (lang === 'en') {
		if (kind === 'instant') return 'Done on the spot';
		if (kind === 'promised') return `Done within ${promisedDays} working days`;
		return 'Forwarded to a higher level on your behalf';
	}
	if (kind === 'instant') return '即办件（当场办结）';
	if (kind === 'promised') return `承诺件（${promisedDays}个工作日办结）`;
	return '上报件（代理代办）';
}

export const ticketStateLabels: Labels<TicketState> = {
	zh: { waiting: '等候中', called: '已叫号', serving: '办理中', done: '已办结', no_show: '已过号', on_hold: '已挂起' },
	en: { waiting: 'Waiting', called: 'Called', serving: 'Being served', done: 'Done', no_show: 'Missed', on_hold: 'On hold' }
};

export const ticketActionLabels: Labels<TicketAction> = {
	zh: {
		issue: '取号',
		call: '叫号',
		recall: '重呼',
		start: '开始办理',
		finish: '办结',
		no_show: '过号',
		transfer: '转移',
		hold: '挂起',
		callback: '回呼'
	},
	en: {
		issue: 'Ticket taken',
		call: 'Call',
		recall: 'Recall',
		start: 'Start',
		finish: 'Finish',
		no_show: 'No-show',
		transfer: 'Transfer',
		hold: 'Hold',
		callback: 'Call back'
	}
};

/** How a visit ended at 办结: what the clerk picks and what the resident's page says. */
export const outcomeLabels: Labels<OutcomeKind> = {
	zh: {
		done: '当场办结',
		accepted: '承诺件受理',
		forwarded: '上报件（代理代办）',
		rejected: '不予受理',
		incomplete: '材料不全'
	},
	en: {
		done: 'Done on the spot',
		accepted: 'Accepted, done by the promised day',
		forwarded: 'Forwarded on your behalf',
		rejected: 'Not accepted',
		incomplete: 'Materials incomplete'
	}
};

/** One line under each outcome in the 办结 dialog: what choosing it does. */
export const outcomeHints: Labels<OutcomeKind> = {
	zh: {
		done: '当场办结，群众无需再来',
		accepted: '受理并生成办件编号，按承诺时限办结',
		forwarded: '代理代办，报上级审批，生成办件编号',
		rejected: '不符合办理条件，须填写原因',
		incomplete: '勾选缺少的材料，一次性告知群众'
	},
	en: {
		done: 'Finished here; no second visit',
		accepted: 'Accepted with a case number, done by the promised day',
		forwarded: 'Forwarded to a higher level with a case number',
		rejected: 'Conditions not met; a reason is required',
		incomplete: 'Tick the missing materials; the resident is told all at once'
	}
};

export const caseKindLabels: Labels<CaseKind> = {
	zh: { accepted: '承诺件', forwarded: '上报件' },
	en: { accepted: 'Promised', forwarded: 'Forwarded' }
};

export type WindowStatus = 'open' | 'paused' | 'closed';

export const windowStatusLabels: Labels<WindowStatus> = {
	zh: { open: '服务中', paused: '暂停服务', closed: '已关闭' },
	en: { open: 'Open', paused: 'Paused', closed: 'Closed' }
};

/** An open window with nobody at it, as the lobby and window screens say it. */
export const windowIdleLabel: Record<Lang, string> = { zh: '空闲', en: 'Free' };

export const materialFormLabels: Labels<MaterialForm> = {
	zh: { original: '原件', copy: '复印件', original_and_copy: '原件及复印件' },
	en: { original: 'Original', copy: 'Copy', original_and_copy: 'Original and copy' }
};

/** What an audit log entry records (审计日志), on the admin audit page and its CSV export. */
export const auditActionLabels: Labels<AuditEntry['action']> = {
	zh: {
		login: '登录',
		logout: '退出登录',
		login_failed: '登录失败',
		pause: '暂停服务',
		resume: '恢复服务',
		case_done: '办结',
		staff_created: '新建工作人员',
		password_changed: '修改密码',
		staff_updated: '修改工作人员',
		staff_disabled: '停用账号',
		staff_enabled: '启用账号',
		password_reset: '重置密码',
		window_created: '新建窗口',
		window_updated: '修改窗口',
		window_retired: '撤销窗口',
		catalogue_updated: '修改事项目录',
		settings_updated: '修改公告、语音与取号设置',
		calendar_updated: '修改节假日',
		hours_updated: '修改办公时间',
		device_paired: '配对设备',
		device_unpaired: '取消设备配对',
		audit_exported: '导出审计日志'
	},
	en: {
		login: 'Logged in',
		logout: 'Logged out',
		login_failed: 'Login failed',
		pause: 'Paused',
		resume: 'Resumed',
		case_done: 'Case completed',
		staff_created: 'Staff created',
		password_changed: 'Password changed',
		staff_updated: 'Staff edited',
		staff_disabled: 'Account disabled',
		staff_enabled: 'Account enabled',
		password_reset: 'Password reset',
		window_created: 'Window created',
		window_updated: 'Window edited',
		window_retired: 'Window retired',
		catalogue_updated: 'Catalogue edited',
		settings_updated: 'Settings changed',
		calendar_updated: 'Calendar changed',
		hours_updated: 'Hours changed',
		device_paired: 'Device paired',
		device_unpaired: 'Device unpaired',
		audit_exported: 'Audit log exported'
	}
};

/** A clerk's place at a window (窗口人员AB角制); S: a supervisor acting on it. */
export const windowRoleLabels: Labels<'A' | 'B' | 'S'> = {
	zh: { A: 'A岗', B: 'B岗', S: '督导' },
	en: { A: 'A clerk', B: 'B clerk', S: 'Supervisor' }
};

/**
 * A ticket of an earlier day that was never finished: once the hall's day has changed it will not
 * be called, and the resident's phone says so, with what to do, instead of a queue position.
 */
export const expiredTicketLabels: Labels<'state' | 'advice'> = {
	zh: {
		state: '已作废',
		advice: '号码仅限取号当天使用。未办理完的事项请重新取号；如有疑问，请咨询大厅工作人员。'
	},
	en: {
		state: 'Void',
		advice:
			'A number is valid only on the day it is taken. Please take a new number for anything still to be done; staff in the hall will help with any questions.'
	}
};

/** The heading of an expired ticket: the day it was taken ('2026-03-02'), and that it was not served. */
export function expiredTicketTitle(day: string, lang: Lang = 'zh'): string {
	const [, month, date] = day.split('-').map(Number);
	if (lang === 'en') return `Taken on ${day}, not served that day`;
	return `${month}月${date}日取的号，当日未办理`;
}

/** Short forms for the Chinese side, the product's first language. */
export const matterKindLabel = (kind: MatterKind, lang: Lang = 'zh') => matterKindLabels[lang][kind];
export const ticketStateLabel = (state: TicketState, lang: Lang = 'zh') => ticketStateLabels[lang][state];
export const outcomeLabel = (kind: OutcomeKind, lang: Lang = 'zh') => outcomeLabels[lang][kind];
export const caseKindLabel = (kind: CaseKind, lang: Lang = 'zh') => caseKindLabels[lang][kind];
export const windowStatusLabel = (status: WindowStatus, lang: Lang = 'zh') => windowStatusLabels[lang][status];
export const materialFormLabel = (form: MaterialForm, lang: Lang = 'zh') => materialFormLabels[lang][form];
export const expiredTicketLabel = (key: 'state' | 'advice', lang: Lang = 'zh') => expiredTicketLabels[lang][key];
export const ticketActionLabel = (action: TicketAction, lang: Lang = 'zh') => ticketActionLabels[lang][action];
