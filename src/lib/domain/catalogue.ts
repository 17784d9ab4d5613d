/**
 * The matter catalogue (办事指南): labels as printed on the kiosk and receipt, and the checks an
 * imported catalogue must pass before a kiosk shows it.
 */
import { invalid } from './errors';
import type { Catalogue, MaterialForm, Matter, MatterKind } from './types';

export function kindLabel(kind: MatterKind, promisedDays: number): string {
	switch (kind) {
		case 'instant':
			return '即办件（当场办结）';
		case 'promised':
			return `承诺件（${promisedDays}个工作日办结）`;
		case 'forwarded':
			return '上报件（代理代办）';
	}
}

const formLabels: Record<MaterialForm, string> = {
	original: '原件',
	copy: '复印件',
	original_and_copy: '原件及复印件'
};

export function materialFormLabel(form: MaterialForm): string {
	return formLabels[form];
}

function duplicates(values: string[]): string[] {
	const seen = new Set<string>();
	const dup = new Set<string>();
	for (const v of values) (seen.has(v) ? dup : seen).add(v);
	return [...dup];
}

/** Problems with a catalogue, in Chinese, one per line; empty when it can be used. */
export function validateCatalogue(c: Catalogue): string[] {
	const problems: string[] = [];
	for (const id of duplicates(c.categories.map((x) => x.id))) problems.push(`分类编号"${id}"重复`);
	for (const id of duplicates(c.matters.map((x) => x.id))) problems.push(`事项编号"${id}"重复`);
	for (const cat of c.categories) {
		if (!/^[A-Z]$/.test(cat.prefix)) {
			problems.push(`分类"${cat.name}"的号码前缀"${cat.prefix}"应为一个大写字母`);
		}
	}
	for (const p of duplicates(c.categories.map((x) => x.prefix))) {
		const names = c.categories.filter((x) => x.prefix === p).map((x) => x.name);
		problems.push(`号码前缀"${p}"被多个分类使用：${names.join('、')}`);
	}
	const categoryIds = new Set(c.categories.map((x) => x.id));
	for (const m of c.matters) {
		if (!categoryIds.has(m.categoryId)) {
			problems.push(`事项"${m.name}"所属分类"${m.categoryId}"不存在`);
		}
		if (m.kind === 'promised' && !(Number.isInteger(m.promisedDays) && m.promisedDays > 0)) {
			problems.push(`承诺件"${m.name}"的承诺时限应为正整数个工作日`);
		}
	}
	return problems;
}

/**
 * How many trips to the hall a resident should expect with every material in hand: 即办件 one
 * (done on the spot); 承诺件 two (apply, then collect); 上报件 as the hall configured, else two.
 */
export function expectedTrips(matter: Pick<Matter, 'kind' | 'trips'>): number {
	if (matter.trips && matter.trips > 0) return matter.trips;
	return matter.kind === 'instant' ? 1 : 2;
}

/**
 * The materials a resident marked as missing, each once; a name the matter does not ask for is
 * refused (the kiosk only offers the matter's own list, so it is a stale or forged request).
 */
export function missingOf(matter: Pick<Matter, 'materials'>, names: string[]): string[] {
	const known = new Set(matter.materials.map((m) => m.name));
	const unknown = names.find((n) => !known.has(n));
	if (unknown !== undefined) throw invalid(`"${unknown}"不是该事项所需的材料`);
	return [...new Set(names)];
}
