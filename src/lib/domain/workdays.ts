/**
 * Working-day arithmetic for 承诺件 due dates. Pure Y-M-D arithmetic in UTC, so the process zone
 * never shifts a day. `holidays` are statutory days off (法定节假日); `workdays` are weekend days
 * declared working (调休上班), e.g. the Saturday after National Day.
 */
import { invalid } from './errors';

const DAY = 86_400_000;

function parseDay(day: string): number {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!m) throw invalid(`日期"${day}"格式应为YYYY-MM-DD`);
	const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	if (formatDay(ms) !== day) throw invalid(`日期"${day}"不存在`);
	return ms;
}

function formatDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** Is `day` a working day, given the year's holiday and 调休 lists? A holiday wins over a workday. */
export function isWorkingDay(day: string, holidays: string[] = [], workdays: string[] = []): boolean {
	if (holidays.includes(day)) return false;
	if (workdays.includes(day)) return true;
	const weekday = new Date(parseDay(day)).getUTCDay();
	return weekday !== 0 && weekday !== 6;
}

/**
 * The day on which `days` working days after `startDay` have passed (startDay itself not counted).
 * 0 returns startDay.
 */
export function addWorkingDays(startDay: string, days: number, holidays: string[] = [], workdays: string[] = []): string {
	if (!Number.isInteger(days) || days < 0) throw invalid(`工作日数"${days}"应为非负整数`);
	let ms = parseDay(startDay);
	const off = new Set(holidays);
	const on = new Set(workdays);
	let counted = 0;
	while (counted < days) {
		ms += DAY;
		const day = formatDay(ms);
		const weekday = new Date(ms).getUTCDay();
		const working = !off.has(day) && (on.has(day) || (weekday !== 0 && weekday !== 6));
		if (working) counted++;
	}
	return formatDay(ms);
}
