import { describe, expect, it } from 'vitest';
import { kindLabel, materialFormLabel, missingOf, servedHere, siteCatalogue, validateCatalogue, windowsFor } from './catalogue';
import { categories, matters, windows } from './testing';
import type { Catalogue, Category, Matter } from './types';

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

describe('validateCatalogue, field by field (the admin pages answer with these)', () => {
	const residence = { ...matters[0], materials: [{ name: '身份证', form: 'original' as const, copies: 1 }] };
	const check = (patch: Partial<Matter>) => validateCatalogue({ categories, matters: [{ ...residence, ...patch }] });

	it('says which material has no name, which is listed twice, and which has no copies', () => {
		expect(
			check({
				materials: [
					{ name: '身份证', form: 'original', copies: 1 },
					{ name: ' ', form: 'copy', copies: 1 },
					{ name: '身份证', form: 'copy', copies: 1 },
					{ name: '户口簿', form: 'copy', copies: 0 }
				]
			})
		).toEqual([
			'事项"居住证明"的第2项材料名称不能为空',
			'事项"居住证明"的材料"户口簿"份数应为正整数',
			'事项"居住证明"的材料"身份证"重复'
		]);
	});

	it('holds time limits to whole working days, the promise within the legal limit', () => {
		expect(check({ kind: 'promised', promisedDays: 2.5 })).toEqual(['承诺件"居住证明"的承诺时限应为正整数个工作日']);
		expect(check({ kind: 'promised', promisedDays: 10, legalDays: 5 })).toEqual([
			'事项"居住证明"的承诺时限（10个工作日）不应超过法定时限（5个工作日）'
		]);
		expect(check({ legalDays: -1 })).toEqual(['事项"居住证明"的法定时限应为不小于 0 的整数个工作日']);
		expect(check({ kind: 'promised', promisedDays: 5, legalDays: 20 })).toEqual([]);
	});

	it('wants a name, trips from 1 to 9, and an existing category', () => {
		expect(check({ name: '' })).toEqual(['编号为"m-residence"的事项名称不能为空']);
		expect(check({ trips: 0 })).toEqual(['事项"居住证明"的跑动次数应为 1 至 9 的整数']);
		expect(check({ categoryId: 'gone' })).toEqual(['事项"居住证明"所属分类"gone"不存在']);
	});

	it('refuses two offered matters of one name, but a retired one may share it', () => {
		const twin = { ...residence, id: 'm-twin' };
		expect(validateCatalogue({ categories, matters: [residence, twin] })).toEqual(['事项名称"居住证明"重复']);
		expect(validateCatalogue({ categories, matters: [residence, { ...twin, retired: true }] })).toEqual([]);
	});

	it("checks a category's name and kiosk colour", () => {
		const c = (patch: Partial<Category>) => validateCatalogue({ categories: [{ ...categories[0], ...patch }], matters: [] });
		expect(c({ name: ' ' })).toEqual(['前缀为"A"的分类名称不能为空']);
		expect(c({ color: 'red' })).toEqual(['分类"民生服务"的颜色"red"应为 #RRGGBB 格式']);
		expect(c({ color: '#1f6feb' })).toEqual([]);
	});
});

describe('siteCatalogue', () => {
	it('leaves retired matters out of what kiosks, the guide and transfers offer', () => {
		const site = { id: 'site-1', name: '测试中心' };
		const config = { categories, matters: matters.map((m, i) => (i === 0 ? { ...m, retired: true } : m)), windows };
		const offered = siteCatalogue(config, site).matters.map((m) => m.id);
		expect(offered).not.toContain('m-residence');
		expect(offered).toContain('m-elderly');
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
