/**
 * The hall's configuration: changed under the same lock as the queue, written durably, then the
 * new hall state pushed to every site.
 */
import type { HallConfig } from '$lib/core/state';
import { authorize } from './authorize';
import type { HallContext } from './context';
import { publish } from './publish';

export function updateConfig(ctx: HallContext, change: (config: HallConfig) => HallConfig): Promise<HallConfig> {
	return ctx.lock.run(async () => {
		await ctx.commitConfig(change(structuredClone(ctx.config)));
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
		await ctx.commitConfig({ ...ctx.config, settings });
		return { holidays: settings.holidays, workdays: settings.workdays };
	});
}
