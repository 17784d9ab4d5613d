/**
 * Checks an opening-hours form as a whole (what a schema cannot say about one field): each band
 * ends after it starts, bands do not overlap, a weekday is chosen, the daily limit leaves room for
 * the band quotas. One Chinese message per field, keyed by the form's field name, for the page to
 * show beside the field and for the server to refuse with.
 */
import { minutesOf, type OpeningHours } from './hours';

export type HoursProblems = Record<string, string>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export function validateHours(hours: OpeningHours): HoursProblems {
	const problems: HoursProblems = {};
	if (!hours.weekdays.length) problems.weekdays = '请至少选择一个办公日';
	if (!hours.bands.length) problems.bands = '请至少设置一个取号时段';
	hours.bands.forEach((band, i) => {
		const n = i + 1;
		if (!TIME.test(band.from)) problems[`bands.${i}.from`] = `第${n}个时段的开始时间应为 HH:mm，如 08:30`;
		if (!TIME.test(band.to)) problems[`bands.${i}.to`] = `第${n}个时段的结束时间应为 HH:mm，如 12:00`;
		if (!TIME.test(band.from) || !TIME.test(band.to)) return;
		if (minutesOf(band.to) <= minutesOf(band.from)) problems[`bands.${i}.to`] = `第${n}个时段的结束时间应晚于开始时间`;
		if (band.quota !== undefined && (!Number.isInteger(band.quota) || band.quota < 1))
			problems[`bands.${i}.quota`] = `第${n}个时段的限额应为正整数，不限额请留空`;
	});
	const valid = hours.bands
		.map((b, i) => ({ b, i }))
		.filter(({ b }) => TIME.test(b.from) && TIME.test(b.to) && minutesOf(b.from) < minutesOf(b.to))
		.sort((x, y) => minutesOf(x.b.from) - minutesOf(y.b.from));
	for (let k = 1; k < valid.length; k++) {
		const prev = valid[k - 1];
		const cur = valid[k];
		if (minutesOf(cur.b.from) < minutesOf(prev.b.to))
			problems[`bands.${cur.i}.from`] ??= `第${cur.i + 1}个时段与第${prev.i + 1}个时段（${prev.b.from}-${prev.b.to}）重叠`;
	}
	if (hours.dailyLimit !== undefined) {
		if (!Number.isInteger(hours.dailyLimit) || hours.dailyLimit < 1) problems.dailyLimit = '每日总限额应为正整数，不限额请留空';
		else if (hours.bands.length && hours.bands.every((b) => b.quota !== undefined)) {
			const sum = hours.bands.reduce((s, b) => s + (b.quota ?? 0), 0);
			if (sum > 0 && hours.dailyLimit < Math.min(...hours.bands.map((b) => b.quota ?? 0)))
				problems.dailyLimit = `每日总限额（${hours.dailyLimit}）小于任何一个时段的限额，时段限额用不完`;
		}
	}
	return problems;
}
