import { describe, expect, it } from 'vitest';
import {
	activeSupervisors,
	canLogIn,
	duplicateStaffBlock,
	heldTickets,
	lastSupervisorBlock,
	strandedMatters,
	windowNumberBlock,
	windowRemovalBlock,
	windowStaffBlock
} from './staffing';
import type { Staff, Ticket, TicketState } from './types';

const person = (id: string, role: Staff['role'], extra: Partial<Staff> = {}): Staff => ({
	id,
	username: id,
	name: `员工${id}`,
	staffNo: id.toUpperCase(),
	role,
	passwordHash: 'x',
	...extra
});

const ticket = (number: string, state: TicketState, extra: Partial<Ticket> = {}): Ticket =>
	({ id: number, number, state, siteId: 'site-1', matterId: 'm-1', windowId: undefined, ...extra }) as Ticket;

describe('who can log in', () => {
	it('refuses disabled accounts, and demo accounts outside demo mode', () => {
		expect(canLogIn({}, false)).toBe(true);
		expect(canLogIn({ disabled: true }, true)).toBe(false);
		expect(canLogIn({ demo: true }, true)).toBe(true);
		expect(canLogIn({ demo: true }, false)).toBe(false);
	});

	it('counts only supervisors who can log in', () => {
		const staff = [person('boss', 'supervisor'), person('old', 'supervisor', { disabled: true }), person('c', 'clerk')];
		expect(activeSupervisors(staff, false).map((s) => s.id)).toEqual(['boss']);
	});
});

describe('the last supervisor', () => {
	const staff = [person('boss', 'supervisor'), person('c1', 'clerk'), person('demo', 'supervisor', { demo: true })];

	it('cannot be disabled or made a clerk', () => {
		expect(lastSupervisorBlock(staff, 'boss', { disabled: true }, false)).toBe(
			'员工boss是本大厅最后一位可登录的值班主任，不能停用。请先新建或启用另一位值班主任'
		);
		expect(lastSupervisorBlock(staff, 'boss', { role: 'clerk' }, false)).toContain('不能改为窗口人员');
	});

	it('may go when another supervisor can log in (a demo one only in demo mode)', () => {
		expect(lastSupervisorBlock(staff, 'boss', { disabled: true }, true)).toBeNull();
		const two = [...staff, person('deputy', 'supervisor')];
		expect(lastSupervisorBlock(two, 'boss', { disabled: true }, false)).toBeNull();
	});

	it('does not stop changes that keep them a supervisor, nor changes to clerks', () => {
		expect(lastSupervisorBlock(staff, 'boss', { role: 'supervisor' }, false)).toBeNull();
		expect(lastSupervisorBlock(staff, 'c1', { disabled: true }, false)).toBeNull();
	});
});

describe('user names and 工号', () => {
	const staff = [person('c1', 'clerk')];
	it('belong to one person each; an account keeps its own', () => {
		expect(duplicateStaffBlock(staff, { username: 'C1', staffNo: 'N9' })).toBe('用户名“C1”已被员工c1使用');
		expect(duplicateStaffBlock(staff, { username: 'c2', staffNo: 'C1' })).toBe('工号“C1”已被员工c1使用');
		expect(duplicateStaffBlock(staff, { id: 'c1', staffNo: 'C1' })).toBeNull();
	});
});

describe('a window’s A and B clerks', () => {
	const staff = [
		person('c1', 'clerk'),
		person('c2', 'clerk'),
		person('c3', 'clerk', { disabled: true }),
		person('boss', 'supervisor')
	];

	it('are two different active clerks', () => {
		expect(windowStaffBlock(staff, 'c1', 'c2')).toBeNull();
		expect(windowStaffBlock(staff, 'c1', 'c1')).toBe('A岗和B岗不能是同一人');
		expect(windowStaffBlock(staff, 'c1', 'c3')).toBe('员工c3的账号已停用，不能担任B岗');
		expect(windowStaffBlock(staff, 'boss', 'c2')).toBe('员工boss是值班主任，A岗请选择窗口人员');
		expect(windowStaffBlock(staff, 'nobody', 'c2')).toBe('请选择A岗人员');
	});
});

describe('window numbers', () => {
	const windows = [
		{ id: 'w1', siteId: 'site-1', number: 1, name: '1号窗口' },
		{ id: 'w2', siteId: 'site-2', number: 2, name: '村站2号' }
	];
	it('are unique within a site, and a window keeps its own', () => {
		expect(windowNumberBlock(windows, { id: 'new', siteId: 'site-1', number: 1 })).toBe('窗口号 1 已被“1号窗口”使用');
		expect(windowNumberBlock(windows, { id: 'new', siteId: 'site-1', number: 2 })).toBeNull();
		expect(windowNumberBlock(windows, { id: 'w1', siteId: 'site-1', number: 1 })).toBeNull();
	});
});

describe('removing a window', () => {
	const w = { id: 'w1', name: '1号窗口' };

	it('is refused while it holds a ticket, naming the number and what to do', () => {
		for (const state of ['called', 'serving', 'on_hold'] as const) {
			const tickets = [ticket('A012', state, { windowId: 'w1' })];
			expect(heldTickets(tickets, 'w1')).toHaveLength(1);
			expect(windowRemovalBlock(w, tickets)).toContain('请先办结或转移该窗口的 A012 号');
		}
	});

	it('is refused while a ticket transferred to it alone waits', () => {
		expect(windowRemovalBlock(w, [ticket('B003', 'waiting', { targetWindowId: 'w1' })])).toContain('B003 号已转给1号窗口办理');
	});

	it('is allowed when the window is idle (finished tickets are history, not work)', () => {
		const tickets = [
			ticket('A001', 'done', { windowId: 'w1' }),
			ticket('A002', 'no_show', { windowId: 'w1' }),
			ticket('A003', 'called', { windowId: 'w2' })
		];
		expect(windowRemovalBlock(w, tickets)).toBeNull();
	});
});

describe('stranded matters', () => {
	it('are matters with residents waiting and no window left to serve them', () => {
		const tickets = [ticket('A001', 'waiting', { matterId: 'm-1' }), ticket('A002', 'done', { matterId: 'm-2' })];
		expect(strandedMatters([{ siteId: 'site-1', matterIds: ['m-2'] }], tickets, 'site-1')).toEqual(['m-1']);
		expect(strandedMatters([{ siteId: 'site-1', matterIds: ['m-1'] }], tickets, 'site-1')).toEqual([]);
		expect(strandedMatters([{ siteId: 'site-2', matterIds: ['m-1'] }], tickets, 'site-1')).toEqual(['m-1']);
	});
});
