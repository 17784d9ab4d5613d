/**
 * Searching one day's audit log for the admin page and its CSV export: the day's audit entries
 * (hash-chained) and, when a ticket number is asked for, that ticket's own events (who called,
 * served, transferred or finished it; kept on the ticket, outside the chain).
 */
import { auditActionLabels, ticketActionLabels } from '$lib/core/labels';
import type { AuditEntry, DayRecord, HallConfig } from '$lib/core/state';
import { dayKey } from '$lib/domain/day';
import { describeChain } from './audit-chain';
import { verifyDataDir } from './audit-log';
import type { Hall } from './hall';

export interface AuditFilters {
	day: string;
	/** Name, 工号 or user name (also the name tried in a failed login). */
	person?: string;
	windowId?: string;
	ticket?: string;
	caseNo?: string;
}

export interface AuditRow {
	/** 'audit': an entry of the chain, `index` its place in the day's list (0-based); 'ticket': a ticket's event. */
	source: 'audit' | 'ticket';
	index?: number;
	at: number;
	time: string;
	staffId: string;
	who: string;
	action: string;
	windowId: string;
	window: string;
	ticket: string;
	caseNo: string;
	note: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filters from a query string; a missing or malformed day means today. */
export function auditFilters(params: URLSearchParams, now: number, timeZone: string): AuditFilters {
	const get = (k: string) => params.get(k)?.trim().slice(0, 64) || undefined;
	const day = get('day');
	return {
		day: day && DAY.test(day) ? day : dayKey(now, timeZone),
		person: get('person'),
		windowId: get('window'),
		ticket: get('ticket')?.toUpperCase(),
		caseNo: get('caseNo')
	};
}

export function auditRows(config: HallConfig, record: DayRecord | null, f: AuditFilters): AuditRow[] {
	const staff = new Map(config.staff.map((s) => [s.id, s]));
	const windows = new Map(config.windows.map((w) => [w.id, w]));
	const who = (id: string | undefined) => {
		const s = id ? staff.get(id) : undefined;
		return s ? `${s.name}（${s.staffNo}）` : (id ?? '');
	};
	const time = (at: number) =>
		new Intl.DateTimeFormat('zh-CN', {
			timeZone: config.settings.timeZone,
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
			hourCycle: 'h23'
		}).format(at);
	const named = new Map<string, string>([...config.categories, ...config.matters].map((x) => [x.id, x.name]));
	// The subject's name (staff, window, category or matter); a device's name is in the note already.
	const subjectName = (e: AuditEntry) =>
		!e.subject || e.action === 'case_done' || e.action.startsWith('device_')
			? ''
			: (staff.get(e.subject)?.name ?? windows.get(e.subject)?.name ?? named.get(e.subject) ?? e.subject);

	const rows: AuditRow[] = (record?.audit ?? []).map((e, index) => ({
		source: 'audit',
		index,
		at: e.at,
		time: time(e.at),
		staffId: e.staffId,
		who: who(e.staffId),
		action: auditActionLabels.zh[e.action] ?? e.action,
		windowId: e.windowId ?? '',
		window: e.windowId ? (windows.get(e.windowId)?.name ?? e.windowId) : '',
		ticket: '',
		caseNo: e.caseNo ?? '',
		note: [subjectName(e), e.note ?? ''].filter(Boolean).join('：')
	}));
	if (f.ticket) {
		for (const t of record?.tickets ?? []) {
			if (!t.number.toUpperCase().includes(f.ticket)) continue;
			for (const ev of t.events) {
				rows.push({
					source: 'ticket',
					at: ev.at,
					time: time(ev.at),
					staffId: ev.staffId ?? '',
					who: ev.staffId ? who(ev.staffId) : '',
					action: ticketActionLabels.zh[ev.action] ?? ev.action,
					windowId: ev.windowId ?? '',
					window: ev.windowId ? (windows.get(ev.windowId)?.name ?? ev.windowId) : '',
					ticket: t.number,
					caseNo: '',
					note: ev.note ?? ''
				});
			}
		}
	}
	const person = f.person?.toLowerCase();
	return rows
		.filter((r) => {
			if (person) {
				const s = staff.get(r.staffId);
				const names = [s?.name, s?.staffNo, s?.username, r.staffId, r.note].map((x) => (x ?? '').toLowerCase());
				if (!names.some((x) => x.includes(person))) return false;
			}
			if (f.windowId && r.windowId !== f.windowId) return false;
			if (f.ticket && r.source !== 'ticket' && !r.note.toUpperCase().includes(f.ticket)) return false;
			if (f.caseNo && !r.caseNo.includes(f.caseNo)) return false;
			return true;
		})
		.sort((a, b) => a.at - b.at);
}

const CSV_HEAD = ['时间', '人员', '操作', '窗口', '票号', '办件编号', '说明', '来源', '序号'];

/** CSV for Excel: UTF-8 with a BOM (so Chinese opens right), CRLF, every field quoted. */
export function auditCsv(day: string, rows: AuditRow[]): string {
	// A cell Excel would read as a formula (a user name tried at login is free text) is quoted with '.
	const cell = (v: string | number) =>
		`"${String(v)
			.replace(/^[=+\-@\t\r]/, "'$&")
			.replace(/"/g, '""')}"`;
	const lines = [
		CSV_HEAD,
		...rows.map((r) => [
			`${day} ${r.time}`,
			r.who,
			r.action,
			r.window,
			r.ticket,
			r.caseNo,
			r.note,
			r.source === 'audit' ? '审计日志' : '票据记录',
			r.index === undefined ? '' : r.index + 1
		])
	];
	return '\uFEFF' + lines.map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n';
}

export interface AuditChainStatus {
	ok: boolean;
	/** 完整（…）or "2026-03-04 第 5 条被修改". */
	text: string;
	day?: string;
	/** 0-based index in that day's audit list. */
	index?: number;
}

/** What the audit page and `GET /api/admin/audit` show: the filtered rows and the whole chain's status. */
export async function searchAudit(hall: Hall, dataDir: string, params: URLSearchParams) {
	const filters = auditFilters(params, Date.now(), hall.timeZone);
	const rows = auditRows(hall.config, await hall.auditDay(filters.day), filters);
	const report = await verifyDataDir(dataDir, hall.auditHead);
	const chain: AuditChainStatus = report.ok
		? {
				ok: report.unreadable.length === 0,
				text: describeChain(report) + (report.unreadable.length ? `；${report.unreadable.length} 个日文件无法读取` : '')
			}
		: { ok: false, text: describeChain(report), day: report.day, index: report.index };
	return { filters, rows, chain };
}
