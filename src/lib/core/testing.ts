/**
 * Test fixtures for the core specs: the domain's small hall (three overlapping windows) as a
 * whole HallConfig with its clerks, and helpers to take tickets and run commands as the hall does.
 */
import { T0, categories, matters, windows } from '$lib/domain/testing';
import { nextNumber } from '$lib/domain/numbering';
import { newTicket } from '$lib/domain/tickets';
import type { Matter, Staff } from '$lib/domain/types';
import type { WindowCommandInput } from './commands';
import { windowCommandBody } from './commands';
import { emptyDay, type DayRecord, type HallConfig } from './state';
import { runWindowCommand, type Plan } from './window-plan';

export { T0, MIN } from '$lib/domain/testing';

const clerk = (id: string, role: Staff['role'] = 'clerk'): Staff => ({
	id,
	username: id,
	name: `职员${id}`,
	staffNo: `YZ-${id}`,
	role,
	passwordHash: 'scrypt$unused'
});

/** A 承诺件 with two materials, served by window 1, beside the domain's 即办 matters. */
const promised: Matter = {
	...matters[0],
	id: 'm-permit',
	name: '个体工商户登记',
	kind: 'promised',
	promisedDays: 3,
	legalDays: 15,
	materials: [
		{ name: '身份证', form: 'original', copies: 1 },
		{ name: '经营场所证明', form: 'copy', copies: 1 }
	]
};

export function testConfig(): HallConfig {
	return {
		version: 1,
		demo: false,
		secret: 'test',
		settings: { timeZone: 'Asia/Shanghai', holidays: [] },
		sites: [{ id: 'site-1', name: '测试镇便民服务中心' }],
		categories,
		matters: [...matters, promised],
		windows: windows.map((w) => (w.id === 'w1' ? { ...w, matterIds: [...w.matterIds, promised.id] } : w)),
		staff: [...windows.flatMap((w) => [clerk(w.staffA), clerk(w.staffB)]), clerk('boss', 'supervisor')]
	};
}

export const DAY = '2026-03-02';

/** A day with one waiting ticket per matter id given, issued a minute apart from T0. */
export function dayWith(matterIds: string[], priority: boolean[] = []): DayRecord {
	const config = testConfig();
	const day = emptyDay(DAY);
	matterIds.forEach((id, i) => {
		const matter = config.matters.find((m) => m.id === id)!;
		const category = config.categories.find((c) => c.id === matter.categoryId)!;
		const { seq, number } = nextNumber(day.tickets, 'site-1', DAY, category.prefix);
		const common = { siteId: 'site-1', day: DAY, category, matter, missing: [], seq, number };
		const ticket = { id: `t-${number}`, token: `20260302tok${number}`, priority: priority[i] ?? false, now: T0 + i * 60_000 };
		day.tickets.push(newTicket({ ...common, ...ticket }));
	});
	return day;
}

/** Run one command at a window as the hall does (validated body, allowed, planned). */
export function run(
	config: HallConfig,
	day: DayRecord,
	windowId: string,
	command: WindowCommandInput,
	opts: { staffId?: string; now?: number; blocked?: string | null } = {}
): Plan {
	const window = config.windows.find((w) => w.id === windowId)!;
	return runWindowCommand({
		config,
		day,
		cases: [],
		window,
		staffId: opts.staffId ?? window.staffA,
		now: opts.now ?? T0 + 3_600_000,
		command: windowCommandBody.parse(command),
		blocked: opts.blocked
	});
}
