import { describe, expect, it } from 'vitest';
import { emptyDay } from '$lib/core/state';
import { DAY, testConfig } from '$lib/core/testing';
import { auditCsv, auditFilters, auditRows } from './audit-query';

const config = testConfig();
const staffId = config.staff[0].id;
const day = {
	...emptyDay(DAY),
	audit: [
		{
			at: Date.parse('2026-03-02T01:00:00Z'),
			staffId: '',
			action: 'login_failed' as const,
			note: '=cmd|x（密码错误或无此用户）'
		},
		{ at: Date.parse('2026-03-02T01:01:00Z'), staffId, action: 'login' as const },
		{ at: Date.parse('2026-03-02T01:02:00Z'), staffId, action: 'case_done' as const, caseNo: '20260302-001' }
	]
};

describe('audit search and CSV', () => {
	it('a malformed day means today; filters by person and case number', () => {
		const f = auditFilters(new URLSearchParams('day=../../x'), Date.parse('2026-03-02T02:00:00Z'), 'Asia/Shanghai');
		expect(f.day).toBe('2026-03-02');
		expect(auditRows(config, day, f)).toHaveLength(3);
		expect(auditRows(config, day, { day: DAY, person: config.staff[0].staffNo }).map((r) => r.action)).toEqual(['登录', '办结']);
		expect(auditRows(config, day, { day: DAY, caseNo: '001' }).map((r) => r.index)).toEqual([2]);
	});

	it('CSV: BOM, CRLF, a formula-looking cell defused', () => {
		const csv = auditCsv(DAY, auditRows(config, day, { day: DAY }));
		expect(csv.startsWith('\uFEFF"时间","人员","操作"')).toBe(true);
		expect(csv).toContain('\r\n');
		expect(csv).toContain(`"'=cmd|x（密码错误或无此用户）"`);
	});
});
