import { describe, expect, it } from 'vitest';
import { callClips, callKey, spokenCall, windowNumberClips } from './speech-text';

describe('spokenCall', () => {
	it('reads the number digit by digit and the letter as a letter', () => {
		expect(spokenCall({ number: 'A012', windowNumber: 3 })).toBe('请 A 零 一 二 号 到 3 号窗口 办理');
		expect(spokenCall({ number: 'D100', windowNumber: 5 })).toBe('请 D 一 零 零 号 到 5 号窗口 办理');
	});

	it('starts a recall with 重呼', () => {
		expect(spokenCall({ number: 'C007', windowNumber: 12, recall: true })).toBe('重呼 请 C 零 零 七 号 到 12 号窗口 办理');
	});

	it('upper-cases a lower-case prefix so voices say the letter', () => {
		expect(spokenCall({ number: 'b001', windowNumber: 1 })).toBe('请 B 零 零 一 号 到 1 号窗口 办理');
	});
});

describe('callClips', () => {
	it('joins the clip pack into the same sentence', () => {
		expect(callClips({ number: 'A012', windowNumber: 3, recall: false })).toEqual([
			'qing',
			'a',
			'd0',
			'd1',
			'd2',
			'hao',
			'dao',
			'd3',
			'hao',
			'chuangkou',
			'banli'
		]);
	});

	it('puts 重呼 first for a recall', () => {
		expect(callClips({ number: 'E001', windowNumber: 6, recall: true })[0]).toBe('chonghu');
	});

	it('says window numbers the way halls do', () => {
		expect(windowNumberClips(10)).toEqual(['shi']);
		expect(windowNumberClips(12)).toEqual(['shi', 'd2']);
		expect(windowNumberClips(20)).toEqual(['d2', 'shi']);
		expect(windowNumberClips(35)).toEqual(['d3', 'shi', 'd5']);
		expect(windowNumberClips(101)).toEqual(['d1', 'd0', 'd1']);
	});
});

it('keys a call by its ticket and moment', () => {
	expect(callKey({ ticketId: 't1', at: 5 })).toBe('t1:5');
});
