/**
 * Business-day keys and clock text in the hall's own time zone. The server may run in UTC while
 * the hall is in Asia/Shanghai, so never use the process zone: always pass `timeZone`.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
	let f = formatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			// 'h23', not hour12: false: some engines print midnight as "24" with the latter.
			hourCycle: 'h23'
		});
		formatters.set(timeZone, f);
	}
	return f;
}

interface Parts {
	year: string;
	month: string;
	day: string;
	hour: string;
	minute: string;
}

function parts(now: number, timeZone: string): Parts {
	const out: Parts = { year: '', month: '', day: '', hour: '', minute: '' };
	for (const p of formatter(timeZone).formatToParts(now)) {
		if (p.type in out) out[p.type as keyof Parts] = p.value;
	}
	return out;
}

/** 'YYYY-MM-DD' of `now` in `timeZone`: the key of the business day a ticket belongs to. */
export function dayKey(now: number, timeZone: string): string {
	const p = parts(now, timeZone);
	return `${p.year}-${p.month}-${p.day}`;
}

/** 'HH:mm' (24-hour) of `now` in `timeZone`. */
export function formatTime(now: number, timeZone: string): string {
	const p = parts(now, timeZone);
	return `${p.hour}:${p.minute}`;
}

/** 'YYYY-MM-DD HH:mm' of `now` in `timeZone`, as printed on a receipt. */
export function formatDateTime(now: number, timeZone: string): string {
	return `${dayKey(now, timeZone)} ${formatTime(now, timeZone)}`;
}

/** Whether 'YYYY-MM-DD' names a real calendar day (not 2025-02-30, not 2025-13-01). */
export function isRealDay(day: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The longest a business day can last (25 h on a day clocks go back), with room to spare. */
const MAX_DAY_MS = 36 * 3_600_000;

/**
 * The first millisecond after `now` that belongs to the next business day in `timeZone`: the
 * hall's next local midnight. Found by bisection on `dayKey` itself, so daylight-saving days and
 * zones with odd offsets need no arithmetic of their own.
 *
 * @example
 * nextDayStart(Date.UTC(2026, 2, 2, 15, 59), 'Asia/Shanghai') === Date.UTC(2026, 2, 2, 16, 0)
 */
export function nextDayStart(now: number, timeZone: string): number {
	const today = dayKey(now, timeZone);
	let lo = now; // still today
	let hi = now + MAX_DAY_MS; // surely a later day
	while (hi - lo > 1) {
		const mid = lo + Math.floor((hi - lo) / 2);
		if (dayKey(mid, timeZone) === today) lo = mid;
		else hi = mid;
	}
	return hi;
}
