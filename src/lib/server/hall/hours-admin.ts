/**
 * Opening hours, quotas, the reprint window, dispatch and the year calendar from /admin/hours.
 * Each change takes the hall's one path: authorize a supervisor, check the whole form
 * (validateHours), then under the lock write config.json, record it in the day's audit trail
 * ('hours_updated' / 'calendar_updated' with a short note) and push the hall to every site, so
 * kiosks see the new hours on their next status check.
 */
import type { CalendarInput, HoursInput, NoticeImportInput } from '$lib/core/requests';
import { DEFAULT_DISPATCH, hallCalendar, type HallConfig, type HallSettings } from '$lib/core/state';
import { calendarOwnFor, CALENDAR_YEARS, type Calendar } from '$lib/domain/calendar';
import { invalid } from '$lib/domain/errors';
import { parseHolidayNotice, type ParsedNotice } from '$lib/domain/holiday-notice';
import { ALWAYS_OPEN, type OpeningHours } from '$lib/domain/hours';
import { validateHours } from '$lib/domain/hours-edit';
import { appendAudit, changeNote } from './audit';
import { authorize } from './authorize';
import type { HallContext } from './context';
import { publish } from './publish';

export const DEFAULT_REPRINT_MINUTES = 10;

export interface HoursView {
	hours: OpeningHours;
	reprintMinutes: number;
	dispatch: { priorityRatio: number; recallLimit: number };
}

export interface CalendarView extends Calendar {
	years: number[];
	/** The hall's own additions and removals against the shipped list. */
	added: Calendar;
	removed: Calendar;
}

export function hoursView(settings: HallSettings): HoursView {
	return {
		hours: settings.hours ?? ALWAYS_OPEN,
		reprintMinutes: settings.reprintMinutes ?? DEFAULT_REPRINT_MINUTES,
		dispatch: { ...DEFAULT_DISPATCH, ...settings.dispatch }
	};
}

export function calendarView(settings: HallSettings): CalendarView {
	return {
		...hallCalendar(settings),
		years: CALENDAR_YEARS,
		added: { holidays: settings.holidays, workdays: settings.workdays ?? [] },
		removed: settings.calendarRemoved ?? { holidays: [], workdays: [] }
	};
}

const WD = ['', '一', '二', '三', '四', '五', '六', '日'];
const describeHours = (h: OpeningHours) =>
	h.alwaysOpen
		? '全天可取号'
		: `周${h.weekdays.map((d) => WD[d]).join('')} ` +
			h.bands.map((b) => `${b.from}-${b.to}${b.quota ? `(${b.quota})` : ''}`).join(' ') +
			(h.dailyLimit ? ` 日限${h.dailyLimit}` : '');

async function commit(
	ctx: HallContext,
	staffId: string,
	next: HallConfig,
	action: 'hours_updated' | 'calendar_updated',
	note: string
) {
	await ctx.commitConfig(next);
	await appendAudit(ctx, { at: ctx.clock(), staffId, action, note: note.slice(0, 500) });
	for (const site of ctx.config.sites) publish(ctx, site.id);
}

export function setHours(ctx: HallContext, staffId: string, input: HoursInput): Promise<HoursView> {
	authorize(ctx.config, staffId, { to: 'supervise', what: '设置办公时间和取号限额' });
	const hours: OpeningHours = JSON.parse(
		JSON.stringify({
			alwaysOpen: input.hours.alwaysOpen,
			weekdays: [...new Set(input.hours.weekdays)].sort(),
			bands: input.hours.bands.map((b) => ({ from: b.from, to: b.to, quota: b.quota })),
			dailyLimit: input.hours.dailyLimit
		})
	);
	const problems = Object.values(validateHours(hours));
	if (problems.length) throw invalid(problems.join('；'));
	return ctx.lock.run(async () => {
		const before = hoursView(ctx.config.settings);
		const settings: HallSettings = {
			...ctx.config.settings,
			hours,
			reprintMinutes: input.reprintMinutes,
			dispatch: { priorityRatio: input.dispatch.priorityRatio, recallLimit: input.dispatch.recallLimit }
		};
		const after = hoursView(settings);
		const note =
			changeNote([
				['取号时间', describeHours(before.hours), describeHours(after.hours)],
				['补打时限', before.reprintMinutes, after.reprintMinutes],
				['优先号比例', before.dispatch.priorityRatio, after.dispatch.priorityRatio],
				['重呼次数', before.dispatch.recallLimit, after.dispatch.recallLimit]
			]) || '无变化';
		await commit(ctx, staffId, { ...ctx.config, settings }, 'hours_updated', note);
		return after;
	});
}

function calendarNote(before: Calendar, after: Calendar): string {
	const diff = (a: string[], b: string[]) => b.filter((d) => !a.includes(d));
	const parts = [
		['放假', diff(before.holidays, after.holidays), diff(after.holidays, before.holidays)],
		['调休上班', diff(before.workdays, after.workdays), diff(after.workdays, before.workdays)]
	] as const;
	return (
		parts
			.filter(([, add, del]) => add.length || del.length)
			.map(([what, add, del]) => `${what}${add.length ? ` +${add.join(',')}` : ''}${del.length ? ` −${del.join(',')}` : ''}`)
			.join('；') || '无变化'
	);
}

/** Sets the whole calendar the hall keeps; what differs from the shipped list is kept in config. */
export function setHallCalendar(ctx: HallContext, staffId: string, desired: CalendarInput): Promise<CalendarView> {
	authorize(ctx.config, staffId, { to: 'supervise', what: '设置节假日' });
	for (const day of [...desired.holidays, ...desired.workdays]) {
		const ms = Date.parse(`${day}T00:00:00Z`);
		if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) throw invalid(`日期"${day}"不存在`);
	}
	for (const day of desired.workdays) {
		const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
		if (wd !== 0 && wd !== 6) throw invalid(`${day}不是周末，不能设为调休上班日`);
		if (desired.holidays.includes(day)) throw invalid(`${day}不能既放假又上班`);
	}
	return ctx.lock.run(async () => {
		const before = hallCalendar(ctx.config.settings);
		const own = calendarOwnFor(desired);
		const settings: HallSettings = { ...ctx.config.settings, ...own };
		const note = calendarNote(before, hallCalendar(settings));
		await commit(ctx, staffId, { ...ctx.config, settings }, 'calendar_updated', note);
		return calendarView(settings);
	});
}

/** Imports a pasted State Council notice: its days off and 调休 days join the hall's calendar. */
export function importNotice(
	ctx: HallContext,
	staffId: string,
	input: NoticeImportInput
): Promise<{ parsed: ParsedNotice; calendar: CalendarView }> {
	authorize(ctx.config, staffId, { to: 'supervise', what: '导入节假日通知' });
	const parsed = parseHolidayNotice(input.text, input.year);
	if (parsed.errors.length) throw invalid(`通知无法导入：${parsed.errors[0]}`);
	return ctx.lock.run(async () => {
		const s = ctx.config.settings;
		const before = hallCalendar(s);
		const desired: Calendar = {
			holidays: [...new Set([...before.holidays, ...parsed.allHolidays])].filter((d) => !parsed.allWorkdays.includes(d)),
			workdays: [...new Set([...before.workdays, ...parsed.allWorkdays])].filter((d) => !parsed.allHolidays.includes(d))
		};
		const settings: HallSettings = { ...s, ...calendarOwnFor(desired) };
		const note = `导入${input.year}年节假日通知：放假${parsed.allHolidays.length}天、调休上班${parsed.allWorkdays.length}天`;
		await commit(ctx, staffId, { ...ctx.config, settings }, 'calendar_updated', note);
		return { parsed, calendar: calendarView(settings) };
	});
}
