import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayServe, type WindowPresence } from './roles';
import { windows } from './testing';

const w1 = windows[0]; // staffA s1a, staffB s1b
const clerk = (id: string) => ({ id, role: 'clerk' as const });

describe('mayServe (窗口人员AB角制)', () => {
	it('A always; B only while A is away or after taking over; a supervisor anywhere; nobody else', () => {
		const open: WindowPresence = { status: 'open', online: ['s1a'] };
		expect(mayServe(w1, clerk('s1a'), open)).toEqual({ ok: true, as: 'A' });
		expect(mayServe(w1, clerk('s1b'), open, { a: '陈志刚' })).toEqual({
			ok: false,
			code: 'a_present',
			message: 'A岗（陈志刚）正在1号窗口工作，B岗请在A岗暂停服务或离开后再接替'
		});
		expect(mayServe(w1, clerk('s1b'), { status: 'paused', operator: 's1a', online: ['s1a'] })).toEqual({ ok: true, as: 'B' });
		expect(mayServe(w1, clerk('s1b'), { status: 'open', online: [] })).toEqual({ ok: true, as: 'B' });
		// B resumed the paused window: B runs it even if A's console is still open.
		expect(mayServe(w1, clerk('s1b'), { status: 'open', operator: 's1b', online: ['s1a', 's1b'] })).toEqual({
			ok: true,
			as: 'B'
		});
		expect(mayServe(w1, { id: 'boss', role: 'supervisor' }, open)).toEqual({ ok: true, as: 'supervisor' });
		expect(mayServe(w1, clerk('s2a'), { status: 'paused', online: [] })).toMatchObject({ ok: false, code: 'not_staff' });
	});

	it('never leaves a window with nobody allowed: when A is away or paused, B may serve', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('open' as const, 'paused' as const, 'closed' as const),
				fc.subarray(['s1a', 's1b', 's2a']),
				fc.option(fc.constantFrom('s1a', 's1b')),
				(status, online, operator) => {
					const presence: WindowPresence = { status, online, operator: operator ?? undefined };
					expect(mayServe(w1, clerk('s1a'), presence).ok).toBe(true);
					const aAway = !online.includes('s1a') || status !== 'open';
					if (aAway) expect(mayServe(w1, clerk('s1b'), presence).ok).toBe(true);
					expect(mayServe(w1, clerk('s2a'), presence).ok).toBe(false);
				}
			)
		);
	});
});
