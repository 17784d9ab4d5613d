import { describe, expect, it } from 'vitest';
import { validateCatalogue } from '../../domain/catalogue';
import { demoCategories, demoMatters, demoSite } from './demo-catalogue';
import { demoStaff, demoWindows } from './demo-hall';

describe('demo seed', () => {
	const windows = demoWindows();
	const staffIds = new Set(demoStaff.map((s) => s.id));

	it('has a catalogue that passes validation', () => {
		expect(validateCatalogue({ categories: demoCategories, matters: demoMatters })).toEqual([]);
	});

	it('has at least 25 matters and every category has some', () => {
		expect(demoMatters.length).toBeGreaterThanOrEqual(25);
		for (const c of demoCategories) {
			expect(demoMatters.filter((m) => m.categoryId === c.id).length, c.name).toBeGreaterThan(0);
		}
	});

	it('uses unique single capital letters as prefixes', () => {
		const prefixes = demoCategories.map((c) => c.prefix);
		for (const p of prefixes) expect(p).toMatch(/^[A-Z]$/);
		expect(new Set(prefixes).size).toBe(prefixes.length);
	});

	it('includes the must-have matters', () => {
		const names = new Set(demoMatters.map((m) => m.name));
		for (const n of [
			'企业投资项目备案',
			'个体工商户设立登记',
			'城乡居民基本养老保险参保登记',
			'最低生活保障申请',
			'残疾人证办理',
			'生育登记',
			'居住证办理',
			'代开增值税发票'
		]) {
			expect(names.has(n), n).toBe(true);
		}
	});

	it('gives every matter at least one material and short kebab-case ids', () => {
		for (const m of demoMatters) {
			expect(m.materials.length, m.name).toBeGreaterThan(0);
			expect(m.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		}
	});

	it('has every matter served by at least one window', () => {
		const served = new Set(windows.flatMap((w) => w.matterIds));
		for (const m of demoMatters) expect(served.has(m.id), m.name).toBe(true);
		const matterIds = new Set(demoMatters.map((m) => m.id));
		for (const w of windows) for (const id of w.matterIds) expect(matterIds.has(id)).toBe(true);
	});

	it('has six numbered windows with distinct existing A and B staff', () => {
		expect(windows.map((w) => w.number)).toEqual([1, 2, 3, 4, 5, 6]);
		for (const w of windows) {
			expect(w.siteId).toBe(demoSite.id);
			expect(w.name).toBe(`${w.number}号窗口`);
			expect(w.staffA).not.toBe(w.staffB);
			expect(staffIds.has(w.staffA), w.staffA).toBe(true);
			expect(staffIds.has(w.staffB), w.staffB).toBe(true);
		}
	});

	it('writes money with U+FFE5, never U+00A5', () => {
		const all = JSON.stringify({ demoSite, demoCategories, demoMatters, windows, demoStaff });
		expect(all.includes('\u00a5')).toBe(false);
	});
});
