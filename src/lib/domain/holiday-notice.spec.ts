import { describe, expect, it } from 'vitest';
import { parseHolidayNotice } from './holiday-notice';

// Real lines of the 2026 notice (国务院办公厅关于2026年部分节假日安排的通知), as pasted.
const NOTICE_2026 = `国务院办公厅关于2026年部分节假日安排的通知
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作。`;

describe('parseHolidayNotice', () => {
	it('reads the whole 2026 notice, skipping the heading and closing paragraphs', () => {
		const p = parseHolidayNotice(NOTICE_2026, 2026);
		expect(p.errors).toEqual([]);
		expect(p.warnings).toEqual([]);
		expect(p.holidays.map((h) => h.name)).toEqual(['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']);
		expect(p.allHolidays).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
		expect(p.allWorkdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
		expect(p.holidays[1]).toMatchObject({
			days: expect.arrayContaining(['2026-02-15', '2026-02-23']),
			workdays: ['2026-02-14', '2026-02-28']
		});
	});

	it('a range across months: 2025 端午节 5月31日至6月2日, 春节 1月28日至2月4日', () => {
		const p = parseHolidayNotice(
			'五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。\n二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。',
			2025
		);
		expect(p.errors).toEqual([]);
		expect(p.holidays[0].days).toEqual(['2025-05-31', '2025-06-01', '2025-06-02']);
		expect(p.holidays[1].days[0]).toBe('2025-01-28');
		expect(p.holidays[1].days.at(-1)).toBe('2025-02-04');
		expect(p.holidays[1].workdays).toEqual(['2025-01-26', '2025-02-08']);
	});

	it('a single day without 调休: "元旦：1月1日（周三）放假1天，不调休。"', () => {
		const p = parseHolidayNotice('一、元旦：1月1日（周三）放假1天，不调休。', 2025);
		expect(p.holidays).toEqual([
			{ name: '元旦', days: ['2025-01-01'], workdays: [], line: '一、元旦：1月1日（周三）放假1天，不调休。' }
		]);
		expect(p.warnings).toEqual([]);
	});

	it('the lines of the issue, for 2027 (元旦 on a Friday)', () => {
		const p = parseHolidayNotice(
			'元旦：1月1日（周五）至3日（周日）放假调休，共3天。1月4日（周一）上班。\n春节：2月15日至23日放假调休，共9天。2月14日（周六）、2月28日（周六）上班。',
			2027
		);
		expect(p.errors).toEqual([]);
		expect(p.allHolidays).toContain('2027-01-01');
		expect(p.holidays[0].days).toEqual(['2027-01-01', '2027-01-02', '2027-01-03']);
		expect(p.holidays[1].days).toHaveLength(9);
		// 1月4日 2027 is a Monday: kept, with a warning that it was a working day anyway.
		expect(p.allWorkdays).toContain('2027-01-04');
		expect(p.warnings.join()).toContain('1月4日是周一，本来就是工作日');
	});

	it('a range with explicit years across the new year: "2022年12月31日至2023年1月2日"', () => {
		const p = parseHolidayNotice('一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。', 2023);
		expect(p.holidays[0].days).toEqual(['2022-12-31', '2023-01-01', '2023-01-02']);
		expect(p.warnings).toEqual([]);
	});

	it('warns when the weekdays do not fit the year (a notice pasted under the wrong year)', () => {
		const p = parseHolidayNotice('一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。', 2027);
		expect(p.warnings.some((w) => w.includes('请核对年份'))).toBe(true);
	});

	it('warns when "共N天" does not match the range', () => {
		const p = parseHolidayNotice('三、清明节：4月4日至6日放假，共4天。', 2026);
		expect(p.warnings).toEqual(['清明节：通知写"共4天"，但4月4日至4月6日是3天']);
	});

	it('refuses what it cannot read: an impossible date, a line with no 放假, nothing at all', () => {
		expect(parseHolidayNotice('春节：2月30日放假。', 2026).errors[0]).toContain('无法识别放假开始日期');
		expect(parseHolidayNotice('春节：2月14日（周六）上班。', 2026).errors[0]).toContain('没有找到放假日期');
		expect(parseHolidayNotice('随便写点什么', 2026).errors[0]).toContain('没有找到节假日安排');
		expect(parseHolidayNotice('春节：2月14日至16日放假。2月16日上班。', 2026).errors[0]).toContain('既是放假日又是上班日');
	});

	it('full-width digits and a half-width colon', () => {
		const p = parseHolidayNotice('元旦:１月１日放假１天。', 2028);
		expect(p.allHolidays).toEqual(['2028-01-01']);
	});
});
