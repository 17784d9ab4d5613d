/**
 * Opening hours and quotas: may the hall issue a ticket right now? Pure: `now`, the hall's time
 * zone and today's counts come in, a decision comes out. A refusal says in Chinese when to come
 * back, and nothing is numbered, so a refused resident never consumes a ticket number.
 */
import { dayKey, formatTime } from './day';

/** One band of the day during which tickets are issued, e.g. 08:30-12:00, with an optional quota. */
export interface TimeBand {
	/** 'HH:mm', inclusive. */
	from: string;
	/** 'HH:mm', exclusive; '24:00' is the end of the day. */
	to: string;
	/** Most tickets issued in this band per site (none: unlimited). */
	quota?: number;
}

export interface OpeningHours {
	/** Demo and tests: issue tickets at any time, no quotas. */
	alwaysOpen?: boolean;
	/** Open weekdays, 1 = Monday ... 7 = Sunday. */
	weekdays: number[];
	/** Bands in the day when tickets are issued (a lunch break is a gap between bands). */
	bands: TimeBand[];
	/** Most tickets per site per day (none: unlimited). */
	dailyLimit?: number;
}

/** What a hall without configured hours does: always open (keeps the demo and tests working). */
export const ALWAYS_OPEN: OpeningHours = {
	alwaysOpen: true,
	weekdays: [1, 2, 3, 4, 5, 6, 7],
	bands: [{ from: '00:00', to: '24:00' }]
};

/** A typical town hall: Monday to Friday 08:30-12:00 and 13:30-17:00 (not enforced unless alwaysOpen is false). */
export const TYPICAL_HOURS: OpeningHours = {
	alwaysOpen: true,
	weekdays: [1, 2, 3, 4, 5],
	bands: [
		{ from: '08:30', to: '12:00' },
		{ from: '13:30', to: '17:00' }
	]
};

export type ClosedReason = 'closed_day' | 'before_open' | 'break' | 'after_close' | 'daily_limit' | 'band_quota';

/** When the hall next issues tickets: a day key and a time. */
export interface NextOpening {
	day: string;
	time: string;
}

export type Admission =
	{ open: true; band: TimeBand | null } | { open: false; reason: ClosedReason; next: NextOpening | null; message: string };

export interface AdmissionInput {
	hours: OpeningHours | undefined;
	now: number;
	timeZone: string;
	/** Statutory days off (YYYY-MM-DD): closed all day. */
	holidays?: string[];
	/** Weekend days declared working (调休上班, YYYY-MM-DD): open as on a Monday. */
	workdays?: string[];
	/** Tickets this site issued today. */
	issuedToday: number;
	/** Tickets this site issued today in a band (by the band's `from`). */
	issuedInBand: (band: TimeBand) => number;
}

const DAY_MS = 86_400_000;

export function minutesOf(hhmm: string): number {
	const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
	if (!m) throw new RangeError(`time "${hhmm}" is not HH:mm`);
	return Number(m[1]) * 60 + Number(m[2]);
}

/** 1 = Monday ... 7 = Sunday of a day key. */
export function weekdayOf(day: string): number {
	const d = new Date(`${day}T00:00:00Z`).getUTCDay();
	return d === 0 ? 7 : d;
}

function addDays(day: string, n: number): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

function isOpenDay(hours: OpeningHours, day: string, holidays: string[], workdays: string[] = []): boolean {
	if (holidays.includes(day)) return false;
	return hours.weekdays.includes(weekdayOf(day)) || (workdays.includes(day) && hours.weekdays.includes(1));
}

const sortedBands = (hours: OpeningHours) => [...hours.bands].sort((a, b) => minutesOf(a.from) - minutesOf(b.from));

/** The first band start strictly after `afterMinutes` on `today` (or any later open day), within two weeks. */
export function nextOpening(
	hours: OpeningHours,
	today: string,
	afterMinutes: number,
	holidays: string[] = [],
	workdays: string[] = []
): NextOpening | null {
	const bands = sortedBands(hours);
	for (let i = 0; i <= 14; i++) {
		const day = addDays(today, i);
		if (!isOpenDay(hours, day, holidays, workdays)) continue;
		const band = bands.find((b) => i > 0 || minutesOf(b.from) > afterMinutes);
		if (band) return { day, time: band.from };
	}
	return null;
}

const WEEKDAY_ZH = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** '今天 13:30', '明天（3月5日 周三）08:30' or '3月6日（周四）08:30'. */
export function describeOpening(next: NextOpening, today: string): string {
	const [, m, d] = next.day.split('-').map(Number);
	const date = `${m}月${d}日`;
	const wd = WEEKDAY_ZH[weekdayOf(next.day)];
	if (next.day === today) return `今天 ${next.time}`;
	if (next.day === addDays(today, 1)) return `明天（${date} ${wd}）${next.time}`;
	return `${date}（${wd}）${next.time}`;
}

const REASON_ZH: Record<ClosedReason, string> = {
	closed_day: '今天本中心不办公',
	before_open: '现在还未到取号时间',
	break: '现在是午间休息时间，暂停取号',
	after_close: '今天的取号时间已过',
	daily_limit: '今天的号已经取完',
	band_quota: '本时段的号已经取完'
};

/** May a ticket be issued now? Checks the day, the band, the daily limit and the band's quota. */
export function admission(input: AdmissionInput): Admission {
	const hours = input.hours;
	if (!hours || hours.alwaysOpen) return { open: true, band: null };
	const holidays = input.holidays ?? [];
	const workdays = input.workdays ?? [];
	const today = dayKey(input.now, input.timeZone);
	const minutes = minutesOf(formatTime(input.now, input.timeZone));
	const bands = sortedBands(hours);
	const refuse = (reason: ClosedReason, after: number): Admission => {
		const next = nextOpening(hours, today, after, holidays, workdays);
		const when = next ? `，请于${describeOpening(next, today)}以后再来` : '，请留意本中心公告';
		return { open: false, reason, next, message: `${REASON_ZH[reason]}${when}。` };
	};
	if (!isOpenDay(hours, today, holidays, workdays)) return refuse('closed_day', 24 * 60);
	const band = bands.find((b) => minutesOf(b.from) <= minutes && minutes < minutesOf(b.to));
	if (!band) {
		if (bands.length && minutes < minutesOf(bands[0].from)) return refuse('before_open', minutes);
		if (bands.some((b) => minutesOf(b.from) > minutes)) return refuse('break', minutes);
		return refuse('after_close', 24 * 60);
	}
	if (hours.dailyLimit !== undefined && input.issuedToday >= hours.dailyLimit) return refuse('daily_limit', 24 * 60);
	if (band.quota !== undefined && input.issuedInBand(band) >= band.quota) return refuse('band_quota', minutesOf(band.from));
	return { open: true, band };
}

/** Is `at` (epoch ms) inside `band` on the hall's clock? For counting a band's tickets. */
export function inBand(band: TimeBand, at: number, timeZone: string): boolean {
	const m = minutesOf(formatTime(at, timeZone));
	return minutesOf(band.from) <= m && m < minutesOf(band.to);
}
