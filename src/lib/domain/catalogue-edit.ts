/**
 * Editing the catalogue (办事指南) from the admin pages, as pure functions of the records: moving a
 * category or matter up or down, which windows serve a matter, what an edit changed (for the
 * audit trail) and how many residents a retirement would leave holding a number.
 */
import { notFound } from './errors';
import type { Matter, ServiceWindow, Ticket } from './types';

export type Direction = 'up' | 'down';

/**
 * Moves `id` one place up or down among the items of its group (a matter among its category's
 * matters), then numbers every item's `order` 1..n so the list stays tidy. At either end nothing
 * moves.
 *
 * @example
 * reorder(categories, 'civil', 'up') // civil swaps places with the category above it
 */
export function reorder<T extends { id: string; order: number }>(
	items: T[],
	id: string,
	direction: Direction,
	group: (item: T) => string = () => ''
): T[] {
	const sorted = [...items].sort((a, b) => a.order - b.order);
	const at = sorted.findIndex((x) => x.id === id);
	if (at < 0) throw notFound('条目');
	const peers = sorted.map((x, i) => ({ x, i })).filter(({ x }) => group(x) === group(sorted[at]));
	const mine = peers.findIndex(({ i }) => i === at);
	const other = peers[direction === 'up' ? mine - 1 : mine + 1];
	if (other) [sorted[at], sorted[other.i]] = [sorted[other.i], sorted[at]];
	return sorted.map((x, i) => ({ ...x, order: i + 1 }));
}

/** The hall's windows with `matterId` served by exactly `windowIds`. */
export function servedBy(windows: ServiceWindow[], matterId: string, windowIds: string[]): ServiceWindow[] {
	return windows.map((w) => {
		const serves = w.matterIds.includes(matterId);
		const should = windowIds.includes(w.id);
		if (serves === should) return w;
		return { ...w, matterIds: should ? [...w.matterIds, matterId] : w.matterIds.filter((id) => id !== matterId) };
	});
}

const matterFieldLabels: Record<keyof Matter, string> = {
	id: '编号',
	name: '名称',
	code: '事项编码',
	categoryId: '所属分类',
	kind: '办件类型',
	promisedDays: '承诺时限',
	legalDays: '法定时限',
	basis: '设定依据',
	applicants: '办理对象',
	conditions: '受理条件',
	materials: '申请材料',
	steps: '办理流程',
	fee: '收费',
	place: '办理地点',
	hours: '办理时间',
	enquiry: '咨询电话',
	complaint: '投诉电话',
	trips: '跑动次数',
	onlineBooking: '网上预约',
	order: '排序',
	retired: '停用'
};

/** The fields an edit changed, named as the 办事指南 names them, e.g. ['申请材料', '收费']. */
export function changedFields(before: Matter, after: Matter): string[] {
	const keys = Object.keys(matterFieldLabels) as (keyof Matter)[];
	return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map((k) => matterFieldLabels[k]);
}

/** Tickets of the matter not yet finished: waiting, called, being served or on hold (挂起). */
export function unfinishedFor(tickets: Pick<Ticket, 'matterId' | 'state'>[], matterId: string): number {
	return tickets.filter((t) => t.matterId === matterId && t.state !== 'done' && t.state !== 'no_show').length;
}
