/**
 * The hall's configuration: changed under the same lock as the queue, written durably, then the
 * new hall state pushed to every site.
 */
import type { AuditEntry, HallConfig } from '$lib/core/state';
import { appendAudit, changeNote } from './audit';
import { authorize } from './authorize';
import type { HallContext } from './context';
import { publish } from './publish';

/** What the audit log says about a config change: who and what; the note may be worked out from before and after. */
export type ConfigAudit = Omit<AuditEntry, 'at' | 'note'> & {
	note?: string | ((before: HallConfig, after: HallConfig) => string);
};

export function updateConfig(
	ctx: HallContext,
	change: (config: HallConfig) => HallConfig,
	audit?: ConfigAudit
): Promise<HallConfig> {
	return ctx.lock.run(async () => {
		const before = ctx.config;
		await ctx.commitConfig(change(structuredClone(ctx.config)));
		if (audit) {
			const { note: describe, ...entry } = audit;
			const note = typeof describe === 'function' ? describe(before, ctx.config) : describe;
			await appendAudit(ctx, { ...entry, at: ctx.clock(), ...(note ? { note } : {}) });
		}
		for (const site of ctx.config.sites) publish(ctx, site.id);
		return ctx.config;
	});
}

/**
 * The hall calendar for promised dates: statutory holidays (法定节假日) and weekend days declared
 * working (调休上班). Supervisors only; written to config.json before it applies.
 */
export function setCalendar(ctx: HallContext, staffId: string, calendar: { holidays: string[]; workdays: string[] }) {
	authorize(ctx.config, staffId, { to: 'supervise', what: '设置节假日' });
	return ctx.lock.run(async () => {
		const clean = (days: string[]) => [...new Set(days)].sort();
		const settings = { ...ctx.config.settings, holidays: clean(calendar.holidays), workdays: clean(calendar.workdays) };
		const note = changeNote([
			['节假日', days(ctx.config.settings.holidays), days(settings.holidays)],
			['调休上班', days(ctx.config.settings.workdays), days(settings.workdays)]
		]);
		await ctx.commitConfig({ ...ctx.config, settings });
		await appendAudit(ctx, { at: ctx.clock(), staffId, action: 'calendar_updated', ...(note ? { note } : {}) });
		return { holidays: settings.holidays, workdays: settings.workdays };
	});
}

const days = (list: string[] | undefined) => (list?.length ? list.join('、') : '无');
