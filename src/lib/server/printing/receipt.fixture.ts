/** A realistic receipt for tests and demos: long mixed text, two missing materials. */
import type { ReceiptData } from './receipt';

export const sample: ReceiptData = {
	hallName: '演示镇便民服务中心',
	number: 'A012',
	matterName: '城乡居民基本养老保险参保登记（含 Online Registration）',
	categoryName: '社会保障',
	kind: 'promised',
	promisedDays: 3,
	legalDays: 20,
	windowNames: ['1号窗口', '2号窗口'],
	ahead: 4,
	etaMinutes: 18,
	issuedAt: '2025-03-04 09:30',
	statusUrl: 'https://yizhan.example.cn/t/Qx7fK2mZ9pLw',
	materials: [
		{ name: '居民身份证', form: 'original', copies: 1 },
		{ name: '户口簿', form: 'original_and_copy', copies: 1, note: '户主页及本人页复印在同一张A4纸上, bring the original too' },
		{ name: '近期免冠一寸彩色照片', form: 'original', copies: 2 },
		{ name: '银行卡（社保卡）', form: 'copy', copies: 1 }
	],
	missing: ['户口簿', '银行卡（社保卡）'],
	priority: true,
	conditions: ['年满16周岁（不含在校学生），非国家机关和事业单位工作人员', '未参加职工基本养老保险'],
	fee: '¥0（不收费）',
	enquiry: '社保服务窗口',
	phone: '0571-8888 8888',
	serial: 'YZ20250304-0012'
};
