/** Test fixtures for the domain specs: a small hall with overlapping windows. Not exported by index. */
import { nextNumber } from './numbering';
import { newTicket } from './tickets';
import type { Category, Matter, ServiceWindow, Ticket } from './types';

export const T0 = Date.UTC(2026, 2, 2, 1, 0); // 2026-03-02 09:00 in Asia/Shanghai
export const MIN = 60_000;

export const categories: Category[] = [
	{ id: 'civil', name: '民生服务', prefix: 'A', order: 1 },
	{ id: 'social', name: '社保医保', prefix: 'B', order: 2 }
];

function matter(id: string, categoryId: string, name: string): Matter {
	return {
		id,
		categoryId,
		name,
		kind: 'instant',
		promisedDays: 0,
		legalDays: 0,
		materials: [],
		conditions: [],
		fee: '不收费',
		enquiry: '综合窗口 0571-00000000',
		order: 1
	};
}

export const matters: Matter[] = [
	matter('m-residence', 'civil', '居住证明'),
	matter('m-elderly', 'civil', '高龄津贴申领'),
	matter('m-pension', 'social', '城乡居民养老保险参保登记'),
	matter('m-medical', 'social', '医保参保登记')
];

function window(id: string, number: number, matterIds: string[]): ServiceWindow {
	return { id, siteId: 'site-1', number, name: `${number}号窗口`, matterIds, staffA: `s${number}a`, staffB: `s${number}b` };
}

/** Window 1 serves civil matters, 3 serves social ones, 2 serves one of each: they overlap. */
export const windows: ServiceWindow[] = [
	window('w1', 1, ['m-residence', 'm-elderly']),
	window('w2', 2, ['m-elderly', 'm-pension']),
	window('w3', 3, ['m-pension', 'm-medical'])
];

export function matterById(id: string): Matter {
	const m = matters.find((x) => x.id === id);
	if (!m) throw new Error(`no matter ${id}`);
	return m;
}

export function categoryOf(m: Matter): Category {
	const c = categories.find((x) => x.id === m.categoryId);
	if (!c) throw new Error(`no category ${m.categoryId}`);
	return c;
}

/** Issue a ticket the way the service will: next number, then newTicket. */
export function issue(
	tickets: Ticket[],
	matterId: string,
	now: number,
	opts: { priority?: boolean; siteId?: string; day?: string } = {}
): Ticket {
	const m = matterById(matterId);
	const category = categoryOf(m);
	const siteId = opts.siteId ?? 'site-1';
	const day = opts.day ?? '2026-03-02';
	const { seq, number } = nextNumber(tickets, siteId, day, category.prefix);
	return newTicket({
		id: `t-${siteId}-${day}-${number}`,
		token: `tok-${number}-${tickets.length}`,
		siteId,
		day,
		category,
		matter: m,
		priority: opts.priority ?? false,
		missing: [],
		now,
		seq,
		number
	});
}
