import { describe, expect, it } from 'vitest';
import { kindLabel, materialFormLabel, missingOf, servedHere, siteCatalogue, validateCatalogue, windowsFor } from './catalogue';
import { categories, matters } from './testing';
import type { Catalogue } from './types';

describe('labels', () => {
	it('names the three kinds of matter as the kiosk prints them', () => {
		expect(kindLabel('instant', 0)).toBe('即办件（当场办结）');
		expect(kindLabel('promised', 5)).toBe('承诺件（5个工作日办结）');
		expect(kindLabel('forwarded', 0)).toBe('上报件（代理代办）');
	});

	it('names material forms', () => {
		expect(materialFormLabel('original')).toBe('原件');
		expect(materialFormLabel('copy')).toBe('复印件');
		expect(materialFormLabel('original_and_copy')).toBe('原件及复印件');
	});
});

describe('validateCatalogue', () => {
	it('accepts a sound catalogue', () => {
		expect(validateCatalogue({ categories, matters })).toEqual([]);
	});

	it('lists every problem in Chinese', () => {
		const c: Catalogue = {
			categories: [
				...categories,
				{ id: 'civil', name: '重复分类', prefix: 'C', order: 3 },
				{ id: 'land', name: '自然资源', prefix: 'A', order: 4 },
				{ id: 'misc', name: '其他', prefix: 'd', order: 5 }
			],
			matters: [
				...matters,
				{ ...matters[0], name: '重复事项' },
				{ ...matters[1], id: 'm-farm', name: '农机补贴', categoryId: 'agri' },
				{ ...matters[1], id: 'm-build', name: '建房审批', kind: 'promised', promisedDays: 0 }
			]
		};
		expect(validateCatalogue(c)).toEqual([
			'分类编号"civil"重复',
			'事项编号"m-residence"重复',
			'分类"其他"的号码前缀"d"应为一个大写字母',
			'号码前缀"A"被多个分类使用：民生服务、自然资源',
			'事项"农机补贴"所属分类"agri"不存在',
			'承诺件"建房审批"的承诺时限应为正整数个工作日'
		]);
	});
});

describe('expectedTrips', () => {
	it('is one for 即办件, two for 承诺件, as configured for 上报件', async () => {
		const { expectedTrips } = await import('./catalogue');
		expect(expectedTrips({ kind: 'instant' })).toBe(1);
		expect(expectedTrips({ kind: 'promised' })).toBe(2);
		expect(expectedTrips({ kind: 'forwarded' })).toBe(2);
		expect(expectedTrips({ kind: 'forwarded', trips: 3 })).toBe(3);
	});
});

describe('missingOf', () => {
	const matter = {
		materials: [
			{ name: '身份证', form: 'original' as const, copies: 1 },
			{ name: '户口簿', form: 'copy' as const, copies: 1 }
		]
	};
	it('keeps each marked material once and refuses one the matter does not ask for', () => {
		expect(missingOf(matter, ['户口簿', '户口簿'])).toEqual(['户口簿']);
		expect(() => missingOf(matter, ['结婚证'])).toThrow('"结婚证"不是该事项所需的材料');
	});
});

describe('siteCatalogue', () => {
	const site = { id: 'site-1', name: '演示镇便民服务中心' };
	const windows = [
		{ id: 'w-2', siteId: 'site-1', number: 2, name: '2号窗口', matterIds: ['m-residence'], staffA: 'a', staffB: 'b' },
		{
			id: 'w-1',
			siteId: 'site-1',
			number: 1,
			name: '1号窗口',
			matterIds: ['m-residence', 'm-elderly'],
			staffA: 'a',
			staffB: 'b'
		},
		{ id: 'w-9', siteId: 'site-2', number: 1, name: '1号窗口', matterIds: ['m-pension'], staffA: 'a', staffB: 'b' }
	];
	const reversed = { categories: [...categories].reverse(), matters: [...matters].reverse().map((m, i) => ({ ...m, order: i })) };

	it('keeps the configured order and only this site’s windows, without staff', () => {
		const c = siteCatalogue({ ...reversed, windows }, site);
		expect(c.site).toBe(site);
		expect(c.categories.map((x) => x.id)).toEqual(['civil', 'social']);
		expect(c.matters.map((m) => m.order)).toEqual([0, 1, 2, 3]);
		expect(c.windows).toEqual([
			{ id: 'w-2', number: 2, name: '2号窗口', matterIds: ['m-residence'] },
			{ id: 'w-1', number: 1, name: '1号窗口', matterIds: ['m-residence', 'm-elderly'] }
		]);
	});

	it('does not reorder the configuration it was given', () => {
		const config = { ...reversed, windows };
		const before = config.categories.map((c) => c.id);
		siteCatalogue(config, site);
		expect(config.categories.map((c) => c.id)).toEqual(before);
	});
});

describe('servedHere', () => {
	const site = { id: 'site-1', name: '演示镇' };
	const base = { site, categories, matters, windows: [{ id: 'w-1', number: 1, name: '1号窗口', matterIds: ['m-elderly'] }] };

	it('keeps only matters a window of the site serves, and drops categories left empty', () => {
		const c = servedHere(base);
		expect(c.matters.map((m) => m.id)).toEqual(['m-elderly']);
		expect(c.categories.map((x) => x.id)).toEqual(['civil']);
		expect(c.windows).toBe(base.windows);
	});

	it('serves nothing when no window is configured', () => {
		const c = servedHere({ ...base, windows: [] });
		expect(c.matters).toEqual([]);
		expect(c.categories).toEqual([]);
	});
});

describe('windowsFor', () => {
	it('lists the windows serving a matter by number', () => {
		const windows = [
			{ id: 'w-3', number: 3, name: '3号窗口', matterIds: ['m'] },
			{ id: 'w-1', number: 1, name: '1号窗口', matterIds: ['m'] },
			{ id: 'w-2', number: 2, name: '2号窗口', matterIds: ['x'] }
		];
		expect(windowsFor({ windows }, 'm').map((w) => w.id)).toEqual(['w-1', 'w-3']);
		expect(windowsFor({ windows }, 'none')).toEqual([]);
	});
});
