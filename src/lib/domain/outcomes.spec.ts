import { describe, expect, it } from 'vitest';
import { decideOutcome, isOverdue, nextCaseNumber, outcomesFor } from './outcomes';
import { matters } from './testing';
import type { Matter } from './types';

const promised: Matter = { ...matters[0], kind: 'promised', promisedDays: 3, name: '居住证明' };
const forwarded: Matter = { ...matters[1], kind: 'forwarded', promisedDays: 0, name: '高龄津贴申领' };
const instant = matters[2];

describe('outcomes at 办结', () => {
	it('offers the outcomes of the matter kind, the usual one first', () => {
		expect(outcomesFor('instant')).toEqual(['done', 'rejected', 'incomplete']);
		expect(outcomesFor('promised')).toEqual(['accepted', 'rejected', 'incomplete']);
		expect(outcomesFor('forwarded')).toEqual(['forwarded', 'rejected', 'incomplete']);
	});

	it('承诺件: a case number and the due day in working days across a weekend and a holiday', () => {
		// Thu 2026-04-30; Fri 05-01 .. Tue 05-05 劳动节 off; Sat 05-09 调休上班.
		const holidays = ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05'];
		const out = decideOutcome({}, { matter: promised, day: '2026-04-30', cases: [], holidays });
		expect(out).toEqual({ kind: 'accepted', caseNo: '20260430-001', dueDay: '2026-05-08' });
		const withMakeUpDay = decideOutcome(
			{},
			{ matter: promised, day: '2026-04-30', cases: [{ caseNo: '20260430-001' }], holidays, workdays: ['2026-05-09'] }
		);
		expect(withMakeUpDay).toEqual({ kind: 'accepted', caseNo: '20260430-002', dueDay: '2026-05-08' });
		// Friday + 3 working days over a plain weekend is Wednesday.
		expect(decideOutcome({}, { matter: promised, day: '2026-03-06', cases: [] }).dueDay).toBe('2026-03-11');
	});

	it('上报件: forwarded with a case number; 即办: done, no case', () => {
		expect(decideOutcome({}, { matter: forwarded, day: '2026-03-02', cases: [] })).toEqual({
			kind: 'forwarded',
			caseNo: '20260302-001'
		});
		expect(decideOutcome({}, { matter: instant, day: '2026-03-02', cases: [] })).toEqual({ kind: 'done' });
	});

	it('材料不全 needs what is missing; 不予受理 needs a reason; other kinds are refused in Chinese', () => {
		const ctx = { matter: instant, day: '2026-03-02', cases: [] };
		expect(decideOutcome({ kind: 'incomplete', missing: [' 户口簿 ', '户口簿', '照片'] }, ctx)).toEqual({
			kind: 'incomplete',
			missing: ['户口簿', '照片']
		});
		expect(() => decideOutcome({ kind: 'incomplete', missing: [] }, ctx)).toThrow('材料不全：请至少选择或填写一项缺少的材料');
		expect(() => decideOutcome({ kind: 'rejected' }, ctx)).toThrow('不予受理：请填写不予受理的理由');
		expect(decideOutcome({ kind: 'rejected', reason: '不属于本镇办理范围' }, ctx)).toEqual({
			kind: 'rejected',
			reason: '不属于本镇办理范围'
		});
		expect(() => decideOutcome({ kind: 'accepted' }, ctx)).toThrow(
			'"城乡居民养老保险参保登记"不能以"承诺件受理"办结，可选：当场办结、不予受理、材料不全'
		);
	});

	it('numbers cases per day after the highest one', () => {
		expect(nextCaseNumber([{ caseNo: '20260302-007' }, { caseNo: '20260301-020' }], '2026-03-02')).toBe('20260302-008');
	});

	it('is overdue only after the due day and only while open', () => {
		expect(isOverdue({ state: 'open', dueDay: '2026-03-05' }, '2026-03-05')).toBe(false);
		expect(isOverdue({ state: 'open', dueDay: '2026-03-05' }, '2026-03-06')).toBe(true);
		expect(isOverdue({ state: 'done', dueDay: '2026-03-05' }, '2026-03-06')).toBe(false);
		expect(isOverdue({ state: 'open' }, '2099-01-01')).toBe(false);
	});
});
