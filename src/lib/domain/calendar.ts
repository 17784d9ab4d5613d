/**
 * A hall's calendar for promised dates and opening days: the shipped State Council list
 * (holidays-cn.ts) and the days off by law every year, plus the hall's own additions (imported
 * notices, local days off) and minus its removals. Pure; `settings.holidays` / `settings.workdays`
 * hold the additions, `settings.calendarRemoved` the removals.
 */
import { SHIPPED_NOTICES, statutoryFixedDays } from './holidays-cn';

export interface CalendarOwn {
	/** Days off the hall added to the shipped list (imported notices, local days). */
	holidays: string[];
	/** 调休上班 days the hall added. */
	workdays?: string[];
	/** Shipped days the hall took out. */
	calendarRemoved?: { holidays: string[]; workdays: string[] };
}

export interface Calendar {
	holidays: string[];
	workdays: string[];
}

const SHIPPED_YEARS = SHIPPED_NOTICES.map((n) => n.year);
/** The years the calendar covers: the first shipped year to two years after the last. */
export const CALENDAR_YEARS: number[] = Array.from(
	{ length: Math.max(...SHIPPED_YEARS) + 3 - Math.min(...SHIPPED_YEARS) },
	(_, i) => Math.min(...SHIPPED_YEARS) + i
);

const sorted = (days: Iterable<string>) => [...new Set(days)].sort();

/** The list a hall starts from: shipped notices and the fixed statutory days of every covered year. */
export function baseCalendar(): Calendar {
	return {
		holidays: sorted([
			...SHIPPED_NOTICES.flatMap((n) => n.holidays.flatMap((h) => h.days)),
			...CALENDAR_YEARS.flatMap(statutoryFixedDays)
		]),
		workdays: sorted(SHIPPED_NOTICES.flatMap((n) => n.workdays))
	};
}

/** The days the hall actually keeps: base plus its additions minus its removals; a holiday wins. */
export function effectiveCalendar(own: CalendarOwn): Calendar {
	const base = baseCalendar();
	const gone = own.calendarRemoved ?? { holidays: [], workdays: [] };
	const holidays = sorted([...base.holidays, ...own.holidays].filter((d) => !gone.holidays.includes(d)));
	const off = new Set(holidays);
	const workdays = sorted([...base.workdays, ...(own.workdays ?? [])].filter((d) => !gone.workdays.includes(d) && !off.has(d)));
	return { holidays, workdays };
}

/** What to keep in config so that the effective calendar is `desired`. */
export function calendarOwnFor(desired: Calendar): Required<CalendarOwn> {
	const base = baseCalendar();
	const want = { holidays: new Set(desired.holidays), workdays: new Set(desired.workdays) };
	return {
		holidays: sorted(desired.holidays.filter((d) => !base.holidays.includes(d))),
		workdays: sorted(desired.workdays.filter((d) => !base.workdays.includes(d))),
		calendarRemoved: {
			holidays: base.holidays.filter((d) => !want.holidays.has(d)),
			workdays: base.workdays.filter((d) => !want.workdays.has(d))
		}
	};
}

/** Where a day off or 调休 day comes from, for the calendar page. */
export function shippedSource(day: string): string | null {
	for (const n of SHIPPED_NOTICES) {
		const h = n.holidays.find((x) => x.days.includes(day));
		if (h) return h.name;
		if (n.workdays.includes(day)) return '调休上班';
	}
	if (statutoryFixedDays(Number(day.slice(0, 4))).includes(day)) return '法定假日';
	return null;
}
