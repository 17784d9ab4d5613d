import { describe, expect, it } from 'vitest';
import { DomainError, isDomainError, matterNotServed, notFound, queueEmpty, windowBusy } from './errors';

describe('DomainError', () => {
	it('carries code, Chinese message and HTTP status', () => {
		const e = new DomainError('illegal_transition', '该号当前状态为"已办结"，不能执行"叫号"', 409);
		expect(e).toBeInstanceOf(Error);
		expect(isDomainError(e)).toBe(true);
		expect(e.code).toBe('illegal_transition');
		expect(e.status).toBe(409);
		expect(e.message).toBe('该号当前状态为"已办结"，不能执行"叫号"');
		expect(e.name).toBe('DomainError');
	});

	it('defaults the status from the code', () => {
		expect(new DomainError('not_found', '未找到').status).toBe(404);
		expect(new DomainError('invalid', '无效').status).toBe(400);
		expect(new DomainError('window_busy', '忙').status).toBe(409);
	});

	it('helpers build the codes and statuses routes answer with', () => {
		expect(
			[notFound('号票'), queueEmpty(), windowBusy('A003'), matterNotServed('居住证明')].map((e) => [e.code, e.status, e.message])
		).toEqual([
			['not_found', 404, '未找到该号票'],
			['queue_empty', 409, '当前没有等候的号'],
			['window_busy', 409, '本窗口还有A003号未办结，请先办结或过号'],
			['matter_not_served', 409, '目前没有窗口办理"居住证明"']
		]);
		expect(isDomainError(new Error('x'))).toBe(false);
	});
});
