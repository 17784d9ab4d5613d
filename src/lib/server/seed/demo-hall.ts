/**
 * Demo hall layout for 演示镇便民服务中心: six windows and their staff (窗口人员AB角制:
 * each window has a usual clerk A and a covering clerk B from the neighbouring window).
 */
import type { Matter, ServiceWindow, Staff } from '../../domain/types';
import { demoMatters, demoSite } from './demo-catalogue';

export const demoStaff: Omit<Staff, 'passwordHash'>[] = [
	{ id: 'w1', username: 'w1', name: '陈志刚', staffNo: 'YZ001', role: 'clerk' },
	{ id: 'w2', username: 'w2', name: '王雪梅', staffNo: 'YZ002', role: 'clerk' },
	{ id: 'w3', username: 'w3', name: '周晓燕', staffNo: 'YZ003', role: 'clerk' },
	{ id: 'w4', username: 'w4', name: '吴建国', staffNo: 'YZ004', role: 'clerk' },
	{ id: 'w5', username: 'w5', name: '刘海峰', staffNo: 'YZ005', role: 'clerk' },
	{ id: 'w6', username: 'w6', name: '徐静', staffNo: 'YZ006', role: 'clerk' },
	{ id: 'admin', username: 'admin', name: '值班主任', staffNo: 'YZ100', role: 'supervisor' }
];

const inCategory =
	(...categoryIds: string[]) =>
	(m: Matter): boolean =>
		categoryIds.includes(m.categoryId);

const named =
	(...ids: string[]) =>
	(m: Matter): boolean =>
		ids.includes(m.id);

interface Plan {
	number: number;
	staffA: string;
	staffB: string;
	serves: (m: Matter) => boolean;
}

/** 人社 matters: the social-insurance and employment work shared by windows 2 and 4. */
const socialSecurity = named(
	'resident-pension-enrol',
	'resident-pension-claim',
	'resident-medical-enrol',
	'employment-card',
	'unemployment-register',
	'flexible-insurance'
);

const plans: Plan[] = [
	// 项目投资 + 生产经营
	{ number: 1, staffA: 'w1', staffB: 'w2', serves: inCategory('invest', 'business') },
	// 综合窗口: the busiest matters of several categories
	{
		number: 2,
		staffA: 'w2',
		staffB: 'w1',
		serves: (m) =>
			named(
				'project-filing',
				'sole-trader-register',
				'sole-trader-change',
				'sole-trader-close',
				'food-licence-small',
				'vat-invoice-agent',
				'tax-info-confirm',
				'resident-insurance-payment'
			)(m) || socialSecurity(m)
	},
	// 民生服务 (全部)
	{ number: 3, staffA: 'w3', staffB: 'w4', serves: inCategory('livelihood') },
	// 民生服务 (人社、卫健、老龄)
	{
		number: 4,
		staffA: 'w4',
		staffB: 'w3',
		serves: (m) => socialSecurity(m) || named('birth-registration', 'elderly-allowance')(m)
	},
	// 公安服务
	{ number: 5, staffA: 'w5', staffB: 'w6', serves: inCategory('police') },
	// 税务服务
	{ number: 6, staffA: 'w6', staffB: 'w5', serves: inCategory('tax') }
];

/** A fresh copy on each call so callers may mutate what they get. */
export function demoWindows(): ServiceWindow[] {
	return plans.map((p) => ({
		id: `win-${p.number}`,
		siteId: demoSite.id,
		number: p.number,
		name: `${p.number}号窗口`,
		matterIds: demoMatters.filter(p.serves).map((m) => m.id),
		staffA: p.staffA,
		staffB: p.staffB
	}));
}
