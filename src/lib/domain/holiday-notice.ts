/**
 * Reads the text of a State Council holiday notice (国务院办公厅关于XXXX年部分节假日安排的通知), as
 * an admin pastes it, into days off and 调休 working days. Pure: the page shows the result for
 * confirmation and the server parses the same text again before it saves anything.
 *
 * A line it reads: "二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，
 * 共9天。2月14日（周六）、2月28日（周六）上班。" Lines without a "名称：" and a date (the heading,
 * "经国务院批准……", the closing paragraph) are skipped. A weekday in brackets that does not match
 * the date, a count ("共N天") that does not match the range, or a 上班 day that is not a weekend is
 * reported as a warning, so a notice pasted under the wrong year is caught before it is saved.
 */

export interface NoticeHoliday {
	name: string;
	days: string[];
	/** 上班 days the line declares (调休上班). */
	workdays: string[];
	/** The line as pasted. */
	line: string;
}

export interface ParsedNotice {
	year: number;
	holidays: NoticeHoliday[];
	/** Every day off, sorted, without repeats. */
	allHolidays: string[];
	/** Every 调休上班 day, sorted, without repeats. */
	allWorkdays: string[];
	warnings: string[];
	/** Lines that look like a holiday line but could not be read; nothing should be saved. */
	errors: string[];
}

const WEEKDAY = '日一二三四五六';
const FULLWIDTH = /[０-９]/g;

interface DateToken {
	year?: number;
	month?: number;
	day: number;
	weekday?: string;
	index: number;
	end: number;
}

const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:[（(]([^）)]*)[）)])?/g;

function tokens(text: string): DateToken[] {
	return [...text.matchAll(DATE)].map((m) => ({
		year: m[1] ? Number(m[1]) : undefined,
		month: m[2] ? Number(m[2]) : undefined,
		day: Number(m[3]),
		weekday: /[周星期]([一二三四五六日天])/.exec(m[4] ?? '')?.[1]?.replace('天', '日'),
		index: m.index,
		end: m.index + m[0].length
	}));
}

function dayKey(y: number, m: number, d: number): string | null {
	const ms = Date.UTC(y, m - 1, d);
	const date = new Date(ms);
	if (m < 1 || m > 12 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
	return date.toISOString().slice(0, 10);
}

const weekdayOf = (day: string) => WEEKDAY[new Date(`${day}T00:00:00Z`).getUTCDay()];
const addDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const label = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/** Parses a pasted notice for `year` (the year the notice is for). */
export function parseHolidayNotice(text: string, year: number): ParsedNotice {
	const out: ParsedNotice = { year, holidays: [], allHolidays: [], allWorkdays: [], warnings: [], errors: [] };
	const lines = text
		.replace(FULLWIDTH, (c) => String(c.charCodeAt(0) - 0xff10))
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);
	for (const line of lines) {
		const m = /^(?:[一二三四五六七八九十]+[、.．]\s*)?([^：:，。]{1,16})[：:](.*)$/.exec(line);
		if (!m || !tokens(m[2]).length) continue;
		const name = m[1].trim();
		const parsed = parseLine(name, m[2], year, out.warnings);
		if (typeof parsed === 'string') out.errors.push(`"${line}"：${parsed}`);
		else out.holidays.push({ ...parsed, line });
	}
	if (!out.holidays.length && !out.errors.length) out.errors.push('没有找到节假日安排，请粘贴通知中"一、元旦：……"这样的各行');
	out.allHolidays = [...new Set(out.holidays.flatMap((h) => h.days))].sort();
	out.allWorkdays = [...new Set(out.holidays.flatMap((h) => h.workdays))].sort();
	for (const day of out.allWorkdays) {
		if (out.allHolidays.includes(day)) out.errors.push(`${label(day)}既是放假日又是上班日`);
	}
	return out;
}

function parseLine(
	name: string,
	body: string,
	year: number,
	warnings: string[]
): string | { name: string; days: string[]; workdays: string[] } {
	const days: string[] = [];
	const workdays: string[] = [];
	let sawHoliday = false;
	for (const sentence of body.split('。').filter((s) => s.trim())) {
		const found = tokens(sentence);
		if (!found.length) continue;
		const resolve = (t: DateToken, prev?: { year: number; month: number }): string | null => {
			const month = t.month ?? prev?.month;
			if (month === undefined) return null;
			let y = t.year ?? prev?.year ?? year;
			// "12月31日至1月2日": the range runs into the next year.
			if (t.year === undefined && prev && month < prev.month) y = prev.year + 1;
			return dayKey(y, month, t.day);
		};
		const checkWeekday = (t: DateToken, day: string) => {
			if (t.weekday && t.weekday !== weekdayOf(day))
				warnings.push(`${name}：${label(day)}注明"周${t.weekday}"，但${year}年的这一天是周${weekdayOf(day)}，请核对年份`);
		};
		if (/放假/.test(sentence) && !/上班/.test(sentence.slice(found[0].index, sentence.indexOf('放假')))) {
			const first = found[0];
			const start = resolve(first);
			if (!start) return `无法识别放假开始日期`;
			checkWeekday(first, start);
			let end = start;
			const second = found[1];
			if (second && /^\s*至\s*$/.test(sentence.slice(first.end, second.index))) {
				const to = resolve(second, { year: Number(start.slice(0, 4)), month: Number(start.slice(5, 7)) });
				if (!to) return `无法识别放假结束日期`;
				checkWeekday(second, to);
				end = to;
			}
			if (end < start) return `放假结束日期早于开始日期`;
			for (let d = start; d <= end; d = addDay(d)) days.push(d);
			if (days.length > 15) return `放假天数超过15天，请核对`;
			const total = /共(\d+)天/.exec(sentence)?.[1] ?? /放假(\d+)天/.exec(sentence)?.[1];
			if (total && Number(total) !== days.length)
				warnings.push(`${name}：通知写"共${total}天"，但${label(start)}至${label(end)}是${days.length}天`);
			sawHoliday = true;
		} else if (/上班/.test(sentence)) {
			let prev: { year: number; month: number } | undefined;
			for (const t of found) {
				const day = resolve(t, prev);
				if (!day) return `无法识别上班日期`;
				checkWeekday(t, day);
				if (!'六日'.includes(weekdayOf(day))) warnings.push(`${name}：${label(day)}是周${weekdayOf(day)}，本来就是工作日`);
				workdays.push(day);
				prev = { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) };
			}
		} else return `看不懂"${sentence.trim()}"，应写明"放假"或"上班"`;
	}
	if (!sawHoliday) return '没有找到放假日期';
	return { name, days, workdays };
}
