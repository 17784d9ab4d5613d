/**
 * The catalogue (办事指南) from the admin pages: categories and matters created, edited, reordered
 * and retired by a supervisor. Each change takes the hall's one path: authorize, then under the
 * lock check the whole catalogue (validateCatalogue), write config.json, record it in the day's
 * audit trail, and push: the hall snapshot and the new kiosk catalogue to every site.
 */
import { randomBytes } from 'node:crypto';
import type { CategoryInput, MatterInput } from '$lib/core/requests';
import type { HallConfig } from '$lib/core/state';
import { validateCatalogue } from '$lib/domain/catalogue';
import { changedFields, reorder, servedBy, unfinishedFor, type Direction } from '$lib/domain/catalogue-edit';
import { DomainError, invalid, notFound } from '$lib/domain/errors';
import type { Category, Matter } from '$lib/domain/types';
import { kioskCatalogue } from '../kiosk-catalogue';
import { authorize } from './authorize';
import type { HallContext } from './context';
import { publish } from './publish';

const newId = (kind: 'cat' | 'matter') => `${kind}-${randomBytes(4).toString('hex')}`;
const nextOrder = (items: { order: number }[]) => Math.max(0, ...items.map((x) => x.order)) + 1;

/** Empty text, an empty list: "not set", so the guide shows nothing for it. */
function set<T>(value: T | undefined): T | undefined {
	if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return undefined;
	return value;
}

export function saveCategory(ctx: HallContext, staffId: string, input: CategoryInput, categoryId?: string): Promise<Category> {
	authorize(ctx.config, staffId, { to: 'supervise', what: '修改事项分类' });
	return ctx.lock.run(async () => {
		const { categories } = ctx.config;
		const before = categoryId === undefined ? undefined : categories.find((c) => c.id === categoryId);
		if (categoryId !== undefined && !before) throw notFound('分类');
		const category: Category = {
			id: before?.id ?? newId('cat'),
			name: input.name,
			prefix: input.prefix,
			order: before?.order ?? nextOrder(categories),
			...(input.color ? { color: input.color } : {})
		};
		const next = before ? categories.map((c) => (c.id === before.id ? category : c)) : [...categories, category];
		const note = before
			? `修改分类"${before.name}"${before.name !== category.name ? `为"${category.name}"` : ''}` +
				(before.prefix !== category.prefix ? `，前缀 ${before.prefix}→${category.prefix}` : '')
			: `新增分类"${category.name}"（前缀 ${category.prefix}）`;
		await commitCatalogue(ctx, staffId, { ...ctx.config, categories: next }, category.id, note);
		return category;
	});
}

export function moveCategory(ctx: HallContext, staffId: string, categoryId: string, direction: Direction) {
	authorize(ctx.config, staffId, { to: 'supervise', what: '调整分类顺序' });
	return ctx.lock.run(async () => {
		const category = ctx.config.categories.find((c) => c.id === categoryId);
		if (!category) throw notFound('分类');
		const categories = reorder(ctx.config.categories, categoryId, direction);
		const note = `${direction === 'up' ? '上移' : '下移'}分类"${category.name}"`;
		await commitCatalogue(ctx, staffId, { ...ctx.config, categories }, categoryId, note);
		return categories;
	});
}

export function saveMatter(ctx: HallContext, staffId: string, input: MatterInput, matterId?: string): Promise<Matter> {
	authorize(ctx.config, staffId, { to: 'supervise', what: '修改办事指南' });
	return ctx.lock.run(async () => {
		const { matters, windows } = ctx.config;
		const before = matterId === undefined ? undefined : matters.find((m) => m.id === matterId);
		if (matterId !== undefined && !before) throw notFound('事项');
		const { windowIds, ...fields } = input;
		const unknown = windowIds?.find((id) => !windows.some((w) => w.id === id));
		if (unknown !== undefined) throw invalid(`未找到窗口"${unknown}"`);
		const matter: Matter = {
			id: before?.id ?? newId('matter'),
			categoryId: fields.categoryId,
			name: fields.name,
			kind: fields.kind,
			promisedDays: fields.promisedDays,
			legalDays: fields.legalDays,
			materials: fields.materials.map((m) => ({
				name: m.name,
				form: m.form,
				copies: m.copies,
				...(m.note ? { note: m.note } : {})
			})),
			conditions: fields.conditions.filter(Boolean),
			fee: fields.fee,
			enquiry: fields.enquiry,
			order: before?.order ?? nextOrder(matters),
			trips: fields.trips,
			code: set(fields.code),
			basis: set(fields.basis),
			applicants: set(fields.applicants),
			steps: set(fields.steps?.filter(Boolean)),
			place: set(fields.place),
			hours: set(fields.hours),
			complaint: set(fields.complaint),
			onlineBooking: fields.onlineBooking,
			retired: before?.retired
		};
		const tidy = JSON.parse(JSON.stringify(matter)) as Matter; // no undefined keys in config.json
		const next: HallConfig = {
			...ctx.config,
			matters: before ? matters.map((m) => (m.id === before.id ? tidy : m)) : [...matters, tidy],
			windows: windowIds ? servedBy(windows, tidy.id, windowIds) : windows
		};
		const servedBefore = windows.filter((w) => w.matterIds.includes(tidy.id)).map((w) => w.id);
		const changed = before ? changedFields(before, tidy) : [];
		if (windowIds && servedBefore.sort().join() !== [...windowIds].sort().join()) changed.push('办理窗口');
		const note = before ? `修改事项"${tidy.name}"：${changed.join('、') || '无变化'}` : `新增事项"${tidy.name}"`;
		await commitCatalogue(ctx, staffId, next, tidy.id, note);
		return tidy;
	});
}

export function moveMatter(ctx: HallContext, staffId: string, matterId: string, direction: Direction) {
	authorize(ctx.config, staffId, { to: 'supervise', what: '调整事项顺序' });
	return ctx.lock.run(async () => {
		const matter = ctx.config.matters.find((m) => m.id === matterId);
		if (!matter) throw notFound('事项');
		const matters = reorder(ctx.config.matters, matterId, direction, (m) => m.categoryId);
		const note = `${direction === 'up' ? '上移' : '下移'}事项"${matter.name}"`;
		await commitCatalogue(ctx, staffId, { ...ctx.config, matters }, matterId, note);
		return matters;
	});
}

/**
 * 停用 (or 恢复) a matter. Retired, it is no longer offered anywhere, but stays in config.json so
 * old tickets and cases keep its name. Residents holding a number for it today are not sent
 * away: their numbers are still called and served. Because that is a decision, retiring with any
 * of them is refused (409, saying how many) unless the supervisor confirms with `force`.
 */
export function setMatterRetired(ctx: HallContext, staffId: string, matterId: string, retired: boolean, force = false) {
	authorize(ctx.config, staffId, { to: 'supervise', what: '停用或恢复事项' });
	return ctx.lock.run(async () => {
		const matter = ctx.config.matters.find((m) => m.id === matterId);
		if (!matter) throw notFound('事项');
		if (!!matter.retired === retired) return matter;
		const day = await ctx.currentDay();
		const holding = unfinishedFor(day.tickets, matterId);
		if (retired && holding > 0 && !force) {
			throw new DomainError(
				'illegal_transition',
				`"${matter.name}"今天还有 ${holding} 人持号等候或正在办理。停用后不再取号，已取的号仍照常叫号办理。确认停用请选择"仍然停用"。`,
				409
			);
		}
		const changed: Matter = { ...matter };
		if (retired) changed.retired = true;
		else delete changed.retired;
		const matters = ctx.config.matters.map((m) => (m.id === matterId ? changed : m));
		const note = retired
			? `停用事项"${matter.name}"${holding > 0 ? `（仍有 ${holding} 人持号，照常办理）` : ''}`
			: `恢复事项"${matter.name}"`;
		await commitCatalogue(ctx, staffId, { ...ctx.config, matters }, matterId, note);
		return changed;
	});
}

/** Under the lock: check the whole catalogue, write it, audit it, then push it to every site. */
async function commitCatalogue(ctx: HallContext, staffId: string, next: HallConfig, subject: string, note: string) {
	const problems = validateCatalogue(next);
	if (problems.length > 0) throw invalid(problems.join('；'));
	await ctx.commitConfig(next);
	const day = await ctx.currentDay();
	const at = ctx.clock();
	await ctx.commitDay({ ...day, audit: [...(day.audit ?? []), { at, staffId, action: 'catalogue_updated', subject, note }] });
	for (const site of ctx.config.sites) {
		publish(ctx, site.id);
		ctx.gateway.toSite(site.id, 'catalogue', kioskCatalogue(ctx.config, site));
	}
}
