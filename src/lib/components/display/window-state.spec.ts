import { describe, expect, it } from 'vitest';
import { windowState } from './window-state';

describe('windowState', () => {
	it('shows 暂停服务 with the reason when a window is paused', () => {
		expect(windowState({ status: 'paused', pauseReason: '临时外出 10 分钟', current: null })).toEqual({
			kind: 'paused',
			label: '暂停服务',
			note: '临时外出 10 分钟'
		});
		expect(windowState({ status: 'paused', pauseReason: null, current: null }).note).toBe('请稍候');
	});

	it('shows a closed window as closed', () => {
		expect(windowState({ status: 'closed', pauseReason: null, current: null }).label).toBe('已关闭');
	});

	it('keeps showing the number a window still holds', () => {
		expect(windowState({ status: 'paused', pauseReason: 'x', current: { number: 'A001', state: 'serving' } }).label).toBe(
			'办理中'
		);
		expect(windowState({ status: 'open', pauseReason: null, current: { number: 'A001', state: 'called' } }).label).toBe('已叫号');
		expect(windowState({ status: 'open', pauseReason: null, current: null }).label).toBe('空闲');
	});
});
