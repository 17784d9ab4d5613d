/**
 * The matter catalogue (办事指南): labels as printed on the kiosk and receipt (read from the one
 * label table in core/labels), a site's public catalogue and what of it is served here, and the
 * checks an imported catalogue must pass before a kiosk shows it.
 */
import { materialFormLabel as formLabel, matterKindLong } from '../core/labels';
import { invalid } from './errors';
import type { Catalogue, Category, MaterialForm, Matter, MatterKind, ServiceWindow, Site } from './types';

/** The kind as the notice and guide print it, e.g. 承诺件（5个工作日办结）. From the one label table. */
export function kindLabel(kind: MatterKind, promisedDays: number): string {
	return matterKindLong(kind, promisedDays, 'zh');
}

export function materialFormLabel(form: MaterialForm): string {
	return formLabel(form, 'zh');
}

/** A window as the public sees it: no staff, no weights. */
export interface PublicWindow {
	id: string;
	number: number;
	name: string;
	matterIds: string[];
}

/** One site's public catalogue, as GET /api/catalogue answers it and the kiosk loads it. */
export interface SiteCatalogue {
	site: Site;
	categories: Category[];
	matters: Matter[];
	windows: PublicWindow[];
}

/**
 * Assemble a site's public catalogue from the hall's configuration: categories and matters in
 * their configured order (retired matters left out), and only this site's windows with their
 * public fields.
 */
export function siteCatalogue(
	config: Catalogue & { windows: Pick<ServiceWindow, 'id' | 'siteId' | 'number' | 'name' | 'matterIds'>[] },
	site: Site
): SiteCatalogue {
	return {
		site,
		categories: [...config.categories].sort((a, b) => a.order - b.order),
		// A retired matter (停用) is kept for old tickets and cases, never offered again.
		matters: config.matters.filter((m) => !m.retired).sort((a, b) => a.order - b.order),
		windows: config.windows
			.filter((w) => w.siteId === site.id)
			.map(({ id, number, name, matterIds }) => ({ id, number, name, matterIds }))
	};
}

/**
 * Only what a window of this site serves: a resident must never be sent to queue for a matter
 * no window will call. Categories left without matters are dropped; the configured order stays.
 */
export function servedHere(catalogue: SiteCatalogue): SiteCatalogue {
	const served = new Set(catalogue.windows.flatMap((w) => w.matterIds));
	const matters = catalogue.matters.filter((m) => served.has(m.id));
	const categories = catalogue.categories.filter((c) => matters.some((m) => m.categoryId === c.id));
	return { ...catalogue, categories, matters };
}

/** The windows that serve a matter, by window number. */
export function windowsFor(catalogue: Pick<SiteCatalogue, 'windows'>, matterId: string): PublicWindow[] {
	return catalogue.windows.filter((w) => w.matterIds.includes(matterId)).sort((a, b) => a.number - b.number);
}

function duplicates(values: string[]): string[] {
	const seen = new Set<string>();
	const dup = new Set<string>();
	for (const v of values) (seen.has(v) ? dup : seen).add(v);
	return [...dup];
}

/** Problems with a catalogue, in Chinese, one per field; empty when it can be used. */
export function validateCatalogue(c: Catalogue): string[] {
	const problems: string[] = [];
	for (const id of duplicates(c.categories.map((x) => x.id))) problems.push(`分类编号"${id}"重复`);
	for (const id of duplicates(c.matters.map((x) => x.id))) problems.push(`事项编号"${id}"重复`);
	for (const cat of c.categories) {
		if (!cat.name.trim()) problems.push(`前缀为"${cat.prefix}"的分类名称不能为空`);
		if (!/^[A-Z]$/.test(cat.prefix)) {
			problems.push(`分类"${cat.name}"的号码前缀"${cat.prefix}"应为一个大写字母`);
		}
		if (cat.color !== undefined && !/^#[0-9a-fA-F]{6}$/.test(cat.color)) {
			problems.push(`分类"${cat.name}"的颜色"${cat.color}"应为 #RRGGBB 格式`);
		}
	}
	for (const p of duplicates(c.categories.map((x) => x.prefix))) {
		const names = c.categories.filter((x) => x.prefix === p).map((x) => x.name);
		problems.push(`号码前缀"${p}"被多个分类使用：${names.join('、')}`);
	}
	const categoryIds = new Set(c.categories.map((x) => x.id));
	for (const name of duplicates(c.matters.filter((m) => !m.retired).map((m) => m.name))) {
		problems.push(`事项名称"${name}"重复`);
	}
	for (const m of c.matters) problems.push(...matterProblems(m, categoryIds));
	return problems;
}

const wholeDays = (n: number) => Number.isInteger(n) && n >= 0;

/** One matter's problems, field by field, as a 办事指南 editor needs them. */
function matterProblems(m: Matter, categoryIds: Set<string>): string[] {
	const problems: string[] = [];
	if (!m.name.trim()) problems.push(`编号为"${m.id}"的事项名称不能为空`);
	if (!categoryIds.has(m.categoryId)) {
		problems.push(`事项"${m.name}"所属分类"${m.categoryId}"不存在`);
	}
	if (m.kind === 'promised' && !(Number.isInteger(m.promisedDays) && m.promisedDays > 0)) {
		problems.push(`承诺件"${m.name}"的承诺时限应为正整数个工作日`);
	} else if (!wholeDays(m.promisedDays)) {
		problems.push(`事项"${m.name}"的承诺时限应为不小于 0 的整数个工作日`);
	}
	if (!wholeDays(m.legalDays)) {
		problems.push(`事项"${m.name}"的法定时限应为不小于 0 的整数个工作日`);
	} else if (m.legalDays > 0 && m.promisedDays > m.legalDays) {
		problems.push(`事项"${m.name}"的承诺时限（${m.promisedDays}个工作日）不应超过法定时限（${m.legalDays}个工作日）`);
	}
	m.materials.forEach((material, i) => {
		if (!material.name.trim()) problems.push(`事项"${m.name}"的第${i + 1}项材料名称不能为空`);
		else if (!(Number.isInteger(material.copies) && material.copies > 0)) {
			problems.push(`事项"${m.name}"的材料"${material.name}"份数应为正整数`);
		}
	});
	for (const name of duplicates(m.materials.map((x) => x.name.trim()).filter(Boolean))) {
		problems.push(`事项"${m.name}"的材料"${name}"重复`);
	}
	if (m.trips !== undefined && !(Number.isInteger(m.trips) && m.trips >= 1 && m.trips <= 9)) {
		problems.push(`事项"${m.name}"的跑动次数应为 1 至 9 的整数`);
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
