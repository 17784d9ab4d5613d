/**
 * The State Council's holiday and 调休 list (国务院办公厅关于部分节假日安排的通知) for the years
 * already published, as plain data: every day off and every weekend day declared working
 * (调休上班). A hall's calendar starts from this list; its own additions and removals are kept in
 * `settings` (see calendar.ts). Years not listed here are imported by pasting the notice's text on
 * /admin/hours (holiday-notice.ts). Checked in holidays-cn.spec.ts: every date is real, every
 * 调休上班 day is a Saturday or Sunday, and no day is both.
 */

export interface ShippedHoliday {
	/** 元旦, 春节, 清明节, ... */
	name: string;
	/** Every day off, YYYY-MM-DD, in order. */
	days: string[];
}

export interface ShippedNotice {
	year: number;
	title: string;
	/** 文号 */
	docNo: string;
	/** Date the notice was issued, YYYY-MM-DD. */
	issued: string;
	holidays: ShippedHoliday[];
	/** Weekend days declared working (调休上班), YYYY-MM-DD. */
	workdays: string[];
	/** The notice's own lines, as published (also the parser's fixtures). */
	lines: string[];
}

export const SHIPPED_NOTICES: ShippedNotice[] = [
	{
		year: 2025,
		title: '国务院办公厅关于2025年部分节假日安排的通知',
		docNo: '国办发明电〔2024〕12号',
		issued: '2024-11-12',
		holidays: [
			{ name: '元旦', days: ['2025-01-01'] },
			{
				name: '春节',
				days: ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04']
			},
			{ name: '清明节', days: ['2025-04-04', '2025-04-05', '2025-04-06'] },
			{ name: '劳动节', days: ['2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-05-05'] },
			{ name: '端午节', days: ['2025-05-31', '2025-06-01', '2025-06-02'] },
			{
				name: '国庆节、中秋节',
				days: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08']
			}
		],
		workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
		lines: [
			'一、元旦：1月1日（周三）放假1天，不调休。',
			'二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。',
			'三、清明节：4月4日（周五）至6日（周日）放假，共3天。',
			'四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。',
			'五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。',
			'六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。'
		]
	},
	{
		year: 2026,
		title: '国务院办公厅关于2026年部分节假日安排的通知',
		docNo: '国办发明电〔2025〕7号',
		issued: '2025-11-04',
		holidays: [
			{ name: '元旦', days: ['2026-01-01', '2026-01-02', '2026-01-03'] },
			{
				name: '春节',
				days: [
					'2026-02-15',
					'2026-02-16',
					'2026-02-17',
					'2026-02-18',
					'2026-02-19',
					'2026-02-20',
					'2026-02-21',
					'2026-02-22',
					'2026-02-23'
				]
			},
			{ name: '清明节', days: ['2026-04-04', '2026-04-05', '2026-04-06'] },
			{ name: '劳动节', days: ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05'] },
			{ name: '端午节', days: ['2026-06-19', '2026-06-20', '2026-06-21'] },
			{ name: '中秋节', days: ['2026-09-25', '2026-09-26', '2026-09-27'] },
			{
				name: '国庆节',
				days: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']
			}
		],
		workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
		lines: [
			'一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。',
			'二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。',
			'三、清明节：4月4日（周六）至6日（周一）放假，共3天。',
			'四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。',
			'五、端午节：6月19日（周五）至21日（周日）放假，共3天。',
			'六、中秋节：9月25日（周五）至27日（周日）放假，共3天。',
			'七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。'
		]
	}
];

/**
 * Days off by law every year whatever the notice (全国年节及纪念日放假办法 第二条): 元旦 1月1日,
 * 劳动节 5月1日、2日, 国庆节 10月1日至3日. The calendar counts them for years with no notice yet, so
 * a promised date never lands on 元旦 before next year's notice is imported.
 */
export function statutoryFixedDays(year: number): string[] {
	const d = (md: string) => `${year}-${md}`;
	return [d('01-01'), d('05-01'), d('05-02'), d('10-01'), d('10-02'), d('10-03')];
}
