import { describe, expect, it } from 'vitest';
import { testConfig } from '$lib/core/testing';
import { authorize } from './authorize';

const config = testConfig();

describe('authorize: who may do what', () => {
	it('a window’s A and B clerks and any supervisor may work it; others are refused with the window’s name', () => {
		expect(authorize(config, 's1a', { to: 'work_window', windowId: 'w1' }).window?.id).toBe('w1');
		expect(authorize(config, 's1b', { to: 'work_window', windowId: 'w1' }).staff.id).toBe('s1b');
		expect(authorize(config, 'boss', { to: 'work_window', windowId: 'w3' }).window?.id).toBe('w3');
		expect(() => authorize(config, 's2a', { to: 'work_window', windowId: 'w1' })).toThrow(
			'您不是1号窗口的工作人员，不能在此窗口操作'
		);
		expect(() => authorize(config, 's1a', { to: 'work_window', windowId: 'w9' })).toThrow('未找到该窗口');
	});

	it('supervising is for supervisors only, with what was refused', () => {
		expect(() => authorize(config, 's1a', { to: 'supervise', what: '设置节假日' })).toThrow('只有值班主任可以设置节假日');
		expect(authorize(config, 'boss', { to: 'supervise', what: '设置节假日' }).staff.role).toBe('supervisor');
	});

	it('a case is closed by its window’s clerks or a supervisor; a refusal is 403 and an unknown staff 401', () => {
		expect(() => authorize(config, 's3a', { to: 'close_case', windowId: 'w1' })).toThrow(
			expect.objectContaining({ status: 403, message: '只有受理窗口的工作人员或值班主任可以办结该件' })
		);
		expect(authorize(config, 's1b', { to: 'close_case', windowId: 'w1' }).staff.id).toBe('s1b');
		expect(() => authorize(config, 'ghost', { to: 'supervise', what: 'x' })).toThrow(expect.objectContaining({ status: 401 }));
	});
});
