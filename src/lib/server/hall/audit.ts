/** Appends one entry to today's audit trail (the day file), durably. Call under `ctx.lock`. */
import type { AuditEntry } from '$lib/core/state';
import type { HallContext } from './context';

export async function appendAudit(ctx: HallContext, entry: AuditEntry) {
	const day = await ctx.currentDay();
	await ctx.commitDay({ ...day, audit: [...(day.audit ?? []), entry] });
}

/** "姓名 张三→张三丰；角色 窗口人员→值班主任": what an edit changed, for the audit note. */
export function changeNote(fields: [label: string, before: unknown, after: unknown][]): string {
	return fields
		.filter(([, before, after]) => JSON.stringify(before) !== JSON.stringify(after))
		.map(([label, before, after]) => `${label} ${String(before ?? '—')}→${String(after ?? '—')}`)
		.join('；');
}
