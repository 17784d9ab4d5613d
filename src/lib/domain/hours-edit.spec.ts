import { describe, expect, it } from 'vitest';
import { validateHours } from './hours-edit';

const ok = {
	weekdays: [1, 2, 3, 4, 5],
	bands: [
		{ from: '08:30', to: '12:00', quota: 50 },
		{ from: '13:30', to: '17:00' }
	]
};

describe('validateHours', () => {
	it('accepts a typical town hall', () => {
		expect(validateHours(ok)).toEqual({});
		expect(validateHours({ ...ok, dailyLimit: 120 })).toEqual({});
	});
	it('one Chinese message per field', () => {
		expect(
			validateHours({
				weekdays: [],
				bands: [
					{ from: '8:30', to: '12:00' },
					{ from: '13:30', to: '13:00' },
					{ from: '14:00', to: '17:00', quota: 0 }
				],
				dailyLimit: 0
			})
		).toEqual({
			weekdays: '请至少选择一个办公日',
			'bands.0.from': '第1个时段的开始时间应为 HH:mm，如 08:30',
			'bands.1.to': '第2个时段的结束时间应晚于开始时间',
			'bands.2.quota': '第3个时段的限额应为正整数，不限额请留空',
			dailyLimit: '每日总限额应为正整数，不限额请留空'
		});
	});
	it('overlapping bands and a daily limit below every band quota', () => {
		expect(
			validateHours({
				weekdays: [1],
				bands: [
					{ from: '08:30', to: '12:00', quota: 30 },
					{ from: '11:30', to: '17:00', quota: 30 }
				],
				dailyLimit: 10
			})
		).toEqual({
			'bands.1.from': '第2个时段与第1个时段（08:30-12:00）重叠',
			dailyLimit: '每日总限额（10）小于任何一个时段的限额，时段限额用不完'
		});
		expect(validateHours({ weekdays: [1], bands: [] })).toEqual({ bands: '请至少设置一个取号时段' });
	});
});
