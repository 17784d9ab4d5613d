import { describe, expect, it } from 'vitest';
import { IssueGate, UNPAIRED_PER_MINUTE, issueSource } from './issue-gate';
import { RateLimit } from './rate-limit';

const kiosk = { id: 'dev-1', kind: 'kiosk' as const, siteId: 'site-1', name: '大厅取号机', windows: null, categories: null };

describe('IssueGate', () => {
	it('a paired kiosk always issues, however often', () => {
		const gate = new IssueGate();
		for (let i = 0; i < 100; i++) gate.admit(issueSource(kiosk, '10.0.0.9'), { issuing: 'paired' }, 0);
	});

	it('refuses unpaired sources with a clear 403 when the hall requires paired kiosks', () => {
		const gate = new IssueGate();
		const display = { ...kiosk, kind: 'display' as const };
		expect(() => gate.admit(issueSource(display, '10.0.0.9'), { issuing: 'paired' }, 0)).toThrow(
			expect.objectContaining({ status: 403, message: '本大厅只允许已配对的取号机取号和打印，请到大厅取号机办理' })
		);
	});

	it('limits an unpaired address per minute, and says how long to wait', () => {
		const gate = new IssueGate();
		const source = issueSource(null, '10.0.0.7');
		for (let i = 0; i < UNPAIRED_PER_MINUTE; i++) gate.admit(source, {}, 1_000);
		expect(() => gate.admit(source, {}, 1_000)).toThrow(
			expect.objectContaining({ status: 429, message: '操作过于频繁，请 60 秒后再试' })
		);
		gate.admit(issueSource(null, '10.0.0.8'), {}, 1_000); // another address is not affected
		gate.admit(source, {}, 61_000); // the next minute
	});
});

describe('RateLimit', () => {
	it('stays bounded however many addresses call', () => {
		const limit = new RateLimit(1, 60_000, 50);
		for (let i = 0; i < 5_000; i++) limit.hit(`a${i}`, 0);
		expect(limit.size).toBe(50);
	});
});
