import { describe, expect, it } from 'vitest';
import { changedFields, reorder, servedBy, unfinishedFor } from './catalogue-edit';
import { categories, matters, windows } from './testing';

const ids = (items: { id: string }[]) => items.map((x) => x.id);

describe('reorder', () => {
	it('swaps a category with its neighbour and numbers the orders 1..n', () => {
		const moved = reorder(categories, 'social', 'up');
		expect(ids(moved)).toEqual(['social', 'civil']);
		expect(moved.map((c) => c.order)).toEqual([1, 2]);
	});

	it('leaves the list as it is at either end', () => {
		expect(ids(reorder(categories, 'civil', 'up'))).toEqual(['civil', 'social']);
		expect(ids(reorder(categories, 'social', 'down'))).toEqual(['civil', 'social']);
	});

	it('moves a matter only among the matters of its category', () => {
		const ordered = matters.map((m, i) => ({ ...m, order: i + 1 }));
		// m-pension is the first social matter: "up" must not jump over into civil.
		expect(ids(reorder(ordered, 'm-pension', 'up', (m) => m.categoryId))).toEqual(ids(ordered));
		expect(ids(reorder(ordered, 'm-elderly', 'up', (m) => m.categoryId))).toEqual([
			'm-elderly',
			'm-residence',
			'm-pension',
			'm-medical'
		]);
	});

	it('refuses an id that is not there', () => {
		expect(() => reorder(categories, 'nope', 'up')).toThrow('未找到该条目');
	});
});

describe('servedBy', () => {
	it("adds and removes the matter from the site's windows as ticked", () => {
		const next = servedBy(windows, 'm-medical', ['w1']);
		expect(next.find((w) => w.id === 'w1')?.matterIds).toContain('m-medical');
		expect(next.find((w) => w.id === 'w3')?.matterIds).not.toContain('m-medical');
		expect(next.find((w) => w.id === 'w2')).toBe(windows[1]);
	});
});

describe('changedFields', () => {
	it('names the fields an edit changed, as the 办事指南 names them', () => {
		const before = matters[0];
		const after = { ...before, fee: '￥10', materials: [{ name: '身份证', form: 'original' as const, copies: 1 }] };
		expect(changedFields(before, after)).toEqual(['申请材料', '收费']);
		expect(changedFields(before, { ...before })).toEqual([]);
	});
});

describe('unfinishedFor', () => {
	it("counts the matter's tickets not yet done or gone", () => {
		const tickets = [
			{ matterId: 'm1', state: 'waiting' as const },
			{ matterId: 'm1', state: 'on_hold' as const },
			{ matterId: 'm1', state: 'done' as const },
			{ matterId: 'm1', state: 'no_show' as const },
			{ matterId: 'm2', state: 'waiting' as const }
		];
		expect(unfinishedFor(tickets, 'm1')).toBe(2);
	});
});
